import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../domain/case-model.ts';
import { sealJson } from '../../../../domain/content-cipher.ts';
import { type Participant, planReply } from '../../../../domain/inbound/index.ts';
import type { OutboundEmail } from '../../../../domain/notifications/mailer.ts';
import type { Notification } from '../../../../domain/notifications/notification.ts';
import { newCaseFixture } from '../../../helpers/factories.ts';
import { fixtureSettings } from '../../../helpers/fixture-config.ts';
import { plainCipher, plainContent, sendInMemory } from '../../../helpers/notification-send.ts';

/*
 * The command-error email lists what could not be applied, line by line, in the staff member's
 * language (their first configured language), like the rest of the email.
 */

const settings = fixtureSettings;
const now = new Date('2026-11-20T10:45:00.000Z');

function nordicCase(memberId: string): CaseRecord {
  return newCaseFixture({
    type: 'access',
    status: 'assigned',
    teamId: 'nordic-privacy',
    assigneeId: memberId,
    country: 'SE',
    receivedAt: '2026-11-03T10:00:00.000Z',
    content: plainContent({ name: 'Anna de Vries', email: 'anna@example.com', message: 'Vilka uppgifter?' }),
  }).record;
}

/** The email a reply by `memberId` with these commands brings back to them. */
async function commandErrorEmail(memberId: string, text: string): Promise<OutboundEmail> {
  const record = nordicCase(memberId);
  const participant: Participant = { kind: 'staff', role: 'assignee', memberId };
  const plan = planReply({
    record,
    participant,
    identifiedBy: 'token',
    authenticated: true,
    dmarcVerdict: 'PASS',
    subject: `Re: [${record.reference}] New access request assigned to you`,
    text,
    attachments: [],
    copied: 0,
    config: settings.config,
    deadlinePolicy: settings.deadlinePolicy,
    now,
  });
  if (plan.kind !== 'rejected') throw new Error(`expected a rejected plan, got ${plan.kind}`);
  const [planned] = plan.notifications;
  if (!planned) throw new Error('no notification planned');
  const notification: Notification = {
    notificationId: 'command-error-1',
    caseId: record.caseId,
    template: planned.template,
    recipient: planned.recipient,
    createdAt: now.toISOString(),
    ...(planned.params ? { params: planned.params } : {}),
    ...(planned.secrets
      ? { sealedParams: await sealJson(plainCipher, record.caseId, 'thread-message', planned.secrets) }
      : {}),
  };
  const { sent, recorded } = await sendInMemory(notification, { settings, now, record });
  expect(recorded).toHaveLength(1);
  return sent[0] as OutboundEmail;
}

const ENGLISH_LINES = [/^Line \d+/m, /needs the reason/, /Unknown command/, /requester is told/];

describe('the command-error email in the staff member’s language', () => {
  it.each([
    {
      language: 'sv',
      memberId: 'sofia-andersson',
      lines: [
        'Rad 1, #close: #close refused kräver ett skäl, som den registrerade får veta (artikel 12.4 i dataskyddsförordningen).',
        'Rad 2, #frobnicate: Okänt kommando. Kommandona finns nedan.',
      ],
    },
    {
      language: 'fi',
      memberId: 'mikko-virtanen',
      lines: [
        'Rivi 1, #close: #close refused vaatii perustelun, joka kerrotaan rekisteröidylle (tietosuoja-asetuksen 12 artiklan 4 kohta).',
        'Rivi 2, #frobnicate: Tuntematon komento. Komennot on lueteltu alla.',
      ],
    },
  ])('$language: each line in $language, none in English', async ({ memberId, lines }) => {
    // Act
    const email = await commandErrorEmail(memberId, '#close refused\n#frobnicate\n\nHej Anna,');

    // Assess
    expect(email.text).toContain(lines.join('\n'));
    for (const english of ENGLISH_LINES) expect(email.text).not.toMatch(english);
  });
});
