import type {
  CaseDeadline,
  CasePause,
  CaseRecord,
  CaseStatus,
  CloseOutcome,
  NeedsAttentionReason,
} from './case-model.ts';
import type { RequestType } from './request-types.ts';

/*
 * The case lifecycle: which moves a case can make from which status, and where each move leaves it
 * in the sparse indexes: the deadline indexes (byDue: open cases whose clock runs, by due date, for
 * the sweep; byTeam: a team's open cases, paused ones included, for the staff lists, the report and
 * the digests; which of them a case is in is declared once, in DEADLINE_INDEXES) and byPendingStep
 * (the step a case waits for, or its purge date once closed). Pure: the stores only translate a
 * transition into the attributes of the case item and make the write conditional on the status the
 * move started from.
 * Like Fides' `pause_processing`/`cancel_processing`, a move is a named function, never a status
 * written by hand.
 */

/** Every status but `closed`: the case is in its team's queue and, unless paused, escalates. */
export const OPEN_STATUSES = [
  'awaiting_verification',
  'received',
  'assigned',
  'waiting_for_requester',
] as const satisfies readonly CaseStatus[];
export type OpenStatus = (typeof OPEN_STATUSES)[number];

export function isOpenStatus(status: CaseStatus): status is OpenStatus {
  return (OPEN_STATUSES as readonly CaseStatus[]).includes(status);
}

/**
 * Where a case stands for its deadline: open with the clock running, open with it paused (only a
 * handled status can be: see `pause`), or closed.
 */
export type DeadlineState = 'running' | 'paused' | 'closed';
export type DeadlineIndex = 'byDue' | 'byTeam';

/**
 * The deadline indexes a case is in, by its deadline state. A paused case stays in its team's queue
 * (staff must see it, the report counts it open) but is out of byDue: nothing escalates or falls
 * due while its clock stands still, and byTeam readers that judge deadlines leave it out.
 */
export const DEADLINE_INDEXES = {
  running: ['byDue', 'byTeam'],
  paused: ['byTeam'],
  closed: [],
} as const satisfies Record<DeadlineState, readonly DeadlineIndex[]>;

export function deadlineStateOf(current: Pick<CaseRecord, 'status' | 'pausedAt'>): DeadlineState {
  if (!isOpenStatus(current.status)) return 'closed';
  return current.pausedAt === undefined ? 'running' : 'paused';
}

/** Open and past verification: the statuses in which staff handle the case. */
const HANDLED = ['received', 'assigned', 'waiting_for_requester'] as const;

const sameStatus = <S extends CaseStatus>(statuses: readonly S[]) =>
  Object.fromEntries(statuses.map((status) => [status, status])) as { readonly [K in S]: K };

const toClosed = Object.fromEntries(OPEN_STATUSES.map((status) => [status, 'closed'])) as {
  readonly [K in OpenStatus]: 'closed';
};

/** Each move: the status it may start from, and the status it leaves the case in. */
export const TRANSITIONS = {
  /** The requester opened the verification link. */
  verify: { awaiting_verification: 'received' },
  /** The verification period ended without it. */
  closeUnverified: { awaiting_verification: 'closed' },
  /** The sweep stopped re-driving a case the router never took: it waits for a person. */
  giveUpRouting: { received: 'received' },
  /** The router or a staff command gave the case an owner (the router may leave it to the manager). */
  assign: {
    awaiting_verification: 'awaiting_verification',
    received: 'assigned',
    assigned: 'assigned',
    waiting_for_requester: 'waiting_for_requester',
  },
  /** Staff wrote to the requester: the next move is theirs. */
  answer: {
    received: 'waiting_for_requester',
    assigned: 'waiting_for_requester',
    waiting_for_requester: 'waiting_for_requester',
  },
  /** The requester wrote back to a case waiting for them. */
  requesterReplied: { waiting_for_requester: 'assigned' },
  /** A new deadline (an Art. 12(3) extension). */
  extend: sameStatus(OPEN_STATUSES),
  /** Another request type, with the deadline computed for it. */
  changeType: sameStatus(OPEN_STATUSES),
  /** The deadline clock stops (e.g. waiting for proof of identity): out of byDue, status kept. */
  pause: sameStatus(HANDLED),
  /** The clock runs again, with the due date moved by the paused time. */
  resume: sameStatus(HANDLED),
  close: toClosed,
} as const satisfies Record<string, Partial<Record<CaseStatus, CaseStatus>>>;

export type CaseMove = keyof typeof TRANSITIONS;
export const CASE_MOVES = Object.keys(TRANSITIONS) as CaseMove[];

/** The status `move` leaves a case in that is `from`; undefined when the move is not allowed. */
export function nextStatus(move: CaseMove, from: CaseStatus): CaseStatus | undefined {
  return (TRANSITIONS[move] as Partial<Record<CaseStatus, CaseStatus>>)[from];
}

export function canMove(move: CaseMove, from: CaseStatus): boolean {
  return nextStatus(move, from) !== undefined;
}

/** The moves that take a case from one status to another (itself included). */
export function movesBetween(from: CaseStatus, to: CaseStatus): CaseMove[] {
  return CASE_MOVES.filter((move) => nextStatus(move, from) === to);
}

export class IllegalTransitionError extends Error {
  constructor(
    readonly move: CaseMove,
    readonly from: CaseStatus,
  ) {
    super(`A case that is ${from} cannot ${move}`);
    this.name = 'IllegalTransitionError';
  }
}

/** Steps a case waits for in byPendingStep (see CaseStore.listWaiting); `purge` once closed. */
export type WaitingStep = 'route' | 'assign' | 'verify' | 'close-unverified';
export type CaseWaitStep = WaitingStep | 'purge';

/**
 * Where a case is after a move. open: open with this due date and its clock running or paused (in
 * the deadline indexes DEADLINE_INDEXES gives that state), closed (in none of them), or where it was.
 * byPendingStep: waiting for `step` since `since` (for `purge`: until the purge date; without
 * `since`, from the time it entered its current wait), waiting for nothing, or as it was.
 */
export interface CaseIndexes {
  readonly open: OpenPlacement | 'none' | 'unchanged';
  readonly byPendingStep: { readonly step: CaseWaitStep; readonly since?: string } | 'none' | 'unchanged';
}

export interface OpenPlacement {
  readonly dueAt: string;
  readonly clock: Exclude<DeadlineState, 'closed'>;
}

/** Fields of the case item a move changes. */
export interface CaseFieldChanges {
  readonly status?: CaseStatus;
  readonly outcome?: CloseOutcome;
  readonly closedAt?: string;
  readonly refusedLate?: true;
  readonly verifiedAt?: string;
  readonly assigneeId?: string;
  readonly assignedAt?: string;
  readonly teamId?: string;
  readonly controllerIsCustomer?: boolean;
  readonly needsAttention?: NeedsAttentionReason;
  readonly type?: RequestType;
  readonly deadline?: CaseDeadline;
  readonly pausedAt?: string;
  readonly clockPauses?: readonly CasePause[];
}

export interface CaseTransition {
  /** The moves made, in order (a staff reply may answer and assign at once). */
  readonly moves: readonly CaseMove[];
  /** The status the decision saw: the write is conditional on it. */
  readonly from: CaseStatus;
  readonly to: CaseStatus;
  readonly set: CaseFieldChanges;
  /** Fields the move clears. */
  readonly remove: readonly 'pausedAt'[];
  readonly indexes: CaseIndexes;
}

type LifecycleCase = Pick<CaseRecord, 'status' | 'pausedAt' | 'clockPauses'>;

function transition(
  move: CaseMove,
  current: LifecycleCase,
  set: CaseFieldChanges,
  indexes: Partial<CaseIndexes>,
  options: { readonly writeStatus?: 'always' | 'when_changed'; readonly remove?: readonly 'pausedAt'[] } = {},
): CaseTransition {
  const to = nextStatus(move, current.status);
  if (to === undefined) throw new IllegalTransitionError(move, current.status);
  const writeStatus = options.writeStatus === 'always' || to !== current.status;
  const defined = Object.fromEntries(Object.entries(set).filter(([, value]) => value !== undefined));
  return {
    moves: [move],
    from: current.status,
    to,
    set: { ...(writeStatus ? { status: to } : {}), ...defined },
    remove: options.remove ?? [],
    indexes: { open: 'unchanged', byPendingStep: 'unchanged', ...indexes },
  };
}

/** Verified: open by its (possibly recomputed) deadline, waiting to be routed since now. */
export function verify(current: LifecycleCase, change: { at: string; deadline: CaseDeadline }) {
  return transition(
    'verify',
    current,
    { verifiedAt: change.at, deadline: change.deadline },
    {
      open: { dueAt: change.deadline.dueAt, clock: 'running' },
      byPendingStep: { step: 'route', since: change.at },
    },
  );
}

/**
 * Closed: out of the deadline indexes and of any wait, into `purge` until its retention ends (none:
 * out of byPendingStep).
 */
export function close(
  current: LifecycleCase,
  change: { outcome: CloseOutcome; at: string; purgeAfter?: string; refusedLate?: true },
) {
  return transition(
    'close',
    current,
    { outcome: change.outcome, closedAt: change.at, refusedLate: change.refusedLate },
    closedIndexes(change.purgeAfter),
  );
}

export function closeUnverified(current: LifecycleCase, change: { at: string; purgeAfter: string }) {
  return transition(
    'closeUnverified',
    current,
    { outcome: 'unverified', closedAt: change.at },
    closedIndexes(change.purgeAfter),
  );
}

function closedIndexes(purgeAfter: string | undefined): CaseIndexes {
  return { open: 'none', byPendingStep: purgeAfter ? { step: 'purge', since: purgeAfter } : 'none' };
}

/** Same wait time, another step: no sweep re-drives it again; escalation treats it as unassigned. */
export function giveUpRouting(current: LifecycleCase) {
  return transition('giveUpRouting', current, {}, { byPendingStep: { step: 'assign' } });
}

/**
 * An owner for the case. With a member it waits for nothing more; without one (the router found no
 * eligible member) the manager owns it and it waits for assignment since `at`.
 */
export function assign(
  current: LifecycleCase,
  change: {
    at: string;
    assigneeId?: string;
    teamId?: string;
    controllerIsCustomer?: boolean;
    needsAttention?: NeedsAttentionReason;
  },
) {
  const { at, assigneeId, ...rest } = change;
  return transition(
    'assign',
    current,
    { ...rest, ...(assigneeId !== undefined ? { assigneeId } : {}), assignedAt: at },
    { byPendingStep: assigneeId === undefined ? { step: 'assign', since: at } : 'none' },
  );
}

/** Staff answered; a case the router had not taken yet no longer waits to be routed. */
export function answer(current: LifecycleCase) {
  return transition('answer', current, {}, current.status === 'received' ? { byPendingStep: 'none' } : {}, {
    writeStatus: 'always',
  });
}

export function requesterReplied(current: LifecycleCase) {
  return transition('requesterReplied', current, {}, {});
}

/** A new deadline: the case moves in its deadline indexes (a paused one stays paused, out of byDue). */
export function extend(current: LifecycleCase, deadline: CaseDeadline) {
  return transition('extend', current, { deadline }, { open: openPlacement(current, deadline.dueAt) });
}

export function changeType(current: LifecycleCase, change: { type: RequestType; deadline: CaseDeadline }) {
  return transition('changeType', current, change, { open: openPlacement(current, change.deadline.dueAt) });
}

function openPlacement(current: LifecycleCase, dueAt: string): OpenPlacement {
  return { dueAt, clock: current.pausedAt === undefined ? 'running' : 'paused' };
}

/**
 * The clock stops: out of byDue, so nothing escalates or falls due while paused; still in its
 * team's queue, by the deadline it had (`dueAt`, the case's current one).
 */
export function pause(current: LifecycleCase, change: { at: string; dueAt: string }) {
  if (current.pausedAt !== undefined) throw new IllegalTransitionError('pause', current.status);
  return transition(
    'pause',
    current,
    { pausedAt: change.at },
    { open: { dueAt: change.dueAt, clock: 'paused' } },
  );
}

/**
 * The clock runs again with the deadline the caller moved by the paused time; the ended pause joins
 * the case's pause log (`clockPauses`, the whole log: the caller read it with the case).
 */
export function resume(current: LifecycleCase, change: { at: string; deadline: CaseDeadline }) {
  if (current.pausedAt === undefined) throw new IllegalTransitionError('resume', current.status);
  const { deadline } = change;
  return transition(
    'resume',
    current,
    { deadline, clockPauses: [...(current.clockPauses ?? []), { from: current.pausedAt, to: change.at }] },
    { open: { dueAt: deadline.dueAt, clock: 'running' } },
    { remove: ['pausedAt'] },
  );
}

/**
 * One move after another, as one write: the later move's changes and index placements win, and the
 * write stays conditional on the status the first move started from. `before` is the case the first
 * move started from: the later move sees its pause state as the first move left it.
 */
export function andThen(
  first: CaseTransition,
  next: (after: LifecycleCase) => CaseTransition,
  before: LifecycleCase = { status: first.from },
): CaseTransition {
  const pausedAt = first.remove.includes('pausedAt') ? undefined : (first.set.pausedAt ?? before.pausedAt);
  const clockPauses = first.set.clockPauses ?? before.clockPauses;
  const second = next({
    status: first.to,
    ...(pausedAt !== undefined ? { pausedAt } : {}),
    ...(clockPauses !== undefined ? { clockPauses } : {}),
  });
  return {
    moves: [...first.moves, ...second.moves],
    from: first.from,
    to: second.to,
    set: { ...first.set, ...second.set },
    remove: [...new Set([...first.remove, ...second.remove])],
    indexes: {
      open: second.indexes.open === 'unchanged' ? first.indexes.open : second.indexes.open,
      byPendingStep:
        second.indexes.byPendingStep === 'unchanged'
          ? first.indexes.byPendingStep
          : second.indexes.byPendingStep,
    },
  };
}
