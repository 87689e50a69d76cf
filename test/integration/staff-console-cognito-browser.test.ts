import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_STAFF_AUDIENCE } from '../../local/dev-issuer.ts';
import { seedPlan } from '../../local/seed-desk.ts';
import { seedDeskFromEnv } from '../../local/seed-desk-from-env.ts';
import { LOCAL_SIGN_IN_PATH } from '../../local/staff-console.ts';
import {
  type CognitoConsoleSettings,
  cognitoConsoleSettings,
  staffConsoleCsp,
} from '../../web/staff-console-hosting.ts';
import { axeViolations, launchChromium } from '../helpers/browser.ts';
import {
  deployedStaffConsoleRoute,
  type FakeHostedUi,
  startFakeHostedUi,
} from '../helpers/fake-hosted-ui.ts';
import { startTestDesk, type TestDesk } from '../helpers/test-desk.ts';
import { waitUntilQuiet } from '../helpers/wait-until-quiet.ts';

/*
 * The staff console's sign-in as deployed: Cognito's hosted UI with the authorization code flow and
 * PKCE, here a fake of it (test/helpers/fake-hosted-ui.ts) whose id_token the local development
 * issuer signs. The console is served with the settings and the Content-Security-Policy the stack
 * deploys (web/staff-console-hosting.ts), so the token exchange must pass the policy that ships.
 * One browser and one desk for the file.
 */

const LONG = 60_000;
const DPO = 'dpo@example.org';

let desk: TestDesk;
let fake: FakeHostedUi;
let browser: Browser;
let settings: CognitoConsoleSettings;
let csp: string;
let consoleUrl: string;
let reference: string;

beforeAll(async () => {
  // The browser starts beside the desk; `browser` is set as soon as it runs, so afterAll closes it.
  const launched = launchChromium().then((started) => {
    browser = started;
  });
  desk = await startTestDesk({ localRoutes: [deployedStaffConsoleRoute(() => ({ settings, csp }))] });
  const origin = desk.api.replace('127.0.0.1', 'localhost');
  consoleUrl = `${origin}/staff/`;
  fake = await startFakeHostedUi({
    clientId: DEV_STAFF_AUDIENCE,
    redirectUri: consoleUrl,
    idToken: async () => {
      const response = await fetch(`${desk.api}${LOCAL_SIGN_IN_PATH}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: DPO }),
      });
      return ((await response.json()) as { token: string }).token;
    },
  });
  // What StaffConsoleHosting writes and sends, for this desk and this hosted UI.
  settings = cognitoConsoleSettings({
    apiUrl: origin,
    authDomain: fake.url,
    clientId: DEV_STAFF_AUDIENCE,
    consoleUrl,
  });
  csp = staffConsoleCsp({ api: settings.apiBase, signIn: settings.authDomain });
  const now = new Date();
  const seeded = await seedDeskFromEnv(seedPlan(4, 11, now), now);
  reference = seeded.find((entry) => entry.record.status !== 'closed')!.reference;
  await waitUntilQuiet(desk, 60_000);
  await launched;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await fake?.stop();
  await desk?.stop();
});

/** A fresh page (its own context: empty storage), with what it sends to the token endpoint and any CSP refusal. */
async function openPage() {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const tokenRequests: string[] = [];
  const cspRefusals: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(`${fake.url}/oauth2/token`)) tokenRequests.push(request.postData() ?? '');
  });
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) cspRefusals.push(message.text());
  });
  return { page, tokenRequests, cspRefusals };
}

const caseLink = () => `${consoleUrl}#/cases/${encodeURIComponent(reference)}`;

/** Opens the deep link signed out and follows the hosted UI's round trip. */
async function startSignIn(page: Page) {
  await page.goto(caseLink());
  await page.getByRole('button', { name: 'Sign in with your desk account' }).click();
}

/** The console's error message, once it shows one. */
async function alertText(page: Page): Promise<string> {
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 20_000 });
  return (await alert.textContent()) ?? '';
}

const storedItems = (page: Page) =>
  page.evaluate<string[]>(
    '[...Object.keys(localStorage).map((k) => "local " + k), ...Object.keys(sessionStorage).map((k) => "session " + k)]',
  );

describe('staff console, signed in through the hosted UI (code + PKCE)', () => {
  it(
    'takes a deep link through the hosted UI and back to that case, signed in, with nothing left in the URL or storage',
    async () => {
      const { page, tokenRequests, cspRefusals } = await openPage();
      const served = await page.goto(caseLink());
      expect(served?.headers()['content-security-policy']).toBe(csp);

      await page.getByRole('button', { name: 'Sign in with your desk account' }).click();
      // The case page, or the console's error (a refused exchange says why sooner than a timeout).
      await page.locator('form.purpose, [role=alert]').first().waitFor();
      expect(await page.locator('[role=alert]').allTextContents()).toEqual([]);
      expect(cspRefusals).toEqual([]);

      expect(await page.locator('main#main h1').textContent()).toContain(reference);
      expect(page.url()).toBe(caseLink());
      expect(await storedItems(page)).toEqual([]);
      expect(await page.evaluate<string>('document.cookie')).toBe('');
      // One authorization, one exchange, and the verifier sent is the one the challenge was made from.
      expect(fake.authorizations).toHaveLength(1);
      const [authorization] = fake.authorizations;
      expect(tokenRequests).toHaveLength(1);
      const sent = new URLSearchParams(tokenRequests[0]);
      expect(sent.get('code')).toBe(authorization!.code);
      expect(createHash('sha256').update(sent.get('code_verifier')!).digest('base64url')).toBe(
        authorization!.challenge,
      );
      expect(fake.exchanges).toEqual([
        { code: authorization!.code, verifier: sent.get('code_verifier'), outcome: 'ok' },
      ]);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
    LONG,
  );

  it(
    'refuses a second use of a code, and the console does not send one again',
    async () => {
      const [first] = fake.exchanges.filter((exchange) => exchange.outcome === 'ok');
      const authorization = fake.authorizations.find((entry) => entry.code === first!.code)!;
      const replay = await fetch(`${fake.url}/oauth2/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          client_id: settings.clientId,
          code: first!.code,
          redirect_uri: settings.redirectUri,
          code_verifier: first!.verifier,
        }),
      });
      expect(replay.status).toBe(400);
      expect(await replay.json()).toEqual({ error: 'invalid_grant' });

      // The callback URL opened again (history, a reload): the verifier is gone, so is the exchange.
      const before = fake.exchanges.length;
      const { page, tokenRequests } = await openPage();
      await page.goto(`${consoleUrl}?code=${first!.code}&state=${authorization.state}`);
      expect(await alertText(page)).toContain('unexpected state');
      expect(tokenRequests).toEqual([]);
      expect(fake.exchanges).toHaveLength(before);
      expect(page.url()).toBe(consoleUrl);
      await page.close();
    },
    LONG,
  );

  it(
    'refuses a return with a state it did not send: an error on screen, no token exchange',
    async () => {
      const before = fake.exchanges.length;
      fake.forgeNextState('forged-state');
      const { page, tokenRequests } = await openPage();
      await startSignIn(page);
      expect(await alertText(page)).toContain('unexpected state');

      expect(tokenRequests).toEqual([]);
      expect(fake.exchanges).toHaveLength(before);
      expect(page.url()).not.toContain('code=');
      expect(await storedItems(page)).toEqual([]);
      expect(await page.locator('nav').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Sign in with your desk account' }).count()).toBe(1);
      await page.close();
    },
    LONG,
  );

  it(
    'says why when the hosted UI refuses the sign-in, and leaves nothing behind',
    async () => {
      const before = fake.exchanges.length;
      fake.refuseNext('access_denied', 'User is not enabled');
      const { page, tokenRequests } = await openPage();
      await startSignIn(page);
      expect(await alertText(page)).toContain('User is not enabled');
      // On the sign-in page, to try again.
      expect(await page.getByRole('button', { name: 'Sign in with your desk account' }).count()).toBe(1);

      expect(tokenRequests).toEqual([]);
      expect(fake.exchanges).toHaveLength(before);
      expect(page.url()).not.toMatch(/error=|state=/);
      expect(await storedItems(page)).toEqual([]);
      await page.close();
    },
    LONG,
  );

  it(
    'signs out through the hosted UI’s logout with the client and the console’s address',
    async () => {
      const { page } = await openPage();
      await startSignIn(page);
      await page.locator('form.purpose').waitFor();
      const before = fake.logouts.length;
      await page.getByRole('button', { name: 'Sign out' }).click();
      // The hosted UI sends the browser back to logout_uri: the console, signed out. (The sign-in
      // button shows before the browser leaves, so the address is what says it went and came back.)
      await page.waitForURL(consoleUrl);
      await page.getByRole('button', { name: 'Sign in with your desk account' }).waitFor();

      expect(fake.logouts.slice(before)).toEqual([{ clientId: settings.clientId, logoutUri: consoleUrl }]);
      expect(page.url()).toBe(consoleUrl);
      expect(await page.locator('nav').count()).toBe(0);
      await page.close();
    },
    LONG,
  );
});
