import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../../../domain/templates/type-labels.ts';

// The formatters are cached per locale, style and zone: each call must still get its own.
describe('formatDate and formatDateTime with cached formatters', () => {
  const instant = '2025-02-28T23:30:00.000Z';

  it('formats each zone and language as asked, interleaved', () => {
    expect(formatDate(instant, 'en', 'Europe/Amsterdam')).toBe('1 March 2025');
    expect(formatDate(instant, 'en', 'UTC')).toBe('28 February 2025');
    expect(formatDate(instant, 'nl', 'Europe/Amsterdam')).toBe('1 maart 2025');
    expect(formatDate(instant, 'en', 'Europe/Amsterdam')).toBe('1 March 2025');
    expect(formatDate(new Date(instant), 'nl', 'UTC')).toBe('28 februari 2025');
  });

  it('keeps the date-time style apart from the date style for the same zone', () => {
    expect(formatDateTime(instant, 'en', 'UTC')).toBe('28 February 2025 at 23:30 UTC');
    expect(formatDate(instant, 'en', 'UTC')).toBe('28 February 2025');
    expect(formatDateTime(instant, 'en', 'Europe/Amsterdam')).toBe('1 March 2025 at 00:30 CET');
  });
});
