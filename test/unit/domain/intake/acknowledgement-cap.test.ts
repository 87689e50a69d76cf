import { describe, expect, it } from 'vitest';
import { admitAcknowledgement } from '../../../../domain/intake/acknowledgement-cap.ts';

const limits = { acknowledgementsPerRecipient: 5, acknowledgementWindowHours: 24 };
const now = new Date('2026-12-01T12:00:00.000Z');

describe('admitAcknowledgement', () => {
  it.each([
    ['the first one', [], true],
    [
      'the 5th within a day',
      [
        '2026-12-01T08:00:00.000Z',
        '2026-12-01T09:00:00.000Z',
        '2026-12-01T10:00:00.000Z',
        '2026-12-01T11:00:00.000Z',
      ],
      true,
    ],
    [
      'the 6th within a day',
      [
        '2026-12-01T07:00:00.000Z',
        '2026-12-01T08:00:00.000Z',
        '2026-12-01T09:00:00.000Z',
        '2026-12-01T10:00:00.000Z',
        '2026-12-01T11:00:00.000Z',
      ],
      false,
    ],
    [
      'the 6th across midnight (a sliding window, not a calendar day)',
      [
        '2026-11-30T22:00:00.000Z',
        '2026-11-30T23:00:00.000Z',
        '2026-11-30T23:30:00.000Z',
        '2026-12-01T00:30:00.000Z',
        '2026-12-01T01:00:00.000Z',
      ],
      false,
    ],
    [
      'one more once the oldest is exactly 24 hours old',
      [
        '2026-11-30T12:00:00.000Z',
        '2026-12-01T08:00:00.000Z',
        '2026-12-01T09:00:00.000Z',
        '2026-12-01T10:00:00.000Z',
        '2026-12-01T11:00:00.000Z',
      ],
      true,
    ],
    [
      'one more when all earlier ones are older than a day',
      [
        '2026-11-29T12:00:00.000Z',
        '2026-11-30T01:00:00.000Z',
        '2026-11-30T02:00:00.000Z',
        '2026-11-30T03:00:00.000Z',
        '2026-11-30T04:00:00.000Z',
      ],
      true,
    ],
  ])('admits %s: %s', (_, sentAt, admitted) => {
    expect(admitAcknowledgement(sentAt, now, limits).admitted).toBe(admitted);
  });

  it('keeps only the entries still counted, this one last, and expires with the newest', () => {
    const admission = admitAcknowledgement(
      ['2026-12-01T09:00:00.000Z', '2026-11-29T12:00:00.000Z', '2026-12-01T08:00:00.000Z'],
      now,
      limits,
    );

    expect(admission).toEqual({
      admitted: true,
      sentAt: ['2026-12-01T08:00:00.000Z', '2026-12-01T09:00:00.000Z', '2026-12-01T12:00:00.000Z'],
      expiresAt: '2026-12-02T12:00:00.000Z',
    });
  });

  it.each([
    [1, 1, ['2026-12-01T11:30:00.000Z'], false],
    [1, 1, ['2026-12-01T10:30:00.000Z'], true],
    [2, 48, ['2026-11-30T13:00:00.000Z'], true],
    [2, 48, ['2026-11-30T13:00:00.000Z', '2026-11-29T13:00:00.000Z'], false],
  ])(
    'follows the configuration: %i per %i hours after %j admits: %s',
    (perRecipient, hours, sentAt, admitted) => {
      const configured = { acknowledgementsPerRecipient: perRecipient, acknowledgementWindowHours: hours };

      expect(admitAcknowledgement(sentAt, now, configured).admitted).toBe(admitted);
    },
  );
});
