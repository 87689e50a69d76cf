import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ESCALATION_LADDER,
  dueEscalationSteps,
  type EscalationCase,
  type EscalationStep,
} from '../../../../domain/escalation/index.ts';

/**
 * The repeating steps (DPO overdue every 24 h, breach overdue every hour) against sweeps at chosen
 * instants, each sweep recording what it sent as the sweep does (the step's key, and for a repeating
 * step the instant it went). The rows give the sweeps as offsets from the due date and expect the
 * repeating alerts sent, as `<offset>: <key>`.
 *
 * The defect these rows pin: the period used to be counted from the due date, so a desk that was down
 * sent the period-0 alert at due + 23 h and the period-1 alert two hours later at due + 25 h.
 */
const DUE = new Date('2026-12-28T22:59:59.999Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function overdueCase(type: EscalationCase['type'], sentKeys: readonly string[] = []): EscalationCase {
  return {
    caseId: 'case-r',
    reference: 'PD-2026-0042',
    type,
    status: 'assigned',
    receivedAt: new Date('2026-11-27T10:00:00Z'),
    verifiedAt: new Date('2026-11-27T10:05:00Z'),
    dueAt: DUE,
    originalDueAt: DUE,
    extendedMonths: 0,
    assigneeId: 'rep-7',
    firstResponseAt: new Date('2026-12-01T09:00:00Z'),
    sentKeys: new Set(sentKeys),
  };
}

/** `+23h`, `+1h05m`, `+50m`, `+0m`: an offset from the due date. */
function offset(ms: number): string {
  const hours = Math.floor(ms / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  if (hours === 0) return `+${minutes}m`;
  return minutes === 0 ? `+${hours}h` : `+${hours}h${String(minutes).padStart(2, '0')}m`;
}

const isRepeating = (step: EscalationStep) => /^(dpo|breach):overdue:/.test(step.key);

/** Runs the sweeps in order; returns the repeating alerts sent, `<offset>: <key>`. */
function repeatingAlerts(
  type: EscalationCase['type'],
  sweepOffsets: readonly number[],
  sentBefore: readonly string[] = [],
): string[] {
  const recorded = new Set(sentBefore);
  const alerts: string[] = [];
  for (const at of sweepOffsets) {
    const steps = dueEscalationSteps(
      overdueCase(type, [...recorded]),
      new Date(DUE.getTime() + at),
      DEFAULT_ESCALATION_LADDER,
    );
    for (const step of steps) {
      recorded.add(step.key);
      if (step.sentAtKey) recorded.add(step.sentAtKey);
      if (isRepeating(step)) alerts.push(`${offset(at)}: ${step.key}`);
    }
  }
  return alerts;
}

/** Every 5 minutes from `from` to `to` (offsets from the due date, both included). */
function everyFiveMinutes(from: number, to: number): number[] {
  const sweeps: number[] = [];
  for (let at = from; at <= to; at += 5 * MINUTE) sweeps.push(at);
  return sweeps;
}

interface Row {
  readonly name: string;
  readonly type: EscalationCase['type'];
  readonly sweeps: readonly number[];
  readonly sentBefore?: readonly string[];
  readonly expected: readonly string[];
}

const ROWS: Row[] = [
  {
    name: 'DPO: desk down until due + 23 h, back at + 25 h: one alert, not two',
    type: 'access',
    sweeps: [23 * HOUR, 25 * HOUR],
    expected: ['+23h: dpo:overdue:0'],
  },
  {
    name: 'DPO: desk down until due + 23 h, then every 5 minutes: a full day between alerts',
    type: 'access',
    sweeps: everyFiveMinutes(23 * HOUR, 72 * HOUR),
    expected: ['+23h: dpo:overdue:0', '+47h: dpo:overdue:1', '+71h: dpo:overdue:2'],
  },
  {
    name: 'DPO: sweeps every 5 minutes from the due date',
    type: 'access',
    sweeps: everyFiveMinutes(5 * MINUTE, 50 * HOUR),
    expected: ['+5m: dpo:overdue:0', '+24h05m: dpo:overdue:1', '+48h05m: dpo:overdue:2'],
  },
  {
    name: 'DPO: one day of sweeps missed: one alert when the desk is back, no burst',
    type: 'access',
    sweeps: [1 * HOUR, 100 * HOUR, 101 * HOUR, 124 * HOUR - 1, 124 * HOUR],
    expected: ['+1h: dpo:overdue:0', '+100h: dpo:overdue:1', '+124h: dpo:overdue:2'],
  },
  {
    name: 'DPO: exactly one period after the last alert is a new period; 1 ms before is not',
    type: 'access',
    sweeps: [2 * HOUR, 26 * HOUR - 1, 26 * HOUR],
    expected: ['+2h: dpo:overdue:0', '+26h: dpo:overdue:1'],
  },
  {
    name: 'DPO: two sweeps at one instant: the second finds the alert recorded',
    type: 'access',
    sweeps: [3 * HOUR, 3 * HOUR],
    expected: ['+3h: dpo:overdue:0'],
  },
  {
    name: 'breach: desk down until 50 minutes overdue, back 20 minutes later: one alert',
    type: 'breach_report',
    sweeps: [50 * MINUTE, 70 * MINUTE],
    expected: ['+50m: breach:overdue:0'],
  },
  {
    name: 'breach: every 5 minutes from 50 minutes overdue: an hour between alerts',
    type: 'breach_report',
    sweeps: everyFiveMinutes(50 * MINUTE, 3 * HOUR),
    expected: ['+50m: breach:overdue:0', '+1h50m: breach:overdue:1', '+2h50m: breach:overdue:2'],
  },
  {
    name: 'DPO, alerts recorded before the instant was (period keys): counted from the start of that period',
    type: 'access',
    sentBefore: ['dpo:overdue:0', 'dpo:overdue:1'],
    sweeps: [30 * HOUR, 48 * HOUR - 1, 48 * HOUR],
    expected: ['+48h: dpo:overdue:2'],
  },
  {
    name: 'breach, alerts recorded before the instant was (hour keys): counted from that hour',
    type: 'breach_report',
    sentBefore: ['breach:overdue:h0', 'breach:overdue:h3'],
    sweeps: [3 * HOUR + 30 * MINUTE, 4 * HOUR],
    expected: ['+4h: breach:overdue:0'],
  },
];

describe('repeating escalation steps go once per period counted from the last one sent', () => {
  it.each(ROWS)('$name', ({ type, sweeps, sentBefore, expected }) => {
    expect(repeatingAlerts(type, sweeps, sentBefore)).toEqual(expected);
  });

  it('records when a repeating step went, beside its key', () => {
    // Act
    const steps = dueEscalationSteps(
      overdueCase('access'),
      new Date('2026-12-29T10:00:00Z'),
      DEFAULT_ESCALATION_LADDER,
    );

    // Assess
    expect(steps.map((step) => [step.key, step.sentAtKey])).toEqual([
      ['dpo:overdue:0', 'dpo:overdue:0@2026-12-29T10:00:00.000Z'],
    ]);
  });

  it('lead-time steps carry no instant: their key alone says they went', () => {
    const steps = dueEscalationSteps(
      overdueCase('access'),
      new Date('2026-12-21T23:00:00Z'),
      DEFAULT_ESCALATION_LADDER,
    );

    expect(steps.map((step) => [step.key, step.sentAtKey])).toEqual([
      ['assignee-reminder:7d', undefined],
      ['extension-decision', undefined],
    ]);
  });
});
