import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../domain/request-types.ts';
import { repositoryRoot } from '../../local/settings.ts';
import { PAGE_CATALOGUES } from '../../web/i18n/catalogues.ts';
import { axeViolations, launchChromium, screenshotFolder } from '../helpers/browser.ts';
import { validSubmission } from '../helpers/factories.ts';
import { storedLanguage } from '../helpers/intake.ts';
import { type SentEmail, sentEmailsTo } from '../helpers/ses-store.ts';
import { eventually, startTestDesk, type TestDesk } from '../helpers/test-desk.ts';

/*
 * The requester's side in a real browser: Debian's chromium driven by playwright-core (never a
 * downloaded browser), against the local runtime with the form served as `npm start` serves it.
 * One browser for the file; axe-core checks every page in every language.
 */

// The callbacks given to evaluate() run in the page; this project compiles without DOM types.
interface PageElement {
  readonly id: string;
  readonly hidden: boolean;
  readonly textContent: string | null;
  removeAttribute(name: string): void;
}
declare const document: { readonly activeElement: PageElement | null };
declare const window: Record<string, unknown>;
declare function getComputedStyle(element: PageElement): { readonly outlineStyle: string };

const SCREENSHOTS = screenshotFolder();

let desk: TestDesk;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const origins = new Set<string>();

beforeAll(async () => {
  desk = await startTestDesk({ webForm: true });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 900, height: 1000 } });
  context.on('request', (request) => origins.add(new URL(request.url()).origin));
  page = await context.newPage();
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await desk?.stop();
});

/** Links in emails name `localhost`; the gateway listens on 127.0.0.1 only. */
const local = (url: string) => url.replace('//localhost:', '//127.0.0.1:');

function linkIn(email: SentEmail, pattern: RegExp): string {
  const match = email.body.text?.match(pattern);
  if (!match) throw new Error(`no link matching ${pattern} in "${email.subject}"`);
  return local(match[0]);
}

async function acknowledgementTo(address: string): Promise<SentEmail> {
  return eventually(async () => (await sentEmailsTo(desk, address))[0], 15_000);
}

/** Fills the form for an access request as a person would, by the fields' labels. */
async function fillAccessRequest(target: Page, email: string, language: Language) {
  const text = PAGE_CATALOGUES[language];
  await target.getByLabel(text['type.access.label']).check();
  await target.getByLabel(text['field.name']).fill('Sanne Bakker');
  await target.getByLabel(text['field.email']).fill(email);
  await target.getByLabel(text['field.relationship']).selectOption('customer_user');
  await target
    .getByLabel(text['field.message'])
    .fill('Graag een kopie van alle gegevens die u over mij heeft.');
}

/** Submits and downloads the export from the status page; returns the exported case. */
async function downloadExport(target: Page): Promise<{ case: { reference: string; language: string } }> {
  const [download] = await Promise.all([
    target.waitForEvent('download'),
    target.locator('a.download').click(),
  ]);
  return JSON.parse(readFileSync((await download.path())!, 'utf8'));
}

describe('an access request in a real browser', () => {
  // The first test loads every handler once (a cold start each): it may take longer.
  it('in Dutch: sent from /nl/, confirmed, acknowledged, verified, followed and exported', {
    timeout: 60_000,
  }, async () => {
    const email = validSubmission().email;
    const keys: string[] = [];
    const recordKey = (request: import('playwright-core').Request) => {
      if (request.method() === 'POST') keys.push(request.headers()['idempotency-key'] ?? '');
    };
    page.on('request', recordKey);
    await page.goto(`${desk.api}/nl/`);
    await fillAccessRequest(page, email, 'nl');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'form-nl.png'), fullPage: true });

    await page.getByRole('button', { name: 'Verzoek versturen' }).click();
    const title = page.getByRole('heading', { level: 1, name: 'Bedankt, wij hebben uw verzoek ontvangen' });
    await title.waitFor();
    const focused = await title.evaluate((element) => element === document.activeElement);
    const reference = (await page.locator('#confirmation .reference').textContent()) ?? '';
    const confirmation = (await page.locator('#confirmation').textContent()) ?? '';
    await page.screenshot({ path: path.join(SCREENSHOTS, 'confirmation-nl.png'), fullPage: true });
    const statusUrl = local(
      (await page.getByRole('link', { name: 'statuspagina' }).getAttribute('href')) ?? '',
    );

    const acknowledgement = await acknowledgementTo(email);
    await page.goto(linkIn(acknowledgement, /http:\/\/\S+\/requests\/verify\?token=\S+/));
    const verified = await page.locator('h1').textContent();
    await page.goto(statusUrl);
    const status = (await page.locator('main').textContent()) ?? '';
    await page.screenshot({ path: path.join(SCREENSHOTS, 'status-nl.png'), fullPage: true });
    const exported = await downloadExport(page);
    page.off('request', recordKey);

    expect({
      reference: /^PD-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(reference),
      focused,
      dueInWords: /Wij antwoorden uiterlijk op \d{1,2} [a-z]+ \d{4}\./.test(confirmation),
      nextStep: confirmation.includes('Open de link daarin om uw e-mailadres te bevestigen'),
      oneKey: keys.length === 1 && keys[0]!.length >= 32,
      acknowledged:
        acknowledgement.subject ===
          `[${reference}] Wij hebben uw verzoek om inzage in uw gegevens ontvangen` &&
        acknowledgement.body.text?.includes(`/requests/${reference}?token=`),
      storedLanguage: await storedLanguage(desk, reference),
      verified,
      status: [`Uw verzoek ${reference}`, 'Recht op inzage', 'Berichten die wij u stuurden'].filter(
        (part) => !status.includes(part),
      ),
      exported: exported.case,
    }).toEqual({
      reference: true,
      focused: true,
      dueInWords: true,
      nextStep: true,
      oneKey: true,
      acknowledged: true,
      storedLanguage: 'nl',
      verified: 'Bedankt, uw e-mailadres is bevestigd',
      status: [],
      exported: expect.objectContaining({ reference, language: 'nl' }),
    });
  });

  it('in Swedish through Accept-Language: the page at / and the case are Swedish', async () => {
    const swedish = await browser.newContext({
      extraHTTPHeaders: { 'accept-language': 'sv-SE,sv;q=0.9,en;q=0.5' },
    });
    const sv = await swedish.newPage();
    try {
      const email = validSubmission().email;
      await sv.goto(`${desk.api}/`);
      const lang = await sv.locator('html').getAttribute('lang');
      const country = await sv.getByLabel('Land där du bor').inputValue();
      await fillAccessRequest(sv, email, 'sv');
      await sv.getByRole('button', { name: 'Skicka' }).click();
      await sv.getByRole('heading', { level: 1, name: 'Tack, vi har tagit emot ditt ärende' }).waitFor();
      const reference = (await sv.locator('#confirmation .reference').textContent()) ?? '';
      const statusUrl = local(
        (await sv.getByRole('link', { name: 'statussidan' }).getAttribute('href')) ?? '',
      );

      const acknowledgement = await acknowledgementTo(email);
      await sv.goto(linkIn(acknowledgement, /http:\/\/\S+\/requests\/verify\?token=\S+/));
      const verified = await sv.locator('h1').textContent();
      await sv.goto(statusUrl);
      const heading = await sv.locator('h1').textContent();
      const exported = await downloadExport(sv);

      expect({
        lang,
        country,
        storedLanguage: await storedLanguage(desk, reference),
        acknowledged: acknowledgement.subject,
        verified,
        heading,
        exported: exported.case.reference,
      }).toEqual({
        lang: 'sv',
        country: 'SE',
        storedLanguage: 'sv',
        acknowledged: `[${reference}] Vi har tagit emot din begäran om tillgång till dina personuppgifter`,
        verified: 'Tack, din e-postadress är bekräftad',
        heading: `Ditt ärende ${reference}`,
        exported: reference,
      });
    } finally {
      await swedish.close();
    }
  });
});

describe('errors, keyboard and no JavaScript', () => {
  it('shows each error at its field, with focus on the summary, and only the fields a type needs', async () => {
    await page.goto(`${desk.api}/en/`);
    await page.getByRole('button', { name: 'Send request' }).click();
    const summary = page.locator('#error-summary');
    await summary.waitFor();
    const links = await summary.locator('a').allTextContents();
    const atFields = await page
      .locator('.field-error')
      .evaluateAll((errors) => errors.map((error) => [error.id, error.textContent]));
    const focused = await summary.evaluate((element) => element === document.activeElement);
    await summary.getByRole('link', { name: /^Email address/ }).click();
    const emailFocused = await page
      .locator('#email')
      .evaluate((element) => element === document.activeElement);

    await page.getByLabel('Unsubscribe from marketing and profiling').check();
    const optOutFields = await page
      .locator('[data-types]')
      .evaluateAll((wrappers) =>
        wrappers.map((wrapper) => [wrapper.id, (wrapper as unknown as PageElement).hidden]),
      );
    await page.getByLabel('Right of access').check();
    const accessFields = await page
      .locator('[data-types]')
      .evaluateAll((wrappers) =>
        wrappers.filter((wrapper) => (wrapper as unknown as PageElement).hidden).map((wrapper) => wrapper.id),
      );

    expect({ focused, emailFocused, links, atFields, optOutFields, accessFields }).toEqual({
      focused: true,
      emailFocused: true,
      links: [
        'What would you like to do?: Choose one of the options.',
        'Your name: This field is required.',
        'Email address: This field is required.',
        'You are: Choose one of the options.',
        'Country you live in: Choose one of the options.',
        'Your message: This field is required.',
      ],
      atFields: [
        ['type-error', 'Choose one of the options.'],
        ['name-error', 'This field is required.'],
        ['email-error', 'This field is required.'],
        ['relationship-error', 'Choose one of the options.'],
        ['country-error', 'Choose one of the options.'],
        ['message-error', 'This field is required.'],
      ],
      optOutFields: [
        ['phone-field', true],
        ['company-field', true],
        ['service-field', true],
      ],
      accessFields: [],
    });
  });

  it("shows the server's 400 at the fields without reloading the page", async () => {
    // Fault injection: limits looser than the server's, so the browser sends what the server refuses.
    await page.route('**/static/submission-limits.json', async (route) => {
      const limits = JSON.parse(
        readFileSync(path.join(repositoryRoot, 'web/static/submission-limits.json'), 'utf8'),
      );
      limits.fields.name.maxLength = 1000;
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify(limits) });
    });
    try {
      await page.goto(`${desk.api}/da/`);
      await page.evaluate(() => {
        window.sameView = true;
      });
      await fillAccessRequest(page, validSubmission().email, 'da');
      await page.locator('#name').evaluate((input) => input.removeAttribute('maxlength'));
      await page.getByLabel('Dit navn').fill('x'.repeat(201));
      await page.getByRole('button', { name: 'Send henvendelsen' }).click();
      await page.locator('#name-error').waitFor();

      expect({
        sameView: await page.evaluate(() => window.sameView),
        error: await page.locator('#name-error').textContent(),
        invalid: await page.locator('#name').getAttribute('aria-invalid'),
        button: await page.getByRole('button', { name: 'Send henvendelsen' }).isEnabled(),
        focused: await page
          .locator('#error-summary')
          .evaluate((element) => element === document.activeElement),
      }).toEqual({
        sameView: true,
        error: 'Brug højst 200 tegn.',
        invalid: 'true',
        button: true,
        focused: true,
      });
    } finally {
      await page.unroute('**/static/submission-limits.json');
    }
  });

  it('is sent with the keyboard alone, every control reached in order with a visible focus', async () => {
    await page.goto(`${desk.api}/en/`);
    const reached: string[] = [];
    const outlines: string[] = [];
    const tab = async (times = 1) => {
      for (let i = 0; i < times; i += 1) await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const element = document.activeElement as PageElement;
        return {
          id: element.id || element.textContent || '',
          outline: getComputedStyle(element).outlineStyle,
        };
      });
      reached.push(focus.id);
      outlines.push(focus.outline);
    };
    // Past the six language links to the first request type.
    await tab(7);
    await page.keyboard.press('Space');
    await tab();
    await page.keyboard.type('Kari Nordmann');
    await tab();
    await page.keyboard.type(validSubmission().email);
    await tab(3); // phone and company are optional
    await page.keyboard.type('a user');
    await tab();
    await page.keyboard.type('Norway');
    await tab(3); // the service is optional, the answer stays in English
    await page.keyboard.type('Please send me a copy of my data.');
    await tab(2); // the privacy statement link, then the button
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Thank you, we have received your request' }).waitFor();

    expect({ reached, visibleFocus: outlines.every((outline) => outline === 'solid') }).toEqual({
      reached: ['type-access', 'name', 'email', 'relationship', 'country', 'message', 'send'],
      visibleFocus: true,
    });
  });

  it('works without JavaScript: errors on a page of their own with values kept, then the confirmation', async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await plain.newPage();
    try {
      const email = validSubmission().email;
      await noScript.goto(`${desk.api}/fi/`);
      await noScript.getByLabel('Oikeus saada pääsy tietoihin').check();
      await noScript.getByLabel('Nimesi').fill('Matti Virtanen');
      await noScript.getByLabel('Sähköpostiosoite').fill('matti@');
      await noScript.getByRole('button', { name: 'Lähetä pyyntö' }).click();
      await noScript.locator('#error-summary').waitFor();
      const errorPage = {
        status: noScript.url().endsWith('/requests'),
        lang: await noScript.locator('html').getAttribute('lang'),
        summary: await noScript.locator('#error-summary a').allTextContents(),
        emailError: await noScript.locator('#email-error').textContent(),
        keptName: await noScript.getByLabel('Nimesi').inputValue(),
        keptType: await noScript.getByLabel('Oikeus saada pääsy tietoihin').isChecked(),
      };
      const errorAxe = await auditCopy(await noScript.content());

      await noScript.getByLabel('Sähköpostiosoite').fill(email);
      await noScript.getByLabel('Olet').selectOption('other');
      await noScript.getByLabel('Viestisi').fill('Haluan jäljennöksen tiedoistani.');
      await noScript.getByRole('button', { name: 'Lähetä pyyntö' }).click();
      await noScript
        .getByRole('heading', { level: 1, name: 'Kiitos, olemme vastaanottaneet pyyntösi' })
        .waitFor();
      const reference = await noScript.locator('.reference').textContent();

      expect({ errorPage, errorAxe, stored: await storedLanguage(desk, reference ?? '') }).toEqual({
        errorPage: {
          status: true,
          lang: 'fi',
          summary: [
            'Sähköpostiosoite: Anna sähköpostiosoite muodossa nimi@esimerkki.fi.',
            'Olet: Valitse yksi vaihtoehdoista.',
            'Viestisi: Tämä kenttä on pakollinen.',
          ],
          emailError: 'Anna sähköpostiosoite muodossa nimi@esimerkki.fi.',
          keptName: 'Matti Virtanen',
          keptType: true,
        },
        errorAxe: [],
        stored: 'fi',
      });
    } finally {
      await plain.close();
    }
  });
});

/** A page that ran without JavaScript cannot run axe: its HTML is audited in a page that can. */
async function auditCopy(html: string): Promise<string[]> {
  const copy = await context.newPage();
  try {
    await copy.setContent(html);
    return await axeViolations(copy);
  } finally {
    await copy.close();
  }
}

describe('accessibility in every language (axe-core: no serious or critical violations)', () => {
  it.each(LANGUAGES)('%s: on the form, the confirmation and the status page', async (language) => {
    await page.goto(`${desk.api}/${language}/`);
    const form = await axeViolations(page);

    const submission = validSubmission({ type: 'complaint', language, country: 'NL' });
    const posted = await fetch(`${desk.api}/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: new URLSearchParams(submission as Record<string, string>).toString(),
    });
    const html = await posted.text();
    const confirmation = await auditCopy(html);

    const statusUrl = local(
      /href="([^"]+\/requests\/PD-[^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&') ?? '',
    );
    await page.goto(statusUrl);
    const lang = await page.locator('html').getAttribute('lang');
    const status = await axeViolations(page);

    expect({ lang, form, confirmation, status }).toEqual({
      lang: language,
      form: [],
      confirmation: [],
      status: [],
    });
  });

  it('sets no cookie and asks no third party for anything', async () => {
    expect({ cookies: await context.cookies(), origins: [...origins] }).toEqual({
      cookies: [],
      origins: [new URL(desk.api).origin],
    });
  });
});
