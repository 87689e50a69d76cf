import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../domain/case-model.ts';
import { templateValues } from '../../../../domain/notifications/template-values.ts';
import type { Language } from '../../../../domain/request-types.ts';
import { type TemplateName, templateFor } from '../../../../domain/templates/catalog.ts';
import { renderTemplate } from '../../../../domain/templates/render-template.ts';
import { newCaseFixture } from '../../../helpers/factories.ts';
import { fixtureSettings } from '../../../helpers/fixture-config.ts';

/*
 * Art. 12(4) notices as the requester reads them: the authority of THEIR country (from the
 * configuration), the right to a court, and for the Netherlands the court route of art. 35 UAVG.
 */

const base = newCaseFixture({
  type: 'erasure',
  reference: 'PD-7K3M-Q9XA',
  receivedAt: '2026-11-03T10:00:00.000Z',
}).record;
const content = { name: 'Anna de Vries', email: 'anna@example.com', message: 'Delete my data.' };

function render(
  template: TemplateName,
  language: Language,
  country: string,
  params: Record<string, string | number | boolean> = {},
) {
  const record: CaseRecord = { ...base, country, language };
  return renderTemplate(
    templateFor(template, language),
    templateValues(template, {
      record,
      content,
      secrets: {
        reason: 'We must keep invoices for seven years (tax law).',
        accessToken: 'a'.repeat(43),
        verificationToken: 'b'.repeat(43),
      },
      params,
      settings: fixtureSettings,
      language,
      now: new Date(record.receivedAt),
    }),
  );
}

const UAVG_NL = [
  'verzoekschrift in te dienen bij de rechtbank',
  'binnen zes weken',
  'artikel 35 van de Uitvoeringswet Algemene verordening gegevensbescherming',
];
const UAVG_EN = ['petition (verzoekschrift) with the district court (rechtbank)', 'within six weeks', 'UAVG'];

describe('the refusal notice names the authority of the requester’s country', () => {
  it.each([
    {
      language: 'nl',
      country: 'NL',
      present: [
        'De redenen:',
        'We must keep invoices for seven years (tax law).',
        'de toezichthoudende autoriteit van uw land: Autoriteit Persoonsgegevens, https://www.autoriteitpersoonsgegevens.nl.',
        'het recht om naar de rechter te stappen',
        ...UAVG_NL,
      ],
      absent: ['IMY'],
    },
    {
      language: 'en',
      country: 'NL',
      present: ['Autoriteit Persoonsgegevens, https://www.autoriteitpersoonsgegevens.nl.', ...UAVG_EN],
      absent: ['IMY'],
    },
    {
      language: 'en',
      country: 'SE',
      present: [
        'The reasons:',
        'the data protection authority of your country: Integritetsskyddsmyndigheten (IMY), https://www.imy.se.',
        'the right to seek a judicial remedy before a court.',
      ],
      absent: ['Autoriteit Persoonsgegevens', 'verzoekschrift', 'UAVG'],
    },
    {
      language: 'nl',
      country: 'SE',
      present: ['Integritetsskyddsmyndigheten (IMY), https://www.imy.se.', 'naar de rechter te stappen.'],
      absent: ['Autoriteit Persoonsgegevens', 'verzoekschrift'],
    },
    {
      language: 'nl',
      country: 'BE',
      present: ['Gegevensbeschermingsautoriteit / Autorité de protection des données'],
      absent: ['Autoriteit Persoonsgegevens', 'verzoekschrift'],
    },
    {
      language: 'en',
      country: 'FI',
      present: ['Tietosuojavaltuutetun toimisto, https://tietosuoja.fi.'],
      absent: ['verzoekschrift'],
    },
    {
      language: 'en',
      country: 'DE',
      present: [
        'a data protection authority, in particular in the country where you live or work',
        'or with Datatilsynet (Norway), https://www.datatilsynet.no.',
      ],
      absent: ['Autoriteit Persoonsgegevens', 'verzoekschrift'],
    },
  ] as const)('$country requester in $language', ({ language, country, present, absent }) => {
    const { text } = render('refusal-notice', language, country, { outcome: 'refused' });

    for (const phrase of present) expect(text).toContain(phrase);
    for (const phrase of absent) expect(text).not.toContain(phrase);
  });

  it.each([
    ['en', 'in part only.', 'What we have not done, and why:'],
    ['nl', 'gedeeltelijk uitgevoerd.', 'Wat wij niet hebben gedaan, en waarom:'],
  ] as const)(
    'a partial fulfilment (%s) says what was not done, with the same rights',
    (language, ...phrases) => {
      const { text } = render('refusal-notice', language, 'NL', { outcome: 'partially_fulfilled' });

      for (const phrase of phrases) expect(text).toContain(phrase);
      expect(text).toContain('Autoriteit Persoonsgegevens');
      expect(text).not.toMatch(/decided not to act|besloten geen gevolg/);
    },
  );

  it('links the authority in the HTML part', () => {
    const { html } = render('refusal-notice', 'en', 'SE', { outcome: 'refused' });

    expect(html).toContain('<a href="https://www.imy.se">https://www.imy.se</a>');
  });
});

describe('closing an unverified request is an outcome short of fulfilment', () => {
  it.each([
    ['nl', 'NL', ['Autoriteit Persoonsgegevens', ...UAVG_NL, 'artikel 12, lid 6']],
    ['en', 'SE', ['Integritetsskyddsmyndigheten (IMY)', 'judicial remedy', 'Article 12(6)']],
  ] as const)(
    'the notice (%s, %s requester) gives the reason and the rights',
    (language, country, phrases) => {
      const { text } = render('closed-unverified', language, country);

      for (const phrase of phrases) expect(text).toContain(phrase);
    },
  );
});

describe('requester emails name the controller and the DPO, once', () => {
  const requesterTemplates = [
    ['acknowledgement', 'en'],
    ['acknowledgement', 'nl'],
    ['refusal-notice', 'en'],
    ['refusal-notice', 'nl'],
    ['case-closed', 'en'],
    ['case-closed', 'nl'],
    ['extension-notice', 'nl'],
    ['closed-unverified', 'en'],
    ['verification-reminder', 'nl'],
    ['staff-reply', 'en'],
    ['staff-reply', 'nl'],
  ] as const;

  it.each(requesterTemplates)('%s (%s)', (template, language) => {
    const { text } = render(template, language, 'NL', { outcome: 'fulfilled', months: 2 });

    const controller = 'Example Software Group, Karenslyst allé 56, 0277 Oslo, Norway, +47 46 40 40 00';
    expect(text.split(controller)).toHaveLength(2);
    expect(text.split('Maria Hauge, dpo@example.org')).toHaveLength(2);
  });
});
