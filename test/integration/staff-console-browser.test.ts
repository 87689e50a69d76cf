import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../domain/case-model.ts';
import { type SeededCase, seedPlan } from '../../local/seed-desk.ts';
import { seedDeskFromEnv } from '../../local/seed-desk-from-env.ts';
import { axeViolations, launchChromium, screenshotFolder } from '../helpers/browser.ts';
import { fixtureConfigData } from '../helpers/fixture-config.ts';
import { sentEmailsTo } from '../helpers/ses-store.ts';
import { eventually, startTestDesk, type TestDesk } from '../helpers/test-desk.ts';
import { waitUntilQuiet } from '../helpers/wait-until-quiet.ts';

/*
 * The staff console in Debian's chromium against a seeded local desk: what a representative, a
 * manager and the DPO see, closing a case with a reason and the notice that reaches the requester,
 * the deadline timeline's counts, and axe on every page. One browser for the file.
 */

const SCREENSHOTS = screenshotFolder();
const LONG = 180_000;

let desk: TestDesk;
let browser: Browser;
let seeded: SeededCase[];
let consoleUrl: string;

/** What the API lists: open cases, paused ones included (in their team's queue, never due). */
const listed = (record: CaseRecord) => record.status !== 'closed';

beforeAll(async () => {
  // The fixture desk with pauses allowed, so the seed's paused cases exist.
  const config = fixtureConfigData();
  config.deadlines = { ...(config.deadlines ?? {}), pausesEnabled: true };
  const configFile = path.join(mkdtempSync(path.join(tmpdir(), 'console-config-')), 'desk.config.json');
  writeFileSync(configFile, JSON.stringify(config));
  desk = await startTestDesk({ configFile });
  consoleUrl = `${desk.api.replace('127.0.0.1', 'localhost')}/staff/`;
  const now = new Date();
  seeded = await seedDeskFromEnv(seedPlan(24, 11, now), now);
  await waitUntilQuiet(desk, 60_000);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await desk?.stop();
});

async function signIn(email: string, viewport = { width: 1366, height: 768 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(consoleUrl);
  await page.locator(`button[data-email="${email}"]`).click();
  // The signed-in console has the navigation; the sign-in page has none.
  await page.locator('nav').waitFor();
  return page;
}

/** The references in the n-th case table, once the queue has loaded. */
const referencesIn = async (page: Page, nth = 0) => {
  await page.locator('table.cases').nth(nth).waitFor();
  return page
    .locator('table.cases')
    .nth(nth)
    .locator('tbody tr[data-reference]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-reference') ?? ''));
};

/** Elements wider than the viewport, to name them when a page overflows. */
const WIDEST =
  "[...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 5).map((e) => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))";

describe('staff console', () => {
  it('serves the console under a strict CSP, with nothing inline and nothing from elsewhere', async () => {
    const response = await fetch(consoleUrl);
    const html = await response.text();

    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(html).not.toMatch(/<script>(?!<\/script>)|<script(?![^>]*\bsrc=)[^>]*>|https?:\/\//);
  });

  it(
    'shows a representative their own cases first, then their team’s read only, and nothing of other teams',
    async () => {
      const records = seeded.map((entry) => entry.record).filter(listed);
      const counts = new Map<string, number>();
      for (const record of records)
        if (record.assigneeId) counts.set(record.assigneeId, (counts.get(record.assigneeId) ?? 0) + 1);
      const [memberId] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
      const config = fixtureConfigData();
      const team = config.teams.find((candidate: { members: { id: string }[] }) =>
        candidate.members.some((member) => member.id === memberId),
      );
      const member = team.members.find((candidate: { id: string }) => candidate.id === memberId);
      const page = await signIn(member.email);
      await page.locator('table.cases').first().waitFor();

      const tables = page.locator('table.cases');
      expect(await tables.count()).toBe(2);
      const mine = await referencesIn(page, 0);
      const rest = await referencesIn(page, 1);
      const expectedMine = records
        .filter((record) => record.assigneeId === memberId)
        .map((record) => record.reference);
      const expectedTeam = records
        .filter((record) => record.teamId === team.id && record.assigneeId !== memberId)
        .map((record) => record.reference);
      expect(mine.sort()).toEqual(expectedMine.sort());
      expect(rest.sort()).toEqual(expectedTeam.sort());
      expect(await page.locator('table.cases').nth(1).locator('tr[data-access=read]').count()).toBe(
        rest.length,
      );
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'queue-representative.png') });
      await page.close();
    },
    LONG,
  );

  it(
    'shows a manager their team’s load per member, with availability from the configuration',
    async () => {
      const records = seeded.map((entry) => entry.record).filter(listed);
      const config = fixtureConfigData();
      const teamId = records[0]!.teamId;
      const team = config.teams.find((candidate: { id: string }) => candidate.id === teamId);
      const page = await signIn(team.manager.email);
      const queue = await referencesIn(page);
      expect(queue.sort()).toEqual(
        records
          .filter((record) => record.teamId === teamId)
          .map((r) => r.reference)
          .sort(),
      );

      await page.locator('nav a', { hasText: 'Team load' }).click();
      await page.locator(`table.load[data-team="${teamId}"]`).waitFor();
      const shown = await page
        .locator(`table.load[data-team="${teamId}"] tbody tr`)
        .evaluateAll((rows) =>
          rows.map((row) => [row.getAttribute('data-member'), Number(row.getAttribute('data-open'))]),
        );
      const expected = [
        ...team.members.map((member: { id: string }) => [
          member.id,
          records.filter((record) => record.teamId === teamId && record.assigneeId === member.id).length,
        ]),
        ['', records.filter((record) => record.teamId === teamId && !record.assigneeId).length],
      ];
      expect(shown).toEqual(expected);
      const unavailable = team.members.filter((member: { active: boolean }) => !member.active);
      for (const member of unavailable) {
        await expect
          .poll(() => page.locator(`tr[data-member="${member.id}"] td`).first().textContent())
          .toBe('no');
      }
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'team-load.png') });
      await page.close();
    },
    LONG,
  );

  it(
    'shows the DPO every team’s cases, and the timeline’s counts per day are the seeded ones',
    async () => {
      const now = Date.now();
      const records = seeded.map((entry) => entry.record).filter(listed);
      const page = await signIn('dpo@example.org');
      const queue = await referencesIn(page);
      expect(queue.sort()).toEqual(records.map((record) => record.reference).sort());
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'queue-dpo.png') });

      // The paused filter: the cases whose clock is stopped, and only those.
      const pausedReferences = records
        .filter((record) => record.pausedAt !== undefined)
        .map((record) => record.reference)
        .sort();
      expect(pausedReferences.length).toBeGreaterThan(0);
      await page.getByLabel('Paused only').check();
      await page.getByRole('button', { name: 'Apply' }).click();
      await expect
        .poll(async () => (await referencesIn(page)).sort(), { timeout: 20_000 })
        .toEqual(pausedReferences);

      await page.locator('nav a', { hasText: 'Deadlines' }).click();
      await page.locator('section.timeline').first().waitFor();
      const shown: Record<string, number> = {};
      for (const row of await page.locator('section.timeline tbody tr').all()) {
        const team = await row.evaluate(
          (element) => element.closest('section')?.getAttribute('data-team') ?? '',
        );
        shown[`${team} ${await row.getAttribute('data-day')}`] = Number(await row.getAttribute('data-count'));
      }
      const expected: Record<string, number> = {};
      const horizon = new Date(now + 56 * 86_400_000).toISOString().slice(0, 10);
      for (const record of records) {
        // Paused: its deadline is not running, so it is in no day of the timeline.
        if (record.pausedAt !== undefined) continue;
        const overdue = Date.parse(record.deadline.dueAt) < now;
        if (!overdue && record.deadline.dueDate > horizon) continue;
        const key = `${record.teamId} ${overdue ? 'overdue' : record.deadline.dueDate}`;
        expected[key] = (expected[key] ?? 0) + 1;
      }
      expect(shown).toEqual(expected);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'timeline.png'), fullPage: true });

      // A day's link opens that day's list.
      const firstDay = page.locator('section.timeline tbody tr a').first();
      await firstDay.click();
      await page.locator('table.cases, main p').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);

      await page.locator('nav a', { hasText: 'Report' }).click();
      await page.locator('[data-testid=report-totals]').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'report.png'), fullPage: true });
      await page.close();
    },
    LONG,
  );

  it(
    'closes a case as refused with a reason from the case page, after showing the notice, and the requester gets it',
    async () => {
      const target = seeded.find(
        (entry) =>
          listed(entry.record) &&
          entry.record.assigneeId &&
          ['access', 'erasure'].includes(entry.record.type),
      )!;
      const page = await signIn('dpo@example.org');
      await page.goto(`${consoleUrl}#/cases/${target.reference}`);
      await page.locator('form.purpose button[type=submit]').click();
      await page.locator('#h-deadlines').waitFor();
      expect(await axeViolations(page)).toEqual([]);

      await page.selectOption('#action', 'close');
      await page.selectOption('#a-outcome', 'refused');
      await page.locator('button', { hasText: 'Continue' }).click();
      // Without the reason the form does not go on: the field is required (the requester is told it).
      expect(await page.locator('#a-reason:invalid').count()).toBe(1);
      expect(await page.locator('dialog.confirm').count()).toBe(0);
      const reason = 'The data you ask for belongs to another person (test reason).';
      await page.fill('#a-reason', reason);
      await page.locator('button', { hasText: 'Continue' }).click();
      const dialog = page.locator('dialog.confirm');
      await dialog.locator('.notice-preview').waitFor();
      const preview = await dialog.locator('.notice-preview').textContent();
      expect(preview).toContain(reason);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'close-with-notice.png') });
      await dialog.locator('button', { hasText: 'Confirm' }).click();
      await expect
        .poll(() => page.locator('[data-testid=case-status]').textContent(), { timeout: 20_000 })
        .toContain('Closed');

      const address = target.requesterEmail;
      const notice = await eventually(async () => {
        const mails = await sentEmailsTo(desk, address);
        return mails.find(
          (mail) => mail.subject.includes(target.reference) && (mail.body.text ?? '').includes(reason),
        );
      }, 30_000);
      expect(notice.body.text).toContain(reason);
      await page.close();
    },
    LONG,
  );

  it(
    'is usable on a phone: the queue becomes cards, the case page fits, axe finds nothing serious',
    async () => {
      const page = await signIn('dpo@example.org', { width: 375, height: 812 });
      await page.locator('table.cases').waitFor();
      const overflow = await page.evaluate<number>(
        'document.documentElement.scrollWidth - window.innerWidth',
      );
      expect(overflow, String(await page.evaluate(WIDEST))).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'queue-phone.png') });
      await page.close();
    },
    LONG,
  );

  it(
    'opens the case a staff email links to (`/staff/#/cases/<reference>`) once the person has signed in',
    async () => {
      const target = seeded.find((entry) => listed(entry.record))!;
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      await page.goto(`${consoleUrl}#/cases/${encodeURIComponent(target.reference)}`);
      await page.locator('button[data-email="dpo@example.org"]').click();
      await page.locator('form.purpose').waitFor();
      expect(await page.locator('main#main h1').textContent()).toContain(target.reference);
      await page.close();
    },
    LONG,
  );

  it(
    'signs in from a list of the configured staff, in the member’s language (Dutch for Anna de Vries)',
    async () => {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      await page.goto(consoleUrl);
      await page.locator('.staff-list button').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'sign-in.png') });
      await page.locator('button[data-email="anna.devries@example.org"]').click();
      await page.locator('nav').waitFor();
      expect(await page.locator('main#main h1').textContent()).toBe('Werkvoorraad');
      expect(await page.evaluate<string>('document.documentElement.lang')).toBe('nl');
      expect(
        await page.evaluate<number>('localStorage.length + sessionStorage.length + document.cookie.length'),
      ).toBe(0);
      await page.close();
    },
    LONG,
  );
});
