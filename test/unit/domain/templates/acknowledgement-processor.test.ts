import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../domain/case-model.ts';
import { templateValues } from '../../../../domain/notifications/template-values.ts';
import type { Language, RequestType } from '../../../../domain/request-types.ts';
import { templateFor } from '../../../../domain/templates/catalog.ts';
import { renderTemplate } from '../../../../domain/templates/render-template.ts';
import { newCaseFixture } from '../../../helpers/factories.ts';
import { fixtureSettings } from '../../../helpers/fixture-config.ts';

/*
 * The acknowledgement where the group is only a processor (the customer decides: no date the desk
 * cannot keep), and for a processor overview (the Trust Centre from the configuration).
 */
function render(language: Language, overrides: Partial<CaseRecord>) {
  const record = newCaseFixture({
    reference: 'PD-7K3M-Q9XA',
    receivedAt: '2025-01-31T10:00:00.000Z',
    deadline: {
      dueAt: '2025-02-28T22:59:59.999Z',
      dueDate: '2025-02-28',
      rolledForwardFrom: null,
      clockStartedAt: '2025-01-31T10:00:00.000Z',
      basis: 'gdpr_month',
      originalDueAt: '2025-02-28T22:59:59.999Z',
      extendedMonths: 0,
      country: 'NL',
      timeZone: 'Europe/Amsterdam',
    },
    ...overrides,
  }).record;
  return renderTemplate(
    templateFor('acknowledgement', language),
    templateValues('acknowledgement', {
      record,
      content: { name: 'Sofie Jacobs', email: 'sofie@example.com', message: 'A question.' },
      secrets: { accessToken: 'access-token-123' },
      params: {},
      settings: fixtureSettings,
      language,
      now: new Date(record.receivedAt),
    }),
  );
}

const processorCase = (type: RequestType): Partial<CaseRecord> => ({
  type,
  service: 'payroll-cloud',
  relationship: 'customer_user',
  controllerIsCustomer: true,
});

describe('the acknowledgement of a request about a processor service', () => {
  it.each<[Language, string]>([
    ['en', 'That customer is the controller of your data: it decides about your request and answers it.'],
    ['en', 'Because the customer decides, we cannot promise you a date for its answer'],
    ['nl', 'Die klant is de verwerkingsverantwoordelijke voor uw gegevens: de klant beslist over uw verzoek'],
    ['nl', 'Omdat de klant beslist, kunnen wij u geen datum voor het antwoord toezeggen'],
  ])('(%s) says: %s', (language, expected) => {
    expect(render(language, processorCase('access')).text).toContain(expected);
  });

  it.each<[Language, string]>([
    ['en', '28 February 2025'],
    ['nl', '28 februari 2025'],
  ])('(%s) promises no due date (%s)', (language, dueDate) => {
    expect(render(language, processorCase('access')).text).not.toContain(dueDate);
  });

  it.each<[Language, string]>([
    ['en', 'We will answer by 28 February 2025 at the latest.'],
    ['nl', 'Wij antwoorden uiterlijk op 28 februari 2025.'],
  ])('(%s) where the group is the controller, still gives the date', (language, expected) => {
    expect(render(language, { type: 'access', controllerIsCustomer: false }).text).toContain(expected);
  });
});

describe('the acknowledgement of a processor overview request', () => {
  it.each<[Language, string]>([
    [
      'en',
      'The current overview of our subprocessors is published in our Trust Centre:\nhttps://www.example.org/trust-centre',
    ],
    [
      'nl',
      'Het actuele overzicht van onze subverwerkers staat in ons Trust Centre:\nhttps://www.example.org/trust-centre',
    ],
  ])('(%s) points to the Trust Centre of the configuration', (language, expected) => {
    const { text, html } = render(language, { type: 'processor_info', controllerIsCustomer: false });

    expect({
      text: text.includes(expected),
      link: html.includes('<a href="https://www.example.org/trust-centre">'),
    }).toEqual({
      text: true,
      link: true,
    });
  });

  it('names no Trust Centre for other types', () => {
    expect(render('en', { type: 'access', controllerIsCustomer: false }).text).not.toContain('Trust Centre');
  });

  it('names no Trust Centre when the configuration has none', () => {
    const { trustCentreUrl: _, ...config } = fixtureSettings.config;
    const record = newCaseFixture({ type: 'processor_info' }).record;
    const { text } = renderTemplate(
      templateFor('acknowledgement', 'en'),
      templateValues('acknowledgement', {
        record,
        content: { name: 'Sofie Jacobs', email: 'sofie@example.com', message: 'A question.' },
        secrets: { accessToken: 'access-token-123' },
        params: {},
        settings: { ...fixtureSettings, config },
        language: 'en',
        now: new Date(record.receivedAt),
      }),
    );
    expect(text).not.toContain('Trust Centre');
  });
});

describe('the acknowledgement of a marketing opt-out', () => {
  // The opt-out is applied by routing seconds later and confirmed in its own email: the
  // acknowledgement must not announce a representative and an answer date.
  it.each<[Language, string, string]>([
    ['en', 'We will answer by', 'You will receive a separate email confirming what we have done'],
    [
      'nl',
      'Wij antwoorden uiterlijk op',
      'U ontvangt een aparte e-mail waarin wij bevestigen wat wij hebben gedaan',
    ],
    ['nb', 'Du får svar fra oss senest', 'Du får en egen e-post som bekrefter hva vi har gjort'],
    ['sv', 'Du får svar från oss senast', 'Du får ett separat mejl som bekräftar vad vi har gjort'],
    ['da', 'Du får svar fra os senest', 'Du modtager en separat e-mail, der bekræfter, hvad vi har gjort'],
    [
      'fi',
      'Vastaamme sinulle viimeistään',
      'Saat erillisen sähköpostiviestin, jossa vahvistamme, mitä olemme tehneet',
    ],
  ])('(%s) announces the confirmation instead of an answer date', (language, answerDate, confirmation) => {
    const { text } = render(language, { type: 'marketing_opt_out', controllerIsCustomer: false });
    expect({ answerDate: text.includes(answerDate), confirmation: text.includes(confirmation) }).toEqual({
      answerDate: false,
      confirmation: true,
    });
    // Other types keep the answer date.
    expect(render(language, { type: 'access', controllerIsCustomer: false }).text).toContain(answerDate);
  });
});
