import type { CaseRecord } from '../case-model.ts';
import type { DeskConfig } from '../config/desk-config.ts';
import { memberById } from '../config/member-lookups.ts';
import type { DeadlinePolicy } from '../deadlines/index.ts';
import { type FieldIssue, StateConflictError, ValidationError } from '../errors.ts';
import type { StaffParticipant } from '../inbound/authorize-sender.ts';
import type { PlacedCommand, ReplyInput, ReplyPlan } from '../inbound/reply-plan.ts';
import {
  type CommandError,
  type CommandErrorKind,
  OUTCOMES_NEEDING_REASON,
  type StaffCommand,
} from '../inbound/staff-commands.ts';
import { planStaffCommands } from '../inbound/staff-reply.ts';
import type { CaseAction } from './staff-api-schemas.ts';

/*
 * A staff API action planned as the staff commands it stands for, by the planner of the email
 * commands (planStaffCommands): applyStaffAction writes the plan, previewStaffAction renders its
 * notices. A refusal comes back as the API's error: each of the planner's errors says whether it is
 * about the request (400) or about the case as it stands (409), and the action's field it concerns.
 */

/** The field of the action each command's errors are about. */
const FIELD_OF: Record<StaffCommand['kind'], string> = {
  close: 'outcome',
  refuse: 'reason',
  extend: 'months',
  assign: 'memberId',
  note: 'text',
  type: 'type',
  pause: 'action',
  resume: 'action',
  breach: 'breach',
};

/** The staff commands of an action, and the text for the requester. */
export interface PlannedAction {
  readonly commands: PlacedCommand[];
  readonly text: string;
}

/** The staff commands an API action stands for, and the text for the requester. */
export function commandsOf(action: CaseAction, config: DeskConfig): PlannedAction {
  const one = (command: StaffCommand, message?: string) => ({
    commands: [{ command, line: 1 }],
    text: message ?? '',
  });
  switch (action.action) {
    case 'reply':
      return { commands: [], text: action.text };
    case 'note':
      return one({ kind: 'note', text: action.text });
    case 'assign': {
      const member = memberById(config, action.memberId);
      if (!member) throw new ValidationError([{ field: 'memberId', message: 'No team member has that id' }]);
      return one({ kind: 'assign', email: member.email.toLowerCase() }, action.message);
    }
    case 'change_type':
      return one({ kind: 'type', type: action.type }, action.message);
    case 'extend':
      return one({ kind: 'extend', months: action.months, reason: action.reason }, action.message);
    case 'pause':
      return one({ kind: 'pause', reason: action.reason }, action.message);
    case 'resume':
      return one({ kind: 'resume' }, action.message);
    case 'close': {
      const needsReason = OUTCOMES_NEEDING_REASON.has(action.outcome);
      if (needsReason && action.reason === undefined) {
        throw new ValidationError([
          {
            field: 'reason',
            message: `Closing as ${action.outcome} needs the reason, which the requester is told (GDPR Art. 12(4))`,
          },
        ]);
      }
      if (!needsReason && action.reason !== undefined) {
        throw new ValidationError([
          { field: 'reason', message: 'A reason goes only with refused or partially_fulfilled' },
        ]);
      }
      return one(
        { kind: 'close', outcome: action.outcome, ...(action.reason ? { reason: action.reason } : {}) },
        action.message,
      );
    }
    case 'refuse':
      return one({ kind: 'refuse', reason: action.reason }, action.message);
    case 'breach': {
      // One `#breach` command per decision given, planned as a reply with those lines would be.
      const decisions: StaffCommand[] = [
        ...(action.notified
          ? [{ kind: 'breach', decision: 'notified', date: action.notified } as const]
          : []),
        ...(action.notNotifiedReason
          ? [{ kind: 'breach', decision: 'not-notified', text: action.notNotifiedReason } as const]
          : []),
        ...(action.informed
          ? [{ kind: 'breach', decision: 'informed', date: action.informed } as const]
          : []),
        ...(action.notInformedReason
          ? [{ kind: 'breach', decision: 'not-informed', text: action.notInformedReason } as const]
          : []),
        ...(action.remedy ? [{ kind: 'breach', decision: 'remedy', text: action.remedy } as const] : []),
      ];
      return { commands: decisions.map((command, i) => ({ command, line: i + 1 })), text: '' };
    }
  }
}

/**
 * The action planned on the case as it stands, with `participant`'s part in it; throws the API's
 * error when the planner refuses it. `afterConflict`: the case changed under an earlier attempt, so
 * a refusal now is about its state whatever the planner says (409).
 */
export function planStaffAction(
  record: CaseRecord,
  participant: StaffParticipant,
  action: PlannedAction,
  deps: { readonly config: DeskConfig; readonly deadlinePolicy: DeadlinePolicy; readonly now: Date },
  afterConflict = false,
): Extract<ReplyPlan, { kind: 'apply' }> {
  const input: ReplyInput = {
    record,
    participant,
    identifiedBy: 'token',
    authenticated: true,
    dmarcVerdict: 'none',
    subject: `[${record.reference}]`,
    text: action.text,
    attachments: [],
    copied: 0,
    config: deps.config,
    deadlinePolicy: deps.deadlinePolicy,
    now: deps.now,
  };
  const plan = planStaffCommands(input, participant, {
    commands: action.commands,
    parseErrors: [],
    body: action.text,
    origin: 'api',
  });
  if (plan.kind === 'empty') throw new ValidationError([{ field: 'text', message: 'Required' }]);
  if (plan.kind === 'rejected') throw rejection(plan.errors, action.commands, afterConflict);
  return plan;
}

/** The HTTP answer of the planner's errors: 409 when any is about the case's state, else 400. */
export function rejection(
  errors: readonly CommandError[],
  commands: readonly PlacedCommand[],
  afterConflict: boolean,
): ValidationError | StateConflictError {
  const command = commands[0]?.command.kind;
  const issues: FieldIssue[] = errors.map((error) => ({
    field: command ? FIELD_OF[command] : 'text',
    message: error.message,
  }));
  const kinds = new Set<CommandErrorKind>(errors.map((error) => error.kind ?? 'request'));
  return afterConflict || kinds.has('case_state')
    ? new StateConflictError(issues)
    : new ValidationError(issues);
}
