import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validSubmission } from '../helpers/factories.ts';
import { fixtureConfigData } from '../helpers/fixture-config.ts';
import { acknowledgementVerificationLink, postRequest } from '../helpers/intake.ts';
import { emailsAboutOnceSent } from '../helpers/ses-store.ts';
import { testDeskForThisFile } from '../helpers/test-desk.ts';

/*
 * `notifications.staffEmailContent: "link"` on the local runtime: a request sent through the form
 * reaches its representative as an email with the reference, type and dates and a link to the case
 * in the local console (`/staff/`), and without what the requester wrote or who she is.
 */

const config = fixtureConfigData();
config.notifications = { staffEmailContent: 'link' };
const configFile = path.join(mkdtempSync(path.join(tmpdir(), 'desk-link-mode-')), 'desk.config.json');
writeFileSync(configFile, JSON.stringify(config, null, 2));

const desk = testDeskForThisFile({ configFile });

describe('a request from the form, with staff emails in link mode', () => {
  it('reaches its representative without its content, with a link to the case in the console', async () => {
    // Prepare
    const submission = validSubmission({
      type: 'access',
      name: 'Wilhelmina Zeldzaam',
      language: 'nl',
      message: 'Welke camerabeelden van mij bewaart u uit de vestiging in Zwolle?',
    });
    const response = await postRequest(desk, submission);
    const { reference } = (await response.json()) as { reference: string };
    const verificationLink = await acknowledgementVerificationLink(desk, reference);

    // Act
    await fetch(verificationLink ?? `${desk.api}/requests/verify`);
    const emails = await emailsAboutOnceSent(desk, reference, 2);

    // Assess
    const assigned = emails.find((email) => email.destination.to[0] !== submission.email);
    const everything = `${assigned?.subject}\n${assigned?.body.text}\n${assigned?.body.html}`;
    const consoleUrl = `${desk.api.replace('127.0.0.1', 'localhost')}/staff/#/cases/${reference}`;
    expect({
      to: assigned?.destination.to,
      content: [submission.message, submission.name, submission.email, 'Zwolle'].filter((word) =>
        everything.includes(word),
      ),
      link: assigned?.body.text?.includes(consoleUrl),
      anchor: assigned?.body.html?.includes(`<a href="${consoleUrl}">`),
      replyTo: assigned?.replyTo.every((address) => /^case\+\w+@replies\.example\.org$/.test(address)),
    }).toEqual({
      to: [expect.stringMatching(/^(anna\.devries|pieter\.bakker)@example\.org$/)],
      content: [],
      link: true,
      anchor: true,
      replyTo: true,
    });
    expect(assigned?.replyTo).toHaveLength(1);
    expect(assigned?.subject).toContain(reference);
  });
});
