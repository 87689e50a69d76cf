import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../../domain/case-model.ts';
import type {
  CaseStore,
  NotificationRedriveClaim,
  PendingNotification,
  RedriveClaim,
} from '../../../../domain/case-store.ts';
import type { NotifyMessage } from '../../../../domain/notifications/notification.ts';
import { redriveStuckWork } from '../../../../domain/sweep/redrive-stuck-work.ts';
import type { SweepDeps } from '../../../../domain/sweep/sweep-deps.ts';
import { fixtureSettings } from '../../../helpers/fixture-config.ts';

const settings = fixtureSettings;
const NOW = new Date('2030-03-04T10:00:00.000Z');

/** What the sweep's re-drive reads and writes of the store, with the claims each item answers. */
function fakeStore(options: {
  stuckCases?: Record<string, RedriveClaim>;
  pending?: (PendingNotification & { claim: NotificationRedriveClaim })[];
}) {
  const givenUp: { kind: string; id: string; audit?: AuditEvent }[] = [];
  const store = {
    listAwaitingRouting: async () => Object.keys(options.stuckCases ?? {}),
    claimRoutingRedrive: async (caseId: string) => options.stuckCases?.[caseId] ?? { kind: 'not_waiting' },
    giveUpRouting: async (caseId: string, change: { audit: AuditEvent }) => {
      givenUp.push({ kind: 'route', id: caseId, audit: change.audit });
      return true;
    },
    listPendingNotifications: async () =>
      (options.pending ?? []).map(({ caseId, notificationId }) => ({ caseId, notificationId })),
    claimNotificationRedrive: async (pending: PendingNotification) =>
      options.pending?.find((p) => p.notificationId === pending.notificationId)?.claim ?? {
        kind: 'not_waiting',
      },
    giveUpNotification: async (pending: PendingNotification, change: { audit?: AuditEvent }) => {
      givenUp.push({
        kind: 'notify',
        id: pending.notificationId,
        ...(change.audit ? { audit: change.audit } : {}),
      });
      return true;
    },
  } as unknown as CaseStore;
  return { store, givenUp };
}

function deps(store: CaseStore, overrides: Partial<SweepDeps> = {}): SweepDeps {
  return {
    store,
    routeQueue: { enqueue: async () => undefined, ping: async () => undefined },
    notificationQueue: { enqueue: async () => undefined },
    cipher: {} as SweepDeps['cipher'],
    settings,
    attachments: { deleteCaseAttachments: async () => 0 },
    now: NOW,
    ...overrides,
  };
}

const ids = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

describe('redriveStuckWork', () => {
  it('keeps re-driving after one enqueue fails, and reports the failure instead of throwing', async () => {
    // Prepare: three notifications to re-drive; the queue refuses the second.
    const pending = [1, 2, 3].map((n) => ({
      caseId: ids(n),
      notificationId: ids(n + 3),
      claim: { kind: 'claimed', attempt: 1 } as const,
    }));
    const { store } = fakeStore({ pending });
    const sent: NotifyMessage[] = [];
    const failures: string[] = [];

    // Act
    const run = await redriveStuckWork(
      deps(store, {
        notificationQueue: {
          enqueue: async (message) => {
            if (message.notificationId === ids(5)) throw new Error('queue unavailable');
            sent.push(message);
          },
        },
        onEnqueueFailure: (step, error) => failures.push(`${step}: ${(error as Error).message}`),
      }),
    );

    // Assess
    expect(sent).toEqual([
      { caseId: ids(1), notificationId: ids(4) },
      { caseId: ids(3), notificationId: ids(6) },
    ]);
    expect(failures).toEqual(['notify: queue unavailable']);
    expect(run).toEqual({ routed: [], notifications: 2, givenUp: [] });
  });

  it('gives up on what is out of attempts, sends nothing for it, and audits it on its case', async () => {
    // Prepare: a case out of routing attempts, a requester email out of attempts, a manager's digest
    // (no case: its partition is the team's digest log) out of attempts, and one still to re-drive.
    const { store, givenUp } = fakeStore({
      stuckCases: { [ids(1)]: { kind: 'exhausted', attempts: 5 }, [ids(2)]: { kind: 'claimed', attempt: 3 } },
      pending: [
        {
          caseId: ids(3),
          notificationId: ids(4),
          claim: {
            kind: 'exhausted',
            attempts: 5,
            notification: {
              notificationId: ids(4),
              caseId: ids(3),
              template: 'acknowledgement',
              recipient: { role: 'requester' },
              createdAt: '2030-03-04T09:00:00.000Z',
            },
          },
        },
        {
          caseId: ids(5),
          notificationId: ids(6),
          claim: {
            kind: 'exhausted',
            attempts: 5,
            notification: {
              notificationId: ids(6),
              caseId: ids(5),
              template: 'manager-digest',
              recipient: { role: 'manager', teamId: 'nl-privacy' },
              createdAt: '2030-03-04T09:00:00.000Z',
            },
          },
        },
      ],
    });
    const routed: string[] = [];
    const notified: NotifyMessage[] = [];

    // Act
    const run = await redriveStuckWork(
      deps(store, {
        routeQueue: { enqueue: async (caseId) => void routed.push(caseId), ping: async () => undefined },
        notificationQueue: { enqueue: async (message) => void notified.push(message) },
      }),
    );

    // Assess
    expect(routed).toEqual([ids(2)]);
    expect(notified).toEqual([]);
    expect(run.givenUp).toEqual([
      { step: 'route', caseId: ids(1), attempts: 5 },
      {
        step: 'notify',
        caseId: ids(3),
        notificationId: ids(4),
        template: 'acknowledgement',
        recipient: 'requester',
        attempts: 5,
      },
      {
        step: 'notify',
        caseId: ids(5),
        notificationId: ids(6),
        template: 'manager-digest',
        recipient: 'manager:nl-privacy',
        attempts: 5,
      },
    ]);
    const at = NOW.toISOString();
    expect(givenUp).toEqual([
      {
        kind: 'route',
        id: ids(1),
        audit: {
          caseId: ids(1),
          at,
          action: 'case.routing_given_up',
          actor: 'system:sweep',
          detail: { attempts: 5 },
        },
      },
      {
        kind: 'notify',
        id: ids(4),
        audit: {
          caseId: ids(3),
          at,
          action: 'notification.given_up',
          actor: 'system:sweep',
          detail: {
            notificationId: ids(4),
            template: 'acknowledgement',
            recipient: 'requester',
            attempts: 5,
          },
        },
      },
      { kind: 'notify', id: ids(6) },
    ]);
  });
});
