import { describe, expect, it } from 'vitest';
import {
  andThen,
  answer,
  assign,
  CASE_MOVES,
  type CaseMove,
  type CaseTransition,
  canMove,
  changeType,
  close,
  closeUnverified,
  DEADLINE_INDEXES,
  deadlineStateOf,
  extend,
  giveUpRouting,
  IllegalTransitionError,
  isOpenStatus,
  movesBetween,
  OPEN_STATUSES,
  pause,
  requesterReplied,
  resume,
  verify,
} from '../../domain/case-lifecycle.ts';
import { CASE_STATUSES, type CaseDeadline, type CaseStatus } from '../../domain/case-model.ts';

const AT = '2026-11-20T10:00:00.000Z';
const PURGE = '2029-11-20T10:00:00.000Z';
const EARLIER_PAUSE = { from: '2026-11-05T09:00:00.000Z', to: '2026-11-06T09:00:00.000Z' };
const DEADLINE: CaseDeadline = {
  dueAt: '2026-12-21T22:59:59.999Z',
  dueDate: '2026-12-21',
  rolledForwardFrom: null,
  clockStartedAt: AT,
  basis: 'gdpr_month',
  originalDueAt: '2026-12-21T22:59:59.999Z',
  extendedMonths: 0,
  country: 'NL',
  timeZone: 'Europe/Amsterdam',
};

/* Every move between every pair of statuses, written out: a pair not listed has no move. */
const LEGAL: Record<CaseStatus, Partial<Record<CaseStatus, readonly CaseMove[]>>> = {
  awaiting_verification: {
    awaiting_verification: ['assign', 'extend', 'changeType'],
    received: ['verify'],
    closed: ['closeUnverified', 'close'],
  },
  received: {
    received: ['giveUpRouting', 'extend', 'changeType', 'pause', 'resume'],
    assigned: ['assign'],
    waiting_for_requester: ['answer'],
    closed: ['close'],
  },
  assigned: {
    assigned: ['assign', 'extend', 'changeType', 'pause', 'resume'],
    waiting_for_requester: ['answer'],
    closed: ['close'],
  },
  waiting_for_requester: {
    assigned: ['requesterReplied'],
    waiting_for_requester: ['assign', 'answer', 'extend', 'changeType', 'pause', 'resume'],
    closed: ['close'],
  },
  closed: {},
};

const pairs = CASE_STATUSES.flatMap((from) => CASE_STATUSES.map((to) => ({ from, to })));

/** Runs a move by name, with what it needs. */
function run(move: CaseMove, status: CaseStatus): CaseTransition {
  return runFrom(move, { status });
}

function runFrom(move: CaseMove, current: { status: CaseStatus; pausedAt?: string }): CaseTransition {
  const { status } = current;
  switch (move) {
    case 'verify':
      return verify(current, { at: AT, deadline: DEADLINE });
    case 'closeUnverified':
      return closeUnverified(current, { at: AT, purgeAfter: PURGE });
    case 'giveUpRouting':
      return giveUpRouting(current);
    case 'assign':
      return assign(current, { at: AT, assigneeId: 'anna' });
    case 'answer':
      return answer(current);
    case 'requesterReplied':
      return requesterReplied(current);
    case 'extend':
      return extend(current, DEADLINE);
    case 'changeType':
      return changeType(current, { type: 'access', deadline: DEADLINE });
    case 'pause':
      return pause(current, { at: AT, dueAt: DEADLINE.dueAt });
    case 'resume':
      return resume({ status, pausedAt: AT }, { at: AT, deadline: DEADLINE });
    case 'close':
      return close(current, { outcome: 'fulfilled', at: AT, purgeAfter: PURGE });
  }
}

describe('case lifecycle', () => {
  it.each(pairs)('$from -> $to: exactly the listed moves', ({ from, to }) => {
    expect(movesBetween(from, to)).toEqual(
      CASE_MOVES.filter((move) => (LEGAL[from][to] ?? []).includes(move)),
    );
  });

  const everyMove = CASE_STATUSES.flatMap((from) => CASE_MOVES.map((move) => ({ from, move })));
  const legalTo = (from: CaseStatus, move: CaseMove) =>
    (Object.entries(LEGAL[from]) as [CaseStatus, readonly CaseMove[]][]).find(([, moves]) =>
      moves.includes(move),
    )?.[0];

  it.each(everyMove)(
    '$move from $from: allowed only where listed, to the listed status',
    ({ from, move }) => {
      const to = legalTo(from, move);
      expect(canMove(move, from)).toBe(to !== undefined);
      if (to === undefined) {
        expect(() => run(move, from)).toThrow(IllegalTransitionError);
      } else {
        const result = run(move, from);
        expect({ from: result.from, to: result.to, moves: result.moves }).toEqual({
          from,
          to,
          moves: [move],
        });
      }
    },
  );

  it('open means every status but closed', () => {
    expect(CASE_STATUSES.filter(isOpenStatus)).toEqual([...OPEN_STATUSES]);
    expect(OPEN_STATUSES).toEqual(['awaiting_verification', 'received', 'assigned', 'waiting_for_requester']);
  });

  /* The deadline indexes of every status, its clock running and (where a case can be) paused. */
  const INDEXES_OF: Record<CaseStatus, { running: readonly string[]; paused?: readonly string[] }> = {
    awaiting_verification: { running: ['byDue', 'byTeam'] },
    received: { running: ['byDue', 'byTeam'], paused: ['byTeam'] },
    assigned: { running: ['byDue', 'byTeam'], paused: ['byTeam'] },
    waiting_for_requester: { running: ['byDue', 'byTeam'], paused: ['byTeam'] },
    closed: { running: [] },
  };
  const states = CASE_STATUSES.flatMap((status) => [
    { status, paused: false, expected: INDEXES_OF[status].running },
    ...(INDEXES_OF[status].paused ? [{ status, paused: true, expected: INDEXES_OF[status].paused }] : []),
  ]);

  it.each(states)('$status (paused: $paused) is in $expected', ({ status, paused, expected }) => {
    const state = deadlineStateOf({ status, ...(paused ? { pausedAt: AT } : {}) });
    expect(DEADLINE_INDEXES[state]).toEqual(expected);
  });

  /* Every legal move from every state: where it places the case is where the table says its new state belongs. */
  const placements = states
    .filter(({ status }) => status !== 'closed')
    .flatMap(({ status, paused }) => CASE_MOVES.map((move) => ({ status, paused, move })))
    .filter(({ status, paused, move }) => canMove(move, status) && !(paused && move === 'pause'))
    .filter(({ paused, move }) => paused || move !== 'resume');

  it.each(placements)(
    '$move from $status (paused: $paused): placed as its new state',
    ({ status, paused, move }) => {
      const before = { status, ...(paused ? { pausedAt: AT } : {}) };
      const transition =
        move === 'resume' ? resume(before, { at: AT, deadline: DEADLINE }) : runFrom(move, before);
      const pausedAfter = transition.remove.includes('pausedAt')
        ? false
        : paused || transition.set.pausedAt !== undefined;
      const after = deadlineStateOf({ status: transition.to, ...(pausedAfter ? { pausedAt: AT } : {}) });
      const { open } = transition.indexes;
      if (open === 'unchanged') {
        expect(after).toBe(deadlineStateOf(before));
      } else {
        expect(open === 'none' ? 'closed' : open.clock).toBe(after);
      }
    },
  );

  it.each([
    {
      name: 'verify: open by the new deadline, waiting to be routed',
      transition: verify({ status: 'awaiting_verification' }, { at: AT, deadline: DEADLINE }),
      set: { status: 'received', verifiedAt: AT, deadline: DEADLINE },
      indexes: {
        open: { dueAt: DEADLINE.dueAt, clock: 'running' },
        byPendingStep: { step: 'route', since: AT },
      },
    },
    {
      name: 'close: leaves byDue and enters purge',
      transition: close({ status: 'assigned' }, { outcome: 'refused', at: AT, purgeAfter: PURGE }),
      set: { status: 'closed', outcome: 'refused', closedAt: AT },
      indexes: { open: 'none', byPendingStep: { step: 'purge', since: PURGE } },
    },
    {
      name: 'close without a purge date: leaves both indexes',
      transition: close({ status: 'assigned' }, { outcome: 'fulfilled', at: AT }),
      set: { status: 'closed', outcome: 'fulfilled', closedAt: AT },
      indexes: { open: 'none', byPendingStep: 'none' },
    },
    {
      name: 'closeUnverified: outcome unverified, into purge',
      transition: closeUnverified({ status: 'awaiting_verification' }, { at: AT, purgeAfter: PURGE }),
      set: { status: 'closed', outcome: 'unverified', closedAt: AT },
      indexes: { open: 'none', byPendingStep: { step: 'purge', since: PURGE } },
    },
    {
      name: 'giveUpRouting: from the route wait to assign, same wait time',
      transition: giveUpRouting({ status: 'received' }),
      set: {},
      indexes: { open: 'unchanged', byPendingStep: { step: 'assign' } },
    },
    {
      name: 'assign with a member: waits for nothing',
      transition: assign({ status: 'received' }, { at: AT, assigneeId: 'anna', teamId: 'privacy' }),
      set: { status: 'assigned', assigneeId: 'anna', assignedAt: AT, teamId: 'privacy' },
      indexes: { open: 'unchanged', byPendingStep: 'none' },
    },
    {
      name: 'assign without a member: waits for assignment since now',
      transition: assign(
        { status: 'received' },
        { at: AT, teamId: 'privacy', controllerIsCustomer: false, needsAttention: 'no_eligible_member' },
      ),
      set: {
        status: 'assigned',
        assignedAt: AT,
        teamId: 'privacy',
        controllerIsCustomer: false,
        needsAttention: 'no_eligible_member',
      },
      indexes: { open: 'unchanged', byPendingStep: { step: 'assign', since: AT } },
    },
    {
      name: 'reassign: the status stays',
      transition: assign({ status: 'waiting_for_requester' }, { at: AT, assigneeId: 'jan' }),
      set: { assigneeId: 'jan', assignedAt: AT },
      indexes: { open: 'unchanged', byPendingStep: 'none' },
    },
    {
      name: 'answer a received case: no longer waits to be routed',
      transition: answer({ status: 'received' }),
      set: { status: 'waiting_for_requester' },
      indexes: { open: 'unchanged', byPendingStep: 'none' },
    },
    {
      name: 'answer a case waiting for the requester: status written again, indexes kept',
      transition: answer({ status: 'waiting_for_requester' }),
      set: { status: 'waiting_for_requester' },
      indexes: { open: 'unchanged', byPendingStep: 'unchanged' },
    },
    {
      name: 'requesterReplied: back to assigned, indexes kept',
      transition: requesterReplied({ status: 'waiting_for_requester' }),
      set: { status: 'assigned' },
      indexes: { open: 'unchanged', byPendingStep: 'unchanged' },
    },
    {
      name: 'extend: moves in byDue',
      transition: extend({ status: 'assigned' }, DEADLINE),
      set: { deadline: DEADLINE },
      indexes: { open: { dueAt: DEADLINE.dueAt, clock: 'running' }, byPendingStep: 'unchanged' },
    },
    {
      name: 'changeType: new type and deadline, moves in byDue',
      transition: changeType({ status: 'assigned' }, { type: 'erasure', deadline: DEADLINE }),
      set: { type: 'erasure', deadline: DEADLINE },
      indexes: { open: { dueAt: DEADLINE.dueAt, clock: 'running' }, byPendingStep: 'unchanged' },
    },
    {
      name: 'changeType of a paused case: stays paused (out of byDue), moves in its team queue',
      transition: changeType({ status: 'assigned', pausedAt: AT }, { type: 'access', deadline: DEADLINE }),
      set: { type: 'access', deadline: DEADLINE },
      indexes: { open: { dueAt: DEADLINE.dueAt, clock: 'paused' }, byPendingStep: 'unchanged' },
    },
    {
      name: 'extend a paused case: stays paused (out of byDue), moves in its team queue',
      transition: extend({ status: 'assigned', pausedAt: AT }, DEADLINE),
      set: { deadline: DEADLINE },
      indexes: { open: { dueAt: DEADLINE.dueAt, clock: 'paused' }, byPendingStep: 'unchanged' },
    },
    {
      name: 'answer, then resume, as one write: the pause of the case before the answer ends',
      transition: andThen(
        answer({ status: 'assigned', pausedAt: AT }),
        (after) => resume(after, { at: AT, deadline: DEADLINE }),
        { status: 'assigned', pausedAt: AT },
      ),
      set: { status: 'waiting_for_requester', deadline: DEADLINE, clockPauses: [{ from: AT, to: AT }] },
      indexes: { open: { dueAt: DEADLINE.dueAt, clock: 'running' }, byPendingStep: 'unchanged' },
    },
    {
      name: 'pause: out of byDue, in its team queue by the deadline it had',
      transition: pause({ status: 'assigned' }, { at: AT, dueAt: DEADLINE.dueAt }),
      set: { pausedAt: AT },
      indexes: { open: { dueAt: DEADLINE.dueAt, clock: 'paused' }, byPendingStep: 'unchanged' },
    },
    {
      name: 'resume: back into byDue by the moved deadline',
      transition: resume(
        { status: 'assigned', pausedAt: '2026-11-10T09:00:00.000Z', clockPauses: [EARLIER_PAUSE] },
        { at: AT, deadline: DEADLINE },
      ),
      set: {
        deadline: DEADLINE,
        clockPauses: [EARLIER_PAUSE, { from: '2026-11-10T09:00:00.000Z', to: AT }],
      },
      indexes: { open: { dueAt: DEADLINE.dueAt, clock: 'running' }, byPendingStep: 'unchanged' },
    },
  ])('$name', ({ transition, set, indexes }) => {
    expect({ set: transition.set, indexes: transition.indexes }).toEqual({ set, indexes });
  });

  it('resume clears the pause', () => {
    expect(resume({ status: 'assigned', pausedAt: AT }, { at: AT, deadline: DEADLINE }).remove).toEqual([
      'pausedAt',
    ]);
  });

  it.each([
    {
      name: 'pause twice',
      act: () => pause({ status: 'assigned', pausedAt: AT }, { at: AT, dueAt: DEADLINE.dueAt }),
    },
    {
      name: 'resume a case not paused',
      act: () => resume({ status: 'assigned' }, { at: AT, deadline: DEADLINE }),
    },
  ])('$name is illegal', ({ act }) => {
    expect(act).toThrow(IllegalTransitionError);
  });

  it.each([
    {
      name: 'answer then assign a received case: waiting for the requester, out of the route wait',
      transition: andThen(answer({ status: 'received' }), (after) =>
        assign(after, { at: AT, assigneeId: 'jan' }),
      ),
      expected: {
        moves: ['answer', 'assign'],
        from: 'received',
        to: 'waiting_for_requester',
        set: { status: 'waiting_for_requester', assigneeId: 'jan', assignedAt: AT },
        remove: [],
        indexes: { open: 'unchanged', byPendingStep: 'none' },
      },
    },
    {
      name: 'extend then assign: byDue from the extension, the wait from the assignment',
      transition: andThen(extend({ status: 'received' }, DEADLINE), (after) =>
        assign(after, { at: AT, assigneeId: 'jan' }),
      ),
      expected: {
        moves: ['extend', 'assign'],
        from: 'received',
        to: 'assigned',
        set: { deadline: DEADLINE, status: 'assigned', assigneeId: 'jan', assignedAt: AT },
        remove: [],
        indexes: { open: { dueAt: DEADLINE.dueAt, clock: 'running' }, byPendingStep: 'none' },
      },
    },
  ])('$name', ({ transition, expected }) => {
    expect(transition).toEqual(expected);
  });
});
