import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { DynamoDbAssignmentStore } from '../../../../adapters/dynamodb/dynamodb-assignment-store.ts';
import { DynamoDbInboundStore } from '../../../../adapters/dynamodb/dynamodb-inbound-store.ts';
import {
  failedConditions,
  type LabelledItem,
  reasonsByLabel,
} from '../../../../adapters/dynamodb/labelled-transaction.ts';
import { assign } from '../../../../domain/case-lifecycle.ts';
import type { InboundWrite } from '../../../../domain/inbound/inbound-store.ts';
import type { Assignment } from '../../../../domain/routing/assignment-store.ts';

const put = (name: string) => ({ Put: { TableName: 't', Item: { pk: name, sk: name } } });
const cancelled = (codes: readonly string[]) =>
  new TransactionCanceledException({
    message: 'Transaction cancelled',
    $metadata: {},
    CancellationReasons: codes.map((Code) => ({ Code })),
  });

/** A document client whose every transaction is cancelled with these reasons, one per item sent. */
function cancellingClient(codesOf: (itemCount: number) => string[]) {
  const sent: unknown[][] = [];
  const client = {
    send: async (command: { input: { TransactItems?: unknown[] } }) => {
      const items = command.input.TransactItems ?? [];
      sent.push(items);
      throw cancelled(codesOf(items.length));
    },
  } as unknown as DynamoDBDocumentClient;
  return { client, sent };
}

describe('reasons read by item', () => {
  const entries: LabelledItem<'marker' | 'case'>[] = [
    { label: 'marker', item: put('marker') },
    { item: put('audit') },
    { label: 'case', item: put('case') },
  ];

  it.each([
    { codes: ['None', 'None', 'ConditionalCheckFailed'], failed: ['case'] },
    { codes: ['ConditionalCheckFailed', 'None', 'None'], failed: ['marker'] },
    { codes: ['None', 'ConditionalCheckFailed', 'None'], failed: [] },
    { codes: ['None', 'None', 'TransactionConflict'], failed: [] },
    { codes: [], failed: [] },
  ])('$codes: failed conditions $failed', ({ codes, failed }) => {
    expect([...failedConditions(entries, cancelled(codes))]).toEqual(failed);
  });

  it('maps each labelled item to its own reason', () => {
    const reasons = reasonsByLabel(entries, cancelled(['None', 'ValidationError', 'TransactionConflict']));

    expect(Object.fromEntries(reasons)).toEqual({
      marker: { Code: 'None' },
      case: { Code: 'TransactionConflict' },
    });
  });
});

describe('the inbound write reads its outcome by item', () => {
  const write = (extra: Partial<InboundWrite>): InboundWrite => ({
    marker: { key: 'k', processedAt: '2026-11-20T10:00:00.000Z', expiresAt: '2026-12-20T10:00:00.000Z' },
    thread: [],
    audit: [],
    notifications: [],
    ...extra,
  });
  const change = {
    caseId: 'c1',
    expect: { status: 'assigned' as const, assigneeId: 'anna-devries' },
    set: {},
    indexes: { open: 'unchanged' as const, byPendingStep: 'unchanged' as const },
  };
  const guard = { caseId: 'c1', window: '2026-11-20T10', expiresAt: '2026-11-20T12:00:00.000Z' };

  it.each([
    {
      name: 'the case, without a guard (second item)',
      extra: { change },
      failAt: 1,
      outcome: 'case_changed',
    },
    {
      name: 'the case, after a guard (third item)',
      extra: { change, alertGuard: guard },
      failAt: 2,
      outcome: 'case_changed',
    },
    { name: 'the guard', extra: { change, alertGuard: guard }, failAt: 1, outcome: 'alert_throttled' },
    { name: 'the marker', extra: { change }, failAt: 0, outcome: 'duplicate' },
    {
      name: 'the case, with a suppression written after it',
      extra: { change, suppression: { emailHash: 'h', caseId: 'c1', at: '2026-11-20T10:00:00.000Z' } },
      failAt: 1,
      outcome: 'case_changed',
    },
  ])('a failed condition on $name: $outcome', async ({ extra, failAt, outcome }) => {
    const { client } = cancellingClient((count) =>
      Array.from({ length: count }, (_, i) => (i === failAt ? 'ConditionalCheckFailed' : 'None')),
    );
    const store = new DynamoDbInboundStore(client, 't');

    await expect(store.recordInbound(write(extra))).resolves.toBe(outcome);
  });

  it('a failure on an item without meaning to the store is thrown', async () => {
    const { client } = cancellingClient((count) =>
      Array.from({ length: count }, (_, i) => (i === count - 1 ? 'ConditionalCheckFailed' : 'None')),
    );
    const store = new DynamoDbInboundStore(client, 't');
    const notification = {
      notificationId: 'n1',
      caseId: 'c1',
      template: 'staff-reply',
      recipient: { role: 'requester' as const },
      createdAt: '2026-11-20T10:00:00.000Z',
    };

    await expect(
      store.recordInbound(write({ change, notifications: [notification] })),
    ).rejects.toBeInstanceOf(TransactionCanceledException);
  });
});

describe('the routing write reads its outcome by item', () => {
  const assignment = (memberId: string | undefined): Assignment => ({
    caseId: 'c1',
    at: '2026-11-20T10:00:00.000Z',
    teamId: 'nl-privacy',
    controllerIsCustomer: false,
    ...(memberId ? { memberId, countsTowardsLoadOf: memberId } : {}),
    teamVersion: 3,
    audit: [],
    notifications: [],
    transition: assign({ status: 'received' }, { at: '2026-11-20T10:00:00.000Z', assigneeId: memberId }),
  });

  it.each([
    { name: 'the case', memberId: 'anna-devries', failAt: 0, outcome: 'already_routed' },
    { name: 'the team state', memberId: 'anna-devries', failAt: 1, outcome: 'team_changed' },
    {
      name: 'the case, manager-owned (no team item)',
      memberId: undefined,
      failAt: 0,
      outcome: 'already_routed',
    },
  ])('a failed condition on $name: $outcome', async ({ memberId, failAt, outcome }) => {
    const { client } = cancellingClient((count) =>
      Array.from({ length: count }, (_, i) => (i === failAt ? 'ConditionalCheckFailed' : 'None')),
    );
    const store = new DynamoDbAssignmentStore(client, 't');

    await expect(store.assignCase(assignment(memberId))).resolves.toBe(outcome);
  });

  it('a failed condition on the load counter (third item, no meaning) is thrown', async () => {
    const { client } = cancellingClient((count) =>
      Array.from({ length: count }, (_, i) => (i === 2 ? 'ConditionalCheckFailed' : 'None')),
    );
    const store = new DynamoDbAssignmentStore(client, 't');

    await expect(store.assignCase(assignment('anna-devries'))).rejects.toBeInstanceOf(
      TransactionCanceledException,
    );
  });
});
