import { describe, expect, it } from 'vitest';
import { durations, reportCsv, type SummaryReport } from '../../../../domain/staff/staff-report.ts';

describe('durations', () => {
  it('gives the median (mean of the middle two) and the 90th percentile (nearest rank)', () => {
    expect(durations([240, 960, 72, 600])).toEqual({ count: 4, medianHours: 420, p90Hours: 960 });
    expect(durations([2, 24, 48])).toEqual({ count: 3, medianHours: 24, p90Hours: 48 });
    expect(durations(Array.from({ length: 10 }, (_, i) => i + 1))).toEqual({
      count: 10,
      medianHours: 5.5,
      p90Hours: 9,
    });
  });

  it('has no figures for no cases', () => {
    expect(durations([])).toEqual({ count: 0, medianHours: null, p90Hours: null });
  });
});

describe('reportCsv', () => {
  it('writes one section,key,value line per figure, quoting what needs it', () => {
    const report = {
      from: '2026-03-01',
      to: '2026-03-31',
      generatedAt: '2026-11-30T12:00:00.000Z',
      teams: ['nl-privacy'],
      cases: 2,
      open: 1,
      closed: 1,
      byType: { access: 2 },
      byCountry: { NL: 2 },
      byTeam: { 'nl-privacy': 2 },
      byChannel: { 'a,b': 1, form: 1 },
      timeToFirstAnswer: { count: 0, medianHours: null, p90Hours: null },
      timeToClose: { count: 1, medianHours: 12, p90Hours: 12 },
      closedByTarget: { count: 1, share: 1 },
      closedByLegalLimit: { count: 1, share: 1 },
      extensions: 0,
      refusals: 0,
      pauses: 0,
      overdueNow: 1,
    } satisfies SummaryReport;
    const lines = reportCsv(report).split('\r\n');
    expect(lines[0]).toBe('section,key,value');
    expect(lines).toContain('channel,"a,b",1');
    expect(lines).toContain('time_to_first_answer,median_hours,');
    expect(lines).toContain('total,overdue_now,1');
    expect(lines.at(-1)).toBe('');
  });
});
