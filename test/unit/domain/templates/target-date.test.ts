import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../domain/case-model.ts';
import { intakeDeadline } from '../../../../domain/intake/submit-request.ts';
import { templateValues } from '../../../../domain/notifications/template-values.ts';
import type { Language } from '../../../../domain/request-types.ts';
import { type TemplateName, templateFor } from '../../../../domain/templates/catalog.ts';
import { renderTemplate } from '../../../../domain/templates/render-template.ts';
import { newCaseFixture } from '../../../helpers/factories.ts';
import { fixtureSettings } from '../../../helpers/fixture-config.ts';

/*
 * Received Wed 26 March 2025 by the NL team: 26 April is King's Day and a Saturday, so the legal
 * limit rolls forward to Monday 28 April; the desk works to, and tells the requester, Friday 25 April.
 */
const team = { country: 'NL', timeZone: 'Europe/Amsterdam' };
const receivedAt = new Date('2025-03-26T10:00:00.000Z');
const deadline = intakeDeadline({ type: 'access' }, team, receivedAt, fixtureSettings.deadlinePolicy);
const record: CaseRecord = {
  ...newCaseFixture({ type: 'access', receivedAt: receivedAt.toISOString() }).record,
  deadline,
};

function text(template: TemplateName, language: Language) {
  return renderTemplate(
    templateFor(template, language),
    templateValues(template, {
      record,
      content: { name: 'Anna de Vries', email: 'anna@example.com', message: 'My data, please.' },
      secrets: { accessToken: 'a'.repeat(43), reason: 'Three systems' },
      params: { months: 1, at: '2025-04-20T08:00:00.000Z', reason: 'due_within_7d' },
      settings: fixtureSettings,
      language,
      now: new Date('2025-04-20T08:00:00.000Z'),
    }),
  ).text;
}

describe('the target date', () => {
  it('is stored with the case beside the legal limit', () => {
    expect({ due: deadline.dueDate, target: deadline.targetDate }).toEqual({
      due: '2025-04-28',
      target: '2025-04-25',
    });
  });

  it.each([
    ['acknowledgement', 'en', 'We will answer by 25 April 2025 at the latest.'],
    ['acknowledgement', 'nl', 'Wij antwoorden uiterlijk op 25 april 2025.'],
  ] as const)('is what the requester is told: %s (%s)', (template, language, sentence) => {
    const rendered = text(template, language);

    expect(rendered).toContain(sentence);
    expect(rendered).not.toMatch(/28 (April|april) 2025/);
  });

  it('is what the assignee is reminded of, beside the legal limit the time left counts to', () => {
    const rendered = text('escalation-reminder', 'en');

    expect(rendered).toContain('Case ');
    expect(rendered).toContain(
      'is to be answered by 25 April 2025. The legal limit is 28 April 2025 at 23:59',
    );
  });
});
