import { describe, expect, it } from 'vitest';
import { stepRecipients } from '../../../../domain/notifications/staff-recipients.ts';
import { caseOwner } from '../../../../domain/sweep/case-owner.ts';
import { digestPartitionId } from '../../../../domain/sweep/manager-digests.ts';
import { fixtureConfig } from '../../../helpers/fixture-config.ts';

const config = fixtureConfig;

describe('caseOwner', () => {
  it.each([
    ['an assigned member', { status: 'assigned', assigneeId: 'anna-devries' }, 'anna-devries'],
    ['a member of another team', { status: 'assigned', assigneeId: 'lars-olsen' }, 'lars-olsen'],
    [
      'waiting for the requester',
      { status: 'waiting_for_requester', assigneeId: 'anna-devries' },
      'anna-devries',
    ],
    ['no assignee', { status: 'assigned' }, undefined],
    ['assigned to the manager', { status: 'assigned', assigneeId: 'manager:nl-privacy' }, undefined],
    ['a member no longer configured', { status: 'assigned', assigneeId: 'left-the-company' }, undefined],
    ['not routed yet', { status: 'received', assigneeId: 'anna-devries' }, undefined],
    ['awaiting verification', { status: 'awaiting_verification' }, undefined],
  ] as const)('%s', (_name, record, expected) => {
    expect(caseOwner({ teamId: 'nl-privacy', ...record }, config).member?.id).toBe(expected);
  });
});

describe('stepRecipients', () => {
  it.each([
    ['assignee with a member', ['assignee'], 'nl-privacy', 'anna-devries', ['member:anna-devries']],
    [
      'assignee without one goes to the manager',
      ['assignee'],
      'nl-privacy',
      undefined,
      ['manager:nl-privacy'],
    ],
    ['manager', ['manager'], 'nl-privacy', 'anna-devries', ['manager:nl-privacy']],
    ['dpo', ['dpo'], 'nl-privacy', undefined, ['dpo']],
    ['dpo and manager', ['dpo', 'manager'], 'nl-privacy', undefined, ['dpo', 'manager:nl-privacy']],
    ['dpo and a manager with the same address, once', ['dpo', 'manager'], 'dpo-office', undefined, ['dpo']],
    [
      'assignee and manager of an unassigned case, once',
      ['assignee', 'manager'],
      'nl-privacy',
      undefined,
      ['manager:nl-privacy'],
    ],
    ['a team no longer configured goes to the DPO', ['manager'], 'gone-team', undefined, ['dpo']],
  ] as const)('%s', (_name, roles, teamId, assigneeId, expected) => {
    const recipients = stepRecipients(roles, teamId, assigneeId, config).map(({ recipient }) =>
      recipient.role === 'member'
        ? `member:${recipient.memberId}`
        : recipient.role === 'manager'
          ? `manager:${recipient.teamId}`
          : recipient.role,
    );
    expect(recipients).toEqual(expected);
  });
});

describe('digestPartitionId', () => {
  it('is a stable RFC 9562 version 8 UUID per team', () => {
    const id = digestPartitionId('nl-privacy');

    expect([
      /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id),
      id === digestPartitionId('nl-privacy'),
      id === digestPartitionId('no-privacy'),
    ]).toEqual([true, true, false]);
  });
});
