import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../domain/case-model.ts';
import { templateValues } from '../../../../domain/notifications/template-values.ts';
import type { Language } from '../../../../domain/request-types.ts';
import { templateFor } from '../../../../domain/templates/catalog.ts';
import { renderTemplate } from '../../../../domain/templates/render-template.ts';
import { newCaseFixture } from '../../../helpers/factories.ts';
import { fixtureSettings } from '../../../helpers/fixture-config.ts';

/*
 * The opt-out confirmation promises what the desk controls (its list, at once) and, for the
 * marketing systems, the configured working days with the case's due date: received Friday
 * 28 November 2025, closed the same minute, two working days: Tuesday 2 December.
 */
const record: CaseRecord = newCaseFixture({
  reference: 'PD-7K3M-Q9XA',
  type: 'marketing_opt_out',
  status: 'closed',
  receivedAt: '2025-11-28T10:00:00.000Z',
  closedAt: '2025-11-28T10:00:02.000Z',
  deadline: {
    dueAt: '2025-12-02T22:59:59.999Z',
    dueDate: '2025-12-02',
    rolledForwardFrom: null,
    clockStartedAt: '2025-11-28T10:00:00.000Z',
    basis: 'working_days',
    originalDueAt: '2025-12-02T22:59:59.999Z',
    extendedMonths: 0,
    country: 'NL',
    timeZone: 'Europe/Amsterdam',
  },
}).record;

function render(language: Language) {
  return renderTemplate(
    templateFor('opt-out-confirmed', language),
    templateValues('opt-out-confirmed', {
      record,
      content: { name: 'Sofie Jacobs', email: 'sofie@example.com', message: 'Stop.' },
      secrets: {},
      params: {},
      settings: fixtureSettings,
      language,
      recipient: { role: 'requester' },
      now: new Date('2025-11-28T10:00:05.000Z'),
    }),
  );
}

describe('opt-out-confirmed', () => {
  it.each<[Language, string, string]>([
    ['en', 'subject', '[PD-7K3M-Q9XA] Your marketing opt-out has been recorded'],
    ['en', 'text', 'Your email address has been on our marketing suppression list since 28 November 2025.'],
    [
      'en',
      'text',
      'Within 2 working days, by 2 December 2025 at the latest, they will stop sending you marketing email and stop using your data for marketing profiling.',
    ],
    ['en', 'text', 'A marketing message that was already on its way may still reach you until then.'],
    ['nl', 'subject', '[PD-7K3M-Q9XA] Uw afmelding voor marketing is vastgelegd'],
    [
      'nl',
      'text',
      'Uw e-mailadres staat sinds 28 november 2025 op onze lijst van adressen die geen marketing meer ontvangen.',
    ],
    [
      'nl',
      'text',
      'Binnen 2 werkdagen, uiterlijk op 2 december 2025, sturen die u geen marketing-e-mail meer',
    ],
    ['nl', 'text', 'Een marketingbericht dat al onderweg was, kan u tot dan nog bereiken.'],
  ])('(%s) %s says: %s', (language, part, expected) => {
    expect(render(language)[part as 'subject' | 'text']).toContain(expected);
  });

  it.each<[Language, RegExp]>([
    ['en', /will no longer|immediately|with immediate effect/i],
    ['nl', /per direct|onmiddellijk|geen marketing meer van ons/i],
  ])('(%s) promises nothing at once beyond the desk’s own list', (language, overpromise) => {
    expect(render(language).text).not.toMatch(overpromise);
  });
});
