import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../domain/case-model.ts';
import { ConflictError, NotFoundError } from '../../../../domain/errors.ts';
import type { NotifyMessage } from '../../../../domain/notifications/notification.ts';
import type { SuppressionMessage } from '../../../../domain/queue-messages/suppression-message.ts';
import type {
  Assignment,
  AssignmentStore,
  OptOutClosure,
  RoutingWriteOutcome,
  StoredTeamLoad,
} from '../../../../domain/routing/assignment-store.ts';
import { MAX_ROUTING_ATTEMPTS, routeCase } from '../../../../domain/routing/route-case.ts';
import { newCaseFixture } from '../../../helpers/factories.ts';
import { fixtureSettings } from '../../../helpers/fixture-config.ts';
import { plainCipher, plainContent } from '../../../helpers/notification-send.ts';

const settings = fixtureSettings;
const now = new Date('2025-03-10T09:00:00.000Z');

/** An in-memory port that answers each write with the next scripted outcome. */
class ScriptedStore implements AssignmentStore {
  readonly writes: (Assignment | OptOutClosure)[] = [];
  constructor(
    private readonly record: CaseRecord | undefined,
    private readonly outcomes: RoutingWriteOutcome[],
  ) {}
  async getCase() {
    return this.record;
  }
  async getTeamLoad(): Promise<StoredTeamLoad> {
    return { openCases: new Map(), version: this.writes.length };
  }
  async assignCase(assignment: Assignment) {
    this.writes.push(assignment);
    return this.outcomes.shift() ?? 'written';
  }
  async closeOptOut(closure: OptOutClosure) {
    this.writes.push(closure);
    return this.outcomes.shift() ?? 'written';
  }
  async isSuppressed() {
    return false;
  }
  async findSuppression() {
    return undefined;
  }
  async releaseOpenCase() {}
}

function deps(store: AssignmentStore, options: { failPublish?: boolean } = {}) {
  const enqueued: NotifyMessage[] = [];
  const published: SuppressionMessage[] = [];
  const cipherLoads: string[] = [];
  let id = 0;
  return {
    enqueued,
    published,
    cipherLoads,
    deps: {
      store,
      notificationQueue: { enqueue: async (message: NotifyMessage) => void enqueued.push(message) },
      suppressionQueue: {
        publish: async (message: SuppressionMessage) => {
          if (options.failPublish) throw new Error('SQS unavailable');
          published.push(message);
        },
      },
      cipher: async () => {
        cipherLoads.push('loaded');
        return plainCipher;
      },
      settings,
      now,
      newId: () => `00000000-0000-4000-8000-${String(++id).padStart(12, '0')}`,
      pause: async () => undefined,
    },
  };
}

const record = (overrides: Partial<CaseRecord> = {}) => newCaseFixture(overrides).record;
const optOut = (overrides: Partial<CaseRecord> = {}) =>
  record({
    type: 'marketing_opt_out',
    teamId: 'marketing',
    receivedAt: '2025-03-10T08:59:58.123Z',
    content: plainContent({ name: 'Sofie Jacobs', email: ' Sofie.Jacobs@Example.com ', message: 'Stop' }),
    ...overrides,
  });

describe('routeCase', () => {
  it.each<{ name: string; record: CaseRecord; outcomes: RoutingWriteOutcome[]; expected: string }>([
    { name: 'a received case is assigned', record: record(), outcomes: ['written'], expected: 'assigned' },
    {
      name: 'a case nobody can take goes to the manager',
      record: record({ language: 'fi' }),
      outcomes: ['written'],
      expected: 'assigned_to_manager',
    },
    {
      name: 'a marketing opt-out is closed',
      record: optOut(),
      outcomes: ['written'],
      expected: 'opt_out_closed',
    },
    {
      name: 'a case no longer received is left alone',
      record: record({ status: 'assigned' }),
      outcomes: [],
      expected: 'already_routed',
    },
    {
      name: 'a concurrent consumer won the write',
      record: record(),
      outcomes: ['already_routed'],
      expected: 'already_routed',
    },
    {
      name: 'the team changed twice under it: decided again until written',
      record: record(),
      outcomes: ['team_changed', 'team_changed', 'written'],
      expected: 'assigned',
    },
  ])('$name: $expected', async ({ record, outcomes, expected }) => {
    const { deps: routeDeps } = deps(new ScriptedStore(record, outcomes));

    await expect(routeCase({ caseId: record.caseId }, routeDeps)).resolves.toBe(expected);
  });

  it('enqueues exactly the notifications it wrote, after the write', async () => {
    const breach = record({ type: 'breach_report', teamId: 'dpo-office' });
    const store = new ScriptedStore(breach, ['written']);
    const { deps: routeDeps, enqueued } = deps(store);

    await routeCase({ caseId: breach.caseId }, routeDeps);

    expect(enqueued).toEqual(
      store.writes[0]!.notifications.map(({ caseId, notificationId }) => ({ caseId, notificationId })),
    );
  });

  it('enqueues nothing when the write found the case already routed', async () => {
    const received = record();
    const { deps: routeDeps, enqueued } = deps(new ScriptedStore(received, ['already_routed']));

    await routeCase({ caseId: received.caseId }, routeDeps);

    expect(enqueued).toEqual([]);
  });

  it.each([
    {
      name: 'assigned to a member',
      record: record(),
      expected: [['case.routed', { teamId: 'nl-privacy', rule: 'netherlands', assigneeId: 'anna-devries' }]],
    },
    {
      name: 'the team changed since intake',
      record: record({ teamId: 'no-privacy' }),
      expected: [
        ['case.team_changed', { fromTeamId: 'no-privacy', toTeamId: 'nl-privacy', rule: 'netherlands' }],
        [
          'case.routed',
          {
            teamId: 'nl-privacy',
            rule: 'netherlands',
            assigneeId: 'anna-devries',
            previousTeamId: 'no-privacy',
          },
        ],
      ],
    },
    {
      name: 'owned by the manager',
      record: record({ language: 'fi' }),
      expected: [
        ['case.routed', { teamId: 'nl-privacy', rule: 'netherlands', assigneeId: 'manager' }],
        ['case.needs_attention', { reason: 'no_eligible_member', teamId: 'nl-privacy' }],
      ],
    },
    {
      name: 'a marketing opt-out',
      record: optOut(),
      expected: [
        ['case.routed', { teamId: 'marketing', rule: 'marketing-opt-outs', assigneeId: 'lotte-smit' }],
        ['marketing.suppressed', { rule: 'marketing-opt-outs', scopes: 'marketing_email,profiling' }],
        ['case.closed', { outcome: 'fulfilled', reason: 'marketing_opt_out' }],
      ],
    },
  ])('audits the decision: $name', async ({ record, expected }) => {
    const store = new ScriptedStore(record, ['written']);
    const { deps: routeDeps } = deps(store);

    await routeCase({ caseId: record.caseId }, routeDeps);

    expect(store.writes[0]!.audit.map((event) => [event.action, event.detail])).toEqual(expected);
  });

  it('fails with a conflict when the team keeps changing, so the queue retries it later', async () => {
    const received = record();
    const { deps: routeDeps } = deps(
      new ScriptedStore(received, Array(MAX_ROUTING_ATTEMPTS).fill('team_changed')),
    );

    await expect(routeCase({ caseId: received.caseId }, routeDeps)).rejects.toThrow(ConflictError);
  });

  it('fails with not found for an unknown case, so the message ends in the dead-letter queue', async () => {
    const { deps: routeDeps } = deps(new ScriptedStore(undefined, []));

    await expect(routeCase({ caseId: '9b2f4c1e-0000-4000-8000-000000000000' }, routeDeps)).rejects.toThrow(
      NotFoundError,
    );
  });

  describe('a marketing opt-out goes to the suppression queue', () => {
    it('once, with the address, both scopes and the time of the request, named by its case', async () => {
      const received = optOut();
      const { deps: routeDeps, published } = deps(new ScriptedStore(received, ['written']));

      await routeCase({ caseId: received.caseId }, routeDeps);

      expect(published).toEqual([
        {
          optOutId: received.caseId,
          email: 'Sofie.Jacobs@Example.com',
          scopes: ['marketing_email', 'profiling'],
          optedOutAt: '2025-03-10T08:59:58.123Z',
        },
      ]);
    });

    it('once, when the team changed under it and the closing is written on a later attempt', async () => {
      const received = optOut();
      const { deps: routeDeps, published } = deps(
        new ScriptedStore(received, ['team_changed', 'team_changed', 'written']),
      );

      await routeCase({ caseId: received.caseId }, routeDeps);

      expect(published.map((message) => message.optOutId)).toEqual([received.caseId]);
    });

    it('before the case is closed: when it cannot be sent, nothing is written and the message is retried', async () => {
      const received = optOut();
      const store = new ScriptedStore(received, ['written']);
      const { deps: routeDeps, enqueued } = deps(store, { failPublish: true });

      await expect(routeCase({ caseId: received.caseId }, routeDeps)).rejects.toThrow('SQS unavailable');

      expect({ writes: store.writes.length, enqueued }).toEqual({ writes: 0, enqueued: [] });
    });

    it('not for an opt-out already closed (a redelivered route message)', async () => {
      const closed = optOut({ status: 'closed' });
      const { deps: routeDeps, published } = deps(new ScriptedStore(closed, []));

      await routeCase({ caseId: closed.caseId }, routeDeps);

      expect(published).toEqual([]);
    });

    it('never for another type, whose content is not even opened', async () => {
      const question = record();
      const { deps: routeDeps, published, cipherLoads } = deps(new ScriptedStore(question, ['written']));

      await routeCase({ caseId: question.caseId }, routeDeps);

      expect({ published, cipherLoads }).toEqual({ published: [], cipherLoads: [] });
    });
  });
});
