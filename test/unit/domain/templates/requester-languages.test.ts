import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../domain/case-model.ts';
import { templateValues } from '../../../../domain/notifications/template-values.ts';
import type { Language } from '../../../../domain/request-types.ts';
import { type TemplateName, templateFor } from '../../../../domain/templates/catalog.ts';
import { renderTemplate } from '../../../../domain/templates/render-template.ts';
import { formatDate } from '../../../../domain/templates/type-labels.ts';
import { newCaseFixture } from '../../../helpers/factories.ts';
import { fixtureSettings } from '../../../helpers/fixture-config.ts';

/*
 * The acknowledgement, the Art. 12(3) extension notice and the Art. 12(4) refusal notice as a
 * Norwegian, Swedish, Danish and Finnish requester reads them: in the language stored on the case,
 * with the authority of their country, the right to go to court, the DPO by the title of that
 * language's GDPR text, and dates written the way the language writes them.
 */

const fixture = newCaseFixture({
  type: 'erasure',
  reference: 'PD-7K3M-Q9XA',
  receivedAt: '2026-10-30T09:00:00.000Z',
}).record;
const content = { name: 'Anna Berg', email: 'anna@example.com', message: 'Slett opplysningene mine.' };
const REASON = 'Three systems have to be searched by hand.';

function render(
  template: TemplateName,
  language: Language,
  country: string,
  params: Record<string, string | number | boolean> = {},
  deadline: Partial<CaseRecord['deadline']> = {},
) {
  const record: CaseRecord = {
    ...fixture,
    language,
    country,
    deadline: {
      ...fixture.deadline,
      originalDueAt: '2026-11-30T22:59:59.999Z',
      dueAt: '2026-11-30T22:59:59.999Z',
      timeZone: 'Europe/Oslo',
      ...deadline,
    },
  };
  return renderTemplate(
    templateFor(template, language),
    templateValues(template, {
      record,
      content,
      secrets: { reason: REASON, accessToken: 'a'.repeat(43), verificationToken: 'b'.repeat(43) },
      params,
      settings: fixtureSettings,
      language,
      now: new Date(fixture.receivedAt),
    }),
  );
}

const extended = { dueAt: '2027-01-29T22:59:59.999Z', extendedMonths: 2 as const };

describe('dates in each language', () => {
  it.each([
    ['nb', '30. november 2026'],
    ['da', '30. november 2026'],
    ['sv', '30 november 2026'],
    ['fi', '30. marraskuuta 2026'],
    ['nl', '30 november 2026'],
    ['en', '30 November 2026'],
  ] as const)('%s writes %s', (language, expected) => {
    expect(formatDate('2026-11-30T22:59:59.999Z', language, 'Europe/Oslo')).toBe(expected);
  });
});

const LANGUAGES_OF_THE_NORTH = [
  {
    language: 'nb',
    country: 'NO',
    acknowledgement: {
      subject: '[PD-7K3M-Q9XA] Vi har mottatt din anmodning om sletting',
      present: [
        'Hei Anna Berg,',
        'Vi mottok din anmodning om sletting den 30. oktober 2026. Saksnummeret ditt er PD-7K3M-Q9XA.',
        'Du får svar fra oss senest 30. november 2026.',
        'http://localhost:3000/requests/verify?token=',
        'Vennlig hilsen\nPersonvernteamet',
        'Personvernombud: Maria Hauge, dpo@example.org',
      ],
    },
    extension: [
      'Fristen for å svare deg var 30. november 2026.',
      'Etter personvernforordningen artikkel 12 nr. 3 forlenger vi denne fristen med 2 måneder.',
      'Du får svar fra oss senest 29. januar 2027.',
      `Begrunnelsen for forlengelsen:\n${REASON}`,
      'Du har også rett til å klage til en tilsynsmyndighet for personvern, for eksempel Datatilsynet, https://www.datatilsynet.no.',
    ],
    refusal: [
      'Vi har besluttet ikke å iverksette tiltak på bakgrunn av din anmodning om sletting (sak PD-7K3M-Q9XA), som vi mottok den 30. oktober 2026.',
      `Begrunnelsen:\n${REASON}`,
      'Du har rett til å klage til tilsynsmyndigheten i landet ditt: Datatilsynet, https://www.datatilsynet.no.',
      'Du har også rett til å bringe saken inn for domstolene.',
    ],
    courtRouteNl: [
      'Autoriteit Persoonsgegevens',
      'I Nederland gjør du det ved å sende en begjæring (verzoekschrift) til tingretten (rechtbank) innen seks uker',
      'UAVG',
    ],
  },
  {
    language: 'sv',
    country: 'SE',
    acknowledgement: {
      subject: '[PD-7K3M-Q9XA] Vi har tagit emot din begäran om radering',
      present: [
        'Hej Anna Berg,',
        'Vi tog emot din begäran om radering den 30 oktober 2026. Ditt ärendenummer är PD-7K3M-Q9XA.',
        'Du får svar från oss senast den 30 november 2026.',
        'http://localhost:3000/requests/verify?token=',
        'Med vänliga hälsningar\nDataskyddsteamet',
        'Dataskyddsombud: Maria Hauge, dpo@example.org',
      ],
    },
    extension: [
      'Vi skulle ha svarat dig senast den 30 november 2026.',
      'Med stöd av artikel 12.3 i dataskyddsförordningen förlänger vi den tidsfristen med 2 månader.',
      'Du får svar från oss senast den 29 januari 2027.',
      `Skälen till förlängningen:\n${REASON}`,
      'Du har också rätt att lämna in ett klagomål till en tillsynsmyndighet, till exempel Integritetsskyddsmyndigheten (IMY), https://www.imy.se.',
    ],
    refusal: [
      'Vi har beslutat att inte vidta några åtgärder med anledning av din begäran om radering (ärende PD-7K3M-Q9XA), som vi tog emot den 30 oktober 2026.',
      `Skälen till beslutet:\n${REASON}`,
      'Du har rätt att lämna in ett klagomål till tillsynsmyndigheten i ditt land: Integritetsskyddsmyndigheten (IMY), https://www.imy.se.',
      'Du har också rätt till ett effektivt rättsmedel, det vill säga att få saken prövad i domstol.',
    ],
    courtRouteNl: [
      'Autoriteit Persoonsgegevens',
      'I Nederländerna gör du det genom att lämna in en ansökan (verzoekschrift) till tingsrätten (rechtbank) inom sex veckor',
      'UAVG',
    ],
  },
  {
    language: 'da',
    country: 'DK',
    acknowledgement: {
      subject: '[PD-7K3M-Q9XA] Vi har modtaget din anmodning om sletning',
      present: [
        'Kære Anna Berg',
        'Vi modtog din anmodning om sletning den 30. oktober 2026. Dit sagsnummer er PD-7K3M-Q9XA.',
        'Du får svar fra os senest den 30. november 2026.',
        'http://localhost:3000/requests/verify?token=',
        'Med venlig hilsen\nDatabeskyttelsesteamet',
        'Databeskyttelsesrådgiver: Maria Hauge, dpo@example.org',
      ],
    },
    extension: [
      'Fristen for vores svar var den 30. november 2026.',
      'I medfør af databeskyttelsesforordningens artikel 12, stk. 3, forlænger vi denne frist med 2 måneder.',
      'Du får svar fra os senest den 29. januar 2027.',
      `Begrundelsen for forlængelsen:\n${REASON}`,
      'Du har også ret til at indgive en klage til en tilsynsmyndighed, for eksempel Datatilsynet, https://www.datatilsynet.dk.',
    ],
    refusal: [
      'Vi har besluttet ikke at træffe foranstaltninger på grundlag af din anmodning om sletning (sag PD-7K3M-Q9XA), som vi modtog den 30. oktober 2026.',
      `Begrundelsen:\n${REASON}`,
      'Du har ret til at indgive en klage til tilsynsmyndigheden i dit land: Datatilsynet, https://www.datatilsynet.dk.',
      'Du har også ret til at indbringe sagen for domstolene.',
    ],
    courtRouteNl: [
      'Autoriteit Persoonsgegevens',
      'I Nederlandene gør du det ved at indgive et andragende (verzoekschrift) til byretten (rechtbank) senest seks uger',
      'UAVG',
    ],
  },
  {
    language: 'fi',
    country: 'FI',
    acknowledgement: {
      subject: '[PD-7K3M-Q9XA] Yhteydenottosi on vastaanotettu: pyyntö tietojen poistamiseksi',
      present: [
        'Hei Anna Berg,',
        'Olemme vastaanottaneet sen 30. lokakuuta 2026.',
        'Asia: pyyntö tietojen poistamiseksi\nAsianumero: PD-7K3M-Q9XA',
        'Vastaamme sinulle viimeistään 30. marraskuuta 2026.',
        'http://localhost:3000/requests/verify?token=',
        'Ystävällisin terveisin\nTietosuojatiimi',
        'Tietosuojavastaava: Maria Hauge, dpo@example.org',
      ],
    },
    extension: [
      'Meidän olisi pitänyt vastata sinulle viimeistään 30. marraskuuta 2026.',
      'Jatkamme tietosuoja-asetuksen 12 artiklan 3 kohdan nojalla tätä määräaikaa 2 kuukaudella.',
      'Vastaamme sinulle viimeistään 29. tammikuuta 2027.',
      `Määräajan jatkamisen syy:\n${REASON}`,
      'Sinulla on myös oikeus tehdä valitus valvontaviranomaiselle. Tällainen viranomainen on esimerkiksi Tietosuojavaltuutetun toimisto, https://tietosuoja.fi.',
    ],
    refusal: [
      'Olemme päättäneet olla ryhtymättä toimenpiteisiin pyyntösi perusteella (asia: pyyntö tietojen poistamiseksi, asianumero PD-7K3M-Q9XA, vastaanotettu 30. lokakuuta 2026).',
      `Perustelut:\n${REASON}`,
      'Sinulla on oikeus tehdä valitus oman maasi valvontaviranomaiselle, joka on Tietosuojavaltuutetun toimisto, https://tietosuoja.fi.',
      'Sinulla on myös oikeus saattaa asia tuomioistuimen käsiteltäväksi.',
    ],
    courtRouteNl: [
      'Autoriteit Persoonsgegevens',
      'Alankomaissa tämä tehdään jättämällä hakemus (verzoekschrift) käräjäoikeudelle (rechtbank) kuuden viikon kuluessa',
      'UAVG',
    ],
  },
] as const;

/** Words that give away an English (or Dutch) sentence left in a translated email. */
const FOREIGN = /\b(Dear|Kind regards|request|received|Beste|verzoek|ontvangen)\b/;

describe.each(LANGUAGES_OF_THE_NORTH)('a requester writing in $language from $country', (expected) => {
  const { language, country } = expected;

  it('gets the acknowledgement in the language of the case', () => {
    const { subject, text } = render('acknowledgement', language, country);

    expect(subject).toBe(expected.acknowledgement.subject);
    for (const phrase of expected.acknowledgement.present) expect(text).toContain(phrase);
    expect(text).not.toMatch(FOREIGN);
  });

  it('is told of the Art. 12(3) extension, its reasons and the new date', () => {
    const { text } = render('extension-notice', language, country, { months: 2 }, extended);

    for (const phrase of expected.extension) expect(text).toContain(phrase);
    expect(text).not.toMatch(FOREIGN);
  });

  it('is told of the Art. 12(4) refusal, the authority of their country and the right to go to court', () => {
    const { text, html } = render('refusal-notice', language, country, { outcome: 'refused' });

    for (const phrase of expected.refusal) expect(text).toContain(phrase);
    expect(text).not.toMatch(/verzoekschrift|UAVG|Autoriteit Persoonsgegevens/);
    expect(text).not.toMatch(FOREIGN);
    expect(html).toMatch(/<a href="https:\/\/[^"]+">https:\/\/[^<]+<\/a>/);
  });

  it('living in the Netherlands, reads the Dutch court route in their language, Dutch terms in brackets', () => {
    const { text } = render('refusal-notice', language, 'NL', { outcome: 'refused' });

    for (const phrase of expected.courtRouteNl) expect(text).toContain(phrase);
  });
});

describe('the extension notice counts its months in each language', () => {
  it.each([
    ['nb', 'med 1 måned.'],
    ['sv', 'med 1 månad.'],
    ['da', 'med 1 måned.'],
    ['fi', 'määräaikaa 1 kuukaudella.'],
  ] as const)('%s: %s', (language, phrase) => {
    const { text } = render('extension-notice', language, 'NO', { months: 1 }, extended);

    expect(text).toContain(phrase);
  });
});
