import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dueEscalationSteps,
  ESCALATION_CASE_STATUSES,
  type EscalationCase,
  type EscalationLadder,
  EscalationLadderSchema,
  sweepHorizon,
} from '../../../../domain/escalation/index.ts';
import { isRightsRequest, REQUEST_TYPES } from '../../../../domain/request-types.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Any valid ladder, within small ranges so that its steps actually fall due in the generated spans. */
const ladders: fc.Arbitrary<EscalationLadder> = fc
  .record({
    assigneeReminderDaysBefore: fc.uniqueArray(fc.integer({ min: 1, max: 14 }), { maxLength: 3 }),
    managerNoFirstResponseDaysBefore: fc.integer({ min: 1, max: 5 }),
    managerUnassignedAfterMinutes: fc.integer({ min: 1, max: 240 }),
    dpoOverdueRepeatHours: fc.integer({ min: 1, max: 48 }),
    breachReminderHoursBefore: fc.uniqueArray(fc.integer({ min: 1, max: 72 }), { maxLength: 3 }),
    breachOverdueRepeatHours: fc.integer({ min: 1, max: 6 }),
    extensionDecisionDaysBeforeFirstMonthEnd: fc.integer({ min: 1, max: 14 }),
  })
  .map((fields) => EscalationLadderSchema.parse(fields));

/** A case: received between 2025 and 2027, due between 1 hour and 40 days later, extended or not. */
const cases: fc.Arbitrary<EscalationCase> = fc
  .record({
    type: fc.constantFrom(...REQUEST_TYPES),
    status: fc.constantFrom(...ESCALATION_CASE_STATUSES),
    receivedAt: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 11, 31) }),
    firstPeriodMs: fc.integer({ min: HOUR, max: 40 * DAY }),
    extendedMonths: fc.constantFrom(0 as const, 1 as const, 2 as const),
    assigneeId: fc.option(fc.constant('rep-1'), { nil: undefined }),
    verifiedAfterMs: fc.option(fc.integer({ min: 0, max: 3 * DAY }), { nil: undefined }),
    firstResponseAfterMs: fc.option(fc.integer({ min: 0, max: 40 * DAY }), { nil: undefined }),
  })
  .map((g) => {
    const extendedMonths = isRightsRequest(g.type) ? g.extendedMonths : 0;
    const originalDueAt = g.receivedAt + g.firstPeriodMs;
    return {
      caseId: 'case-p',
      reference: 'PD-P',
      type: g.type,
      status: g.status,
      receivedAt: new Date(g.receivedAt),
      ...(g.verifiedAfterMs === undefined ? {} : { verifiedAt: new Date(g.receivedAt + g.verifiedAfterMs) }),
      dueAt: new Date(originalDueAt + extendedMonths * 30 * DAY),
      originalDueAt: new Date(originalDueAt),
      extendedMonths,
      ...(g.assigneeId === undefined ? {} : { assigneeId: g.assigneeId }),
      ...(g.firstResponseAfterMs === undefined
        ? {}
        : { firstResponseAt: new Date(g.receivedAt + g.firstResponseAfterMs) }),
      sentKeys: new Set<string>(),
    };
  });

/** Offsets from receipt of the sweeps, in increasing order (repeats allowed: two sweeps at one instant). */
const sweeps = fc
  .array(fc.integer({ min: 0, max: 130 * DAY }), { minLength: 1, maxLength: 60 })
  .map((offsets) => offsets.sort((a, b) => a - b));

/** A step's track: its key without the trailing lead time or period. */
function track(key: string): string {
  return key.replace(/:h?\d+[dh]?$/, '');
}

const REPEATING_OR_OWNERSHIP = /^(dpo:overdue:|breach:overdue:|manager:unassigned$)/;

describe('dueEscalationSteps properties', () => {
  it('never returns a key twice when the returned keys are fed back; closed cases get nothing', () => {
    fc.assert(
      fc.property(cases, sweeps, ladders, (c, offsets, ladder) => {
        // Prepare
        const sent = new Set<string>();
        const returned: string[] = [];
        const perSweepProblems: string[] = [];

        // Act
        for (const offset of offsets) {
          const steps = dueEscalationSteps(
            { ...c, sentKeys: new Set(sent) },
            new Date(c.receivedAt.getTime() + offset),
            ladder,
          );
          const tracks = steps.map((step) => track(step.key));
          if (new Set(tracks).size !== tracks.length)
            perSweepProblems.push(`two steps on one track: ${tracks}`);
          if (c.assigneeId === undefined && steps.some((step) => step.recipients.includes('assignee'))) {
            perSweepProblems.push('an assignee step without an assignee');
          }
          for (const step of steps) {
            returned.push(step.key);
            sent.add(step.key);
            if (step.sentAtKey) sent.add(step.sentAtKey);
          }
        }

        // Assess
        expect({
          duplicates: returned.filter((key, i) => returned.indexOf(key) !== i),
          closedGotSteps: c.status === 'closed' && returned.length > 0,
          perSweepProblems,
        }).toEqual({ duplicates: [], closedGotSteps: false, perSweepProblems: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('a repeating step goes at most once per period, counted from the last one sent', () => {
    fc.assert(
      fc.property(cases, sweeps, ladders, (c, offsets, ladder) => {
        // Prepare
        const sent = new Set<string>();
        const alerts: { track: string; at: number }[] = [];

        // Act
        for (const offset of offsets) {
          const at = c.receivedAt.getTime() + offset;
          for (const step of dueEscalationSteps({ ...c, sentKeys: new Set(sent) }, new Date(at), ladder)) {
            sent.add(step.key);
            if (step.sentAtKey) sent.add(step.sentAtKey);
            if (/^(dpo|breach):overdue:/.test(step.key)) alerts.push({ track: track(step.key), at });
          }
        }

        // Assess
        const tooSoon = alerts.filter((alert, i) => {
          const previous = alerts.slice(0, i).findLast((earlier) => earlier.track === alert.track);
          const periodHours =
            alert.track === 'dpo:overdue' ? ladder.dpoOverdueRepeatHours : ladder.breachOverdueRepeatHours;
          return previous !== undefined && alert.at - previous.at < periodHours * HOUR;
        });
        expect(tooSoon).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('once a case is overdue, only overdue and ownership steps are returned', () => {
    fc.assert(
      fc.property(cases, fc.integer({ min: 1, max: 60 * DAY }), ladders, (c, afterDueMs, ladder) => {
        // Act
        const steps = dueEscalationSteps(c, new Date(c.dueAt.getTime() + afterDueMs), ladder);

        // Assess
        expect(steps.map((step) => step.key).filter((key) => !REPEATING_OR_OWNERSHIP.test(key))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('a case due after the sweep horizon has no deadline step due yet', () => {
    fc.assert(
      fc.property(cases, fc.integer({ min: 0, max: 40 * DAY }), ladders, (c, offset, ladder) => {
        // Prepare
        const now = new Date(c.receivedAt.getTime() + offset);
        fc.pre(c.dueAt.getTime() > sweepHorizon(ladder, now).getTime());

        // Act
        const steps = dueEscalationSteps(c, now, ladder);

        // Assess
        expect(steps.map((step) => step.key).filter((key) => key !== 'manager:unassigned')).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('never returns a key that is already in sentKeys', () => {
    fc.assert(
      fc.property(cases, fc.integer({ min: 0, max: 130 * DAY }), ladders, (c, offset, ladder) => {
        // Prepare
        const now = new Date(c.receivedAt.getTime() + offset);
        const everything = dueEscalationSteps(c, now, ladder).flatMap((step) =>
          step.sentAtKey ? [step.key, step.sentAtKey] : [step.key],
        );

        // Act
        const again = dueEscalationSteps({ ...c, sentKeys: new Set(everything) }, now, ladder);

        // Assess
        expect(again).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
