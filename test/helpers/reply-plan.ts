import type { CaseRecord } from '../../domain/case-model.ts';
import { type Participant, planReply, type ReplyInput, type ReplyPlan } from '../../domain/inbound/index.ts';
import { newCaseFixture } from './factories.ts';
import { fixtureSettings } from './fixture-config.ts';

/** Anna as the case's assignee, the staff member whose replies the planner tests read. */
export const ANNA_ASSIGNEE = {
  kind: 'staff',
  role: 'assignee',
  memberId: 'anna-devries',
} as const satisfies Participant;

/** An access request received 3 November 2026 in NL, verified, Anna's: due Thursday 3 December 2026. */
export const NL_ACCESS_CASE: CaseRecord = newCaseFixture({
  caseId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  type: 'access',
  status: 'assigned',
  teamId: 'nl-privacy',
  assigneeId: 'anna-devries',
  receivedAt: '2026-11-03T10:00:00.000Z',
  verifiedAt: '2026-11-03T10:05:00.000Z',
  deadline: {
    dueAt: '2026-12-03T22:59:59.999Z',
    dueDate: '2026-12-03',
    rolledForwardFrom: null,
    clockStartedAt: '2026-11-03T10:00:00.000Z',
    basis: 'gdpr_month',
    originalDueAt: '2026-12-03T22:59:59.999Z',
    extendedMonths: 0,
    country: 'NL',
    timeZone: 'Europe/Amsterdam',
  },
}).record;

/**
 * `planReply` for a test file: Anna's reply by token, DMARC passed, on the fixture configuration,
 * with the file's case, subject, text and time; each call overrides what its test is about.
 */
export function replyPlanner(
  defaults: Pick<ReplyInput, 'record' | 'subject' | 'text' | 'now'>,
): (change: Partial<ReplyInput>) => ReplyPlan {
  return (change) =>
    planReply({
      participant: ANNA_ASSIGNEE,
      identifiedBy: 'token',
      authenticated: true,
      dmarcVerdict: 'PASS',
      attachments: [],
      copied: 0,
      config: fixtureSettings.config,
      deadlinePolicy: fixtureSettings.deadlinePolicy,
      ...defaults,
      ...change,
    });
}

export function applied(result: ReplyPlan) {
  if (result.kind !== 'apply') throw new Error(`expected an applied plan, got ${JSON.stringify(result)}`);
  return result;
}

export function rejected(result: ReplyPlan) {
  if (result.kind !== 'rejected') throw new Error(`expected a rejected plan, got ${JSON.stringify(result)}`);
  return result;
}

/** The audit actions a plan records, in order. */
export const auditedActions = (result: ReplyPlan) =>
  'audit' in result ? result.audit.map((event) => event.action) : [];
