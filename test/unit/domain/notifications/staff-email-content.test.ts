import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../domain/case-model.ts';
import { parseDeskConfig } from '../../../../domain/config/load-desk-config.ts';
import { type DeskSettings, deskSettings } from '../../../../domain/desk-settings.ts';
import type { OutboundEmail } from '../../../../domain/notifications/mailer.ts';
import type { Notification } from '../../../../domain/notifications/notification.ts';
import { LANGUAGES, type Language } from '../../../../domain/request-types.ts';
import { newCaseFixture } from '../../../helpers/factories.ts';
import { fixtureConfigData } from '../../../helpers/fixture-config.ts';
import { plainContent, sendInMemory } from '../../../helpers/notification-send.ts';

/*
 * `notifications.staffEmailContent: "link"`: no staff email carries what the requester wrote or who
 * she is (message, name, address, phone, company, attachment names); each carries the reference,
 * the type and the dates, and a link to the case in the staff console. Where staff answer by
 * replying, the reply address stays.
 */

const now = new Date('2030-03-10T09:00:00.000Z');
const CONSOLE = 'https://console.example.org/staff/';

const sealedPlain = plainContent;

/** What the requester wrote and who she is: none of it may appear in a link-mode staff email. */
const CONTENT = {
  name: 'Henrietta Requestersdottir',
  email: 'henrietta.private@example.net',
  phone: '+31 6 98765432',
  company: 'Hushhush Holding B.V.',
  message: 'Please send me every record about my late-night gym visits.',
};
const REPLY_TEXT = 'Here is the scan of my passport you asked for.';
const ATTACHMENT = 'passport-scan-henrietta.pdf';
const SECRET_WORDS = [...Object.values(CONTENT), REPLY_TEXT, ATTACHMENT, 'Henrietta', 'gym visits'];

function settings(staffEmailContent: 'full' | 'link', language: Language): DeskSettings {
  const data = fixtureConfigData();
  data.notifications = { staffEmailContent, staffConsoleUrl: CONSOLE };
  // Every staff recipient reads the language under test.
  for (const team of data.teams) {
    team.manager.language = language;
    for (const member of team.members) member.languages = [language];
  }
  data.dpo.language = language;
  return deskSettings(parseDeskConfig(data));
}

function caseRecord(type: CaseRecord['type']): CaseRecord {
  return newCaseFixture({
    type,
    language: 'nl',
    status: 'assigned',
    teamId: 'nl-privacy',
    assigneeId: 'anna-devries',
    receivedAt: '2030-03-01T10:00:00.000Z',
    content: sealedPlain(CONTENT),
  }).record;
}

/** Sends one notification through in-memory ports (a digest has no case); returns the email. */
async function send(notification: Notification, deskSettings: DeskSettings, record?: CaseRecord) {
  const { sent } = await sendInMemory(notification, {
    settings: deskSettings,
    now,
    ...(record ? { record } : {}),
    replyTokenSecret: 'a-reply-token-secret-of-32-bytes!',
  });
  expect(sent).toHaveLength(1);
  return sent[0] as OutboundEmail;
}

const member = { role: 'member', memberId: 'anna-devries' } as const;
const manager = { role: 'manager', teamId: 'nl-privacy' } as const;

/** Each staff email about a case, as the desk writes it, to whom, and whether staff may reply. */
const STAFF_EMAILS: readonly {
  readonly template: string;
  readonly type: CaseRecord['type'];
  readonly recipient: Notification['recipient'];
  readonly params?: Notification['params'];
  readonly secrets?: Record<string, string>;
  readonly replyAs?: Notification['replyAs'];
}[] = [
  {
    template: 'case-assigned',
    type: 'access',
    recipient: member,
    params: { teamId: 'nl-privacy', memberId: 'anna-devries' },
    replyAs: 'assignee',
  },
  {
    template: 'case-assigned',
    type: 'erasure',
    recipient: manager,
    params: { teamId: 'nl-privacy', needsAttention: 'no_eligible_member' },
    replyAs: 'manager',
  },
  {
    template: 'breach-alert',
    type: 'breach_report',
    recipient: { role: 'dpo' },
    params: { teamId: 'nl-privacy', memberId: 'anna-devries' },
    replyAs: 'dpo',
  },
  {
    template: 'requester-reply',
    type: 'access',
    recipient: member,
    params: { unauthenticated: true, dmarc: 'NONE' },
    secrets: { requesterText: REPLY_TEXT, attachmentList: ATTACHMENT },
    replyAs: 'assignee',
  },
  {
    template: 'case-reassigned',
    type: 'objection',
    recipient: member,
    params: { assignedBy: 'Pieter Bakker' },
    replyAs: 'assignee',
  },
  {
    template: 'opt-out-fyi',
    type: 'marketing_opt_out',
    recipient: member,
    params: { teamId: 'nl-privacy', memberId: 'anna-devries' },
    replyAs: 'assignee',
  },
  {
    template: 'escalation-reminder',
    type: 'access',
    recipient: member,
    params: { reason: 'due_within_7d', at: now.toISOString(), recipientRole: 'assignee' },
  },
  {
    template: 'escalation-manager-unassigned',
    type: 'question',
    recipient: manager,
    params: { reason: 'unassigned_over_60m', at: now.toISOString(), recipientRole: 'manager' },
  },
  {
    template: 'escalation-dpo-overdue',
    type: 'access',
    recipient: { role: 'dpo' },
    params: { reason: 'overdue', at: now.toISOString(), recipientRole: 'dpo' },
  },
  {
    template: 'escalation-breach-deadline',
    type: 'breach_report',
    recipient: { role: 'dpo' },
    params: { reason: 'breach_due_within_24h', at: now.toISOString(), recipientRole: 'dpo' },
  },
];

const cases = LANGUAGES.flatMap((language) => STAFF_EMAILS.map((email) => ({ ...email, language })));

function notificationOf(email: (typeof cases)[number], record: CaseRecord): Notification {
  return {
    notificationId: `${email.template}-1`,
    caseId: record.caseId,
    template: email.template,
    recipient: email.recipient,
    createdAt: now.toISOString(),
    ...(email.params ? { params: email.params } : {}),
    ...(email.secrets ? { sealedParams: sealedPlain(email.secrets) } : {}),
    ...(email.replyAs ? { replyAs: email.replyAs } : {}),
  };
}

describe('staff emails with staffEmailContent "link"', () => {
  it.each(cases)('$template to $recipient.role ($language) carries no content', async (email) => {
    // Prepare
    const record = caseRecord(email.type);

    // Act
    const sent = await send(notificationOf(email, record), settings('link', email.language), record);

    // Assess
    const everything = `${sent.subject}\n${sent.text}\n${sent.html}`;
    expect(SECRET_WORDS.filter((word) => everything.includes(word))).toEqual([]);
    expect(sent.subject).toContain(record.reference);
  });

  it.each(cases)(
    '$template to $recipient.role ($language) links to the case in the console',
    async (email) => {
      // Prepare
      const record = caseRecord(email.type);
      const link = `${CONSOLE}#/cases/${record.reference}`;

      // Act
      const sent = await send(notificationOf(email, record), settings('link', email.language), record);

      // Assess
      expect(sent.text).toContain(link);
      expect(sent.html).toContain(`<a href="${link}">`);
      if (email.replyAs) expect(sent.replyTo).toMatch(/^case\+[A-Za-z0-9]+@replies\.example\.org$/);
    },
  );
});

describe('staff emails with staffEmailContent "full" (the default)', () => {
  it.each(LANGUAGES)(
    'the assignment email (%s) carries the request and no console link',
    async (language) => {
      // Prepare
      const record = caseRecord('access');
      const email = STAFF_EMAILS[0] as (typeof cases)[number];

      // Act
      const sent = await send(
        notificationOf({ ...email, language }, record),
        settings('full', language),
        record,
      );

      // Assess
      expect(sent.text).toContain(CONTENT.message);
      expect(sent.text).toContain(CONTENT.email);
      expect(sent.text).not.toContain(CONSOLE);
    },
  );
});

describe('the digests (no case, no content in either mode)', () => {
  const managerDigest: Notification = {
    notificationId: 'manager-digest-1',
    caseId: 'digest#nl-privacy',
    template: 'manager-digest',
    recipient: { role: 'manager', teamId: 'nl-privacy' },
    createdAt: now.toISOString(),
    params: {
      teamId: 'nl-privacy',
      localDate: '2030-03-10',
      digest: JSON.stringify({ overdue: [], dueThisWeek: [], open: [] }),
    },
  };
  const dpoDigest: Notification = {
    notificationId: 'dpo-digest-1',
    caseId: 'digest#dpo',
    template: 'dpo-digest',
    recipient: { role: 'dpo' },
    createdAt: now.toISOString(),
    params: {
      digest: JSON.stringify({
        localDate: '2030-03-10',
        since: '2030-03-03',
        teams: [{ teamId: 'nl-privacy', open: 3, dueThisWeek: 1, overdue: 0, extended: 1, refused: 0 }],
      }),
    },
  };

  it.each(
    LANGUAGES.flatMap((language) => [
      { language, notification: managerDigest },
      { language, notification: dpoDigest },
    ]),
  )(
    '$notification.template ($language) links to the console in link mode only',
    async ({ language, notification }) => {
      // Act
      const link = await send(notification, settings('link', language));
      const full = await send(notification, settings('full', language));

      // Assess
      expect(link.text).toContain(CONSOLE);
      expect(link.html).toContain(`<a href="${CONSOLE}">`);
      expect(full.text).not.toContain(CONSOLE);
    },
  );
});
