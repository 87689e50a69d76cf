import { describe, expect, it } from 'vitest';
import { addMonthsClamped, endOfLocalDay, localDateOf } from '../../domain/deadlines/calendar.ts';
import { DAY, outboxDrained, runSweep, sentEmails, writeTestConfig } from '../helpers/escalation.ts';
import { validSubmission } from '../helpers/factories.ts';
import { auditActions, rawCase, submitRequest } from '../helpers/intake.ts';
import { eventually, testDeskForThisFile } from '../helpers/test-desk.ts';

/*
 * Submissions through the API (received now), then sweeps as if 3 and 14 days later: a reminder with
 * a fresh verification link after 3 days, closing as unverified after 14, nothing for a requester
 * who verified in between.
 */
const desk = testDeskForThisFile({ configFile: writeTestConfig().configFile });

async function submit(overrides: Record<string, unknown>) {
  const submission = validSubmission(overrides);
  return { email: submission.email, ...(await submitRequest(desk, submission)) };
}

/** The case item as stored; every case these tests read exists. */
const caseItem = async (caseId: string) => (await rawCase(desk, caseId))!;

const subjects = async (address: string) => (await sentEmails(desk, address)).map((email) => email.subject);

describe('verification housekeeping', () => {
  it('reminds after 3 days with a working link, closes the unverified after 14, leaves the verified alone', async () => {
    // Prepare: two requests that need verification, one in Dutch.
    const start = Date.now();
    const dutch = await submit({ type: 'access', language: 'nl' });
    const english = await submit({ type: 'erasure', language: 'en' });
    await outboxDrained(desk);
    expect(await caseItem(dutch.caseId)).toMatchObject({ status: 'awaiting_verification' });

    // Act 1: two days later, nothing; three days later (twice, concurrently), one reminder each.
    const early = await runSweep(new Date(start + 2 * DAY));
    const reminders = await Promise.all([
      runSweep(new Date(start + 3 * DAY + 60_000)),
      runSweep(new Date(start + 3 * DAY + 60_000)),
    ]);
    await outboxDrained(desk);

    // Assess 1
    expect(early.verificationReminders).toEqual([]);
    expect(reminders.flatMap((report) => report.verificationReminders).sort()).toEqual(
      [dutch.reference, english.reference].sort(),
    );
    expect(await subjects(dutch.email)).toEqual([
      `[${dutch.reference}] Wij hebben uw verzoek om inzage in uw gegevens ontvangen`,
      `[${dutch.reference}] Bevestig uw e-mailadres voor uw verzoek om inzage in uw gegevens`,
    ]);
    expect(await subjects(english.email)).toEqual([
      `[${english.reference}] We have received your request for erasure`,
      `[${english.reference}] Please confirm your email address for your request for erasure`,
    ]);

    // Act 2: the Dutch requester follows the reminder's fresh link.
    const [, reminder] = await sentEmails(desk, dutch.email);
    const link = /http:\/\/localhost:\d+\/requests\/verify\?token=[\w%-]+/.exec(reminder?.text ?? '')?.[0];
    expect(link).toBeDefined();
    const verified = await fetch(link!.replace('localhost', '127.0.0.1'));
    expect(verified.status).toBe(200);
    await eventually(async () => ((await caseItem(dutch.caseId)).status === 'assigned' ? true : undefined));

    // Act 3: 14 days after receipt.
    const closing = await runSweep(new Date(start + 14 * DAY + 60_000));
    const again = await runSweep(new Date(start + 14 * DAY + 120_000));
    await outboxDrained(desk);

    // Assess 3
    expect(closing.closedUnverified).toEqual([english.reference]);
    expect(again.closedUnverified).toEqual([]);
    expect(await subjects(english.email)).toEqual([
      `[${english.reference}] We have received your request for erasure`,
      `[${english.reference}] Please confirm your email address for your request for erasure`,
      `[${english.reference}] Your request for erasure has been closed`,
    ]);
    expect(await subjects(dutch.email)).toHaveLength(2);
    const closed = await caseItem(english.caseId);
    expect(closed).toMatchObject({ status: 'closed', outcome: 'unverified' });
    // Out of the open-cases index; waiting in byPendingStep `purge` until its retention ends: the end
    // of the day 12 calendar months (closedCaseMonths) after closing, in the case's zone.
    const zone = (closed.deadline as { timeZone: string }).timeZone;
    const purgeAt = endOfLocalDay(
      addMonthsClamped(localDateOf(new Date(closed.closedAt as string), zone), 12),
      zone,
    );
    expect(closed.gsi1pk).toBeUndefined();
    expect(closed.gsi2pk).toMatch(/^PENDING#purge#\d+$/);
    expect(closed.gsi2sk).toBe(`${purgeAt.toISOString()}#${english.caseId}`);
    expect(await auditActions(desk, english.caseId)).toEqual([
      'case.received',
      'case.verification_reminded',
      'case.closed',
    ]);
    expect((await caseItem(dutch.caseId)).status).toBe('assigned');
  });
  it('keeps to the per-address cap of acknowledgements with its reminders and closing notices', async () => {
    // Prepare: six requests for one address; the cap (5 in 24 hours) lets five acknowledgements out.
    const start = Date.now();
    const email = `capped-${start}@example.com`;
    const cases = [];
    for (let n = 0; n < 6; n++) {
      cases.push(await submit({ type: 'access', language: 'en', email, message: `Request number ${n}` }));
    }
    await outboxDrained(desk);
    expect(await subjects(email)).toHaveLength(5);

    // Act 1: the reminders, three days later, all in one sweep.
    await runSweep(new Date(start + 3 * DAY + 60_000));
    await outboxDrained(desk);

    // Assess 1: five reminders (a new window), the sixth case reminded without an email.
    const reminded = (await subjects(email)).filter((subject) => subject.includes('Please confirm'));
    expect(reminded).toHaveLength(5);
    const remindedCases = await Promise.all(cases.map(async (c) => await auditActions(desk, c.caseId)));
    expect(remindedCases.filter((actions) => actions.includes('case.verification_reminded'))).toHaveLength(6);
    // One acknowledgement and one reminder were not sent.
    expect(remindedCases.flat().filter((action) => action === 'notification.suppressed')).toHaveLength(2);

    // Act 2: fourteen days after receipt, all six are closed.
    await runSweep(new Date(start + 14 * DAY + 60_000));
    await outboxDrained(desk);

    // Assess 2: five closing notices, all six cases closed.
    const closedNotices = (await subjects(email)).filter((subject) => subject.includes('has been closed'));
    expect(closedNotices).toHaveLength(5);
    for (const c of cases) {
      expect(await caseItem(c.caseId)).toMatchObject({ status: 'closed', outcome: 'unverified' });
    }
  });
});
