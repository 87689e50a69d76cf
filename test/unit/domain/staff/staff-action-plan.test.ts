import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../domain/case-model.ts';
import { StateConflictError, ValidationError } from '../../../../domain/errors.ts';
import type { StaffParticipant } from '../../../../domain/inbound/authorize-sender.ts';
import type { PlacedCommand } from '../../../../domain/inbound/reply-plan.ts';
import type { CommandError } from '../../../../domain/inbound/staff-commands.ts';
import { commandsOf, planStaffAction, rejection } from '../../../../domain/staff/staff-action-plan.ts';
import type { CaseAction } from '../../../../domain/staff/staff-api-schemas.ts';
import { newCaseFixture } from '../../../helpers/factories.ts';
import { fixtureSettings } from '../../../helpers/fixture-config.ts';

/*
 * A refused staff action answers 400 (the request as sent) or 409 (the case as it stands) by the kind
 * of the planner's errors, never by their wording; the issue names the action's field.
 */

const NOW = new Date('2026-02-20T10:00:00.000Z');
const ANNA: StaffParticipant = { kind: 'staff', role: 'assignee', memberId: 'anna-devries' };
const PAUSES_OFF = { ...fixtureSettings.deadlinePolicy, pausesEnabled: false };
const PAUSES_ON = { ...fixtureSettings.deadlinePolicy, pausesEnabled: true };

/** An access request received Tuesday 10 February 2026 in NL, due Tuesday 10 March. */
const access: CaseRecord = newCaseFixture({
  type: 'access',
  status: 'assigned',
  teamId: 'nl-privacy',
  assigneeId: 'anna-devries',
  receivedAt: '2026-02-10T10:00:00.000Z',
  deadline: {
    dueAt: '2026-03-10T22:59:59.999Z',
    dueDate: '2026-03-10',
    rolledForwardFrom: null,
    clockStartedAt: '2026-02-10T10:00:00.000Z',
    basis: 'gdpr_month',
    originalDueAt: '2026-03-10T22:59:59.999Z',
    extendedMonths: 0,
    country: 'NL',
    timeZone: 'Europe/Amsterdam',
  },
}).record;

const refusals: {
  name: string;
  record: CaseRecord;
  action: CaseAction;
  pauses?: boolean;
  now?: Date;
  status: 400 | 409;
  field: string;
}[] = [
  {
    name: 'extend a question (no extendable deadline)',
    record: { ...access, type: 'question' },
    action: { action: 'extend', months: 1, reason: 'Volume' },
    status: 400,
    field: 'months',
  },
  {
    name: 'extend after the first month',
    record: access,
    action: { action: 'extend', months: 1, reason: 'Volume' },
    now: new Date('2026-03-20T10:00:00.000Z'),
    status: 409,
    field: 'months',
  },
  {
    name: 'extend a second time',
    record: { ...access, deadline: { ...access.deadline, extendedMonths: 1 } },
    action: { action: 'extend', months: 1, reason: 'Volume' },
    status: 409,
    field: 'months',
  },
  {
    name: 'extend a paused case',
    record: { ...access, pausedAt: '2026-02-15T10:00:00.000Z' },
    action: { action: 'extend', months: 1, reason: 'Volume' },
    pauses: true,
    status: 409,
    field: 'months',
  },
  {
    name: 'close a closed case',
    record: { ...access, status: 'closed', outcome: 'fulfilled' },
    action: { action: 'close', outcome: 'fulfilled' },
    status: 409,
    field: 'outcome',
  },
  {
    name: 'pause where pauses are not enabled',
    record: access,
    action: { action: 'pause', reason: 'Proof of identity' },
    status: 400,
    field: 'action',
  },
  {
    name: 'pause a paused case',
    record: { ...access, pausedAt: '2026-02-15T10:00:00.000Z' },
    action: { action: 'pause', reason: 'Proof of identity' },
    pauses: true,
    status: 409,
    field: 'action',
  },
  {
    name: 'pause a case not yet verified',
    record: { ...access, status: 'awaiting_verification' },
    action: { action: 'pause', reason: 'Proof of identity' },
    pauses: true,
    status: 409,
    field: 'action',
  },
  {
    name: "pause a breach report's 72 hours",
    record: { ...access, type: 'breach_report' },
    action: { action: 'pause', reason: 'Waiting for the processor' },
    pauses: true,
    status: 409,
    field: 'action',
  },
  {
    name: 'resume a case not paused',
    record: access,
    action: { action: 'resume' },
    pauses: true,
    status: 409,
    field: 'action',
  },
  {
    name: 'resume where pauses are not enabled',
    record: access,
    action: { action: 'resume' },
    status: 400,
    field: 'action',
  },
  {
    name: 'change to the type it has',
    record: access,
    action: { action: 'change_type', type: 'access' },
    status: 409,
    field: 'type',
  },
  {
    name: 'assign to the member who has it',
    record: access,
    action: { action: 'assign', memberId: 'anna-devries' },
    status: 409,
    field: 'memberId',
  },
  {
    name: 'record a breach decision on an access request',
    record: access,
    action: { action: 'breach', remedy: 'Keys rotated' },
    status: 400,
    field: 'breach',
  },
];

describe('a refused staff action', () => {
  it.each(refusals)('$name: $status on $field', ({ record, action, pauses, now, status, field }) => {
    const plan = () =>
      planStaffAction(record, ANNA, commandsOf(action, fixtureSettings.config), {
        config: fixtureSettings.config,
        deadlinePolicy: pauses ? PAUSES_ON : PAUSES_OFF,
        now: now ?? NOW,
      });
    let thrown: unknown;
    try {
      plan();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(status === 409 ? StateConflictError : ValidationError);
    const refused = thrown as StateConflictError | ValidationError;
    expect(refused.statusCode).toBe(status);
    expect(refused.issues.map((issue) => issue.field)).toEqual([field]);
  });

  it('is planned when nothing stands in its way', () => {
    const plan = planStaffAction(
      access,
      ANNA,
      commandsOf({ action: 'pause', reason: 'Proof of identity' }, fixtureSettings.config),
      { config: fixtureSettings.config, deadlinePolicy: PAUSES_ON, now: NOW },
    );
    expect(plan.change?.set).toEqual({ pausedAt: NOW.toISOString() });
  });
});

describe('rejection: the kind of the errors decides', () => {
  const extend: PlacedCommand[] = [{ command: { kind: 'extend', months: 1, reason: 'Volume' }, line: 1 }];
  const error = (kind?: CommandError['kind']): CommandError => ({
    line: 1,
    command: '#extend',
    code: 'extend_months',
    message: 'Some words that say closed, already and is paused',
    ...(kind ? { kind } : {}),
  });

  it.each([
    { name: 'no kind given: the request', errors: [error()], afterConflict: false, status: 400 },
    { name: 'the request', errors: [error('request')], afterConflict: false, status: 400 },
    { name: 'the case state', errors: [error('case_state')], afterConflict: false, status: 409 },
    {
      name: 'one of several about the case state',
      errors: [error('request'), error('case_state')],
      afterConflict: false,
      status: 409,
    },
    { name: 'the request, after a conflict', errors: [error('request')], afterConflict: true, status: 409 },
  ])('$name: $status', ({ errors, afterConflict, status }) => {
    const refused = rejection(errors, extend, afterConflict);
    expect(refused.statusCode).toBe(status);
    expect(refused.issues).toEqual(
      errors.map(() => ({ field: 'months', message: 'Some words that say closed, already and is paused' })),
    );
  });

  it('names the text when there is no command (a reply)', () => {
    expect(rejection([error()], [], false).issues).toEqual([
      { field: 'text', message: 'Some words that say closed, already and is paused' },
    ]);
  });
});
