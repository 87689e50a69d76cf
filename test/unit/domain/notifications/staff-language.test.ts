import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../domain/case-model.ts';
import { parseDeskConfig } from '../../../../domain/config/load-desk-config.ts';
import { deskSettings } from '../../../../domain/desk-settings.ts';
import type { OutboundEmail } from '../../../../domain/notifications/mailer.ts';
import type { Notification } from '../../../../domain/notifications/notification.ts';
import { newCaseFixture } from '../../../helpers/factories.ts';
import { fixtureConfigData } from '../../../helpers/fixture-config.ts';
import { plainContent, sendInMemory } from '../../../helpers/notification-send.ts';

/*
 * Staff read the desk's emails in their own language: a member in the first language of their
 * `languages`, a manager and the DPO in the contact's `language` (else English), whatever language
 * the requester wrote in; the requester's own words go in as written.
 */

const now = new Date('2030-03-10T09:00:00.000Z');

const DUTCH_MESSAGE = 'Welke gegevens bewaart u over mij, en hoe lang?';

function settingsWith(change: (config: ReturnType<typeof fixtureConfigData>) => void) {
  const data = fixtureConfigData();
  change(data);
  return deskSettings(parseDeskConfig(data));
}

function teamOf(config: ReturnType<typeof fixtureConfigData>, id: string) {
  // biome-ignore lint/suspicious/noExplicitAny: the fixture's JSON, changed in place
  return config.teams.find((team: any) => team.id === id);
}

/** Sends one notification through in-memory ports; returns the email as the mailer got it. */
async function send(
  notification: Notification,
  settings: ReturnType<typeof deskSettings>,
  record?: CaseRecord,
): Promise<OutboundEmail> {
  const { sent, recorded } = await sendInMemory(notification, {
    settings,
    now,
    ...(record ? { record } : {}),
  });
  expect(recorded).toHaveLength(1);
  return sent[0] as OutboundEmail;
}

/** A Dutch access request of the Nordic team, assigned to `memberId`. */
function dutchCase(memberId: string): CaseRecord {
  return newCaseFixture({
    type: 'access',
    language: 'nl',
    country: 'NL',
    status: 'assigned',
    teamId: 'nordic-privacy',
    assigneeId: memberId,
    receivedAt: '2030-03-01T10:00:00.000Z',
    content: plainContent({ name: 'Anna de Vries', email: 'anna@example.com', message: DUTCH_MESSAGE }),
  }).record;
}

const caseAssigned = (record: CaseRecord, memberId: string): Notification => ({
  notificationId: `assigned-${memberId}`,
  caseId: record.caseId,
  template: 'case-assigned',
  recipient: { role: 'member', memberId },
  createdAt: now.toISOString(),
  params: { teamId: record.teamId, memberId },
});

describe('the language of a staff email', () => {
  it('is a member’s first language: ["sv", "en"] reads Swedish, the requester’s Dutch words as written', async () => {
    // Prepare
    const settings = settingsWith((config) => {
      teamOf(config, 'nordic-privacy').members[0].languages = ['sv', 'en'];
    });
    const record = dutchCase('sofia-andersson');

    // Act
    const email = await send(caseAssigned(record, 'sofia-andersson'), settings, record);

    // Assess
    expect(email.to).toBe('sofia.andersson@example.org');
    expect(email.subject).toBe(
      `[${record.reference}] Nytt ärende till dig: begäran om registerutdrag (art. 15)`,
    );
    expect(email.text).toContain('Hej Sofia Andersson,');
    expect(email.text).toContain(
      'Du har tilldelats ett nytt ärende i Privacy team Sweden, Denmark and Finland.',
    );
    expect(email.text).toContain(`Meddelande:\n${DUTCH_MESSAGE}`);
    expect(email.text).toContain('Det här meddelandet innehåller personuppgifter: vidarebefordra det inte.');
  });

  it('is English for a member whose first language is English, even on a Dutch case they speak', async () => {
    // Prepare
    const settings = settingsWith((config) => {
      teamOf(config, 'nordic-privacy').members[0].languages = ['en', 'nl', 'sv'];
    });
    const record = dutchCase('sofia-andersson');

    // Act
    const email = await send(caseAssigned(record, 'sofia-andersson'), settings, record);

    // Assess
    expect(email.subject).toBe(`[${record.reference}] New case for you: access request (Art. 15)`);
    expect(email.text).toContain(
      'A new case has been assigned to you in Privacy team Sweden, Denmark and Finland.',
    );
    expect(email.text).toContain(`Message:\n${DUTCH_MESSAGE}`);
  });

  it.each([
    { language: 'fi', subject: 'Ilman käsittelijää', line: 'Tiimisi asia ' },
    { language: undefined, subject: 'Unassigned for', line: 'Case ' },
  ])(
    'is the manager’s configured language ($language) for an escalation',
    async ({ language, subject, line }) => {
      // Prepare
      const settings = settingsWith((config) => {
        if (language) teamOf(config, 'nordic-privacy').manager.language = language;
      });
      const record = newCaseFixture({
        language: 'sv',
        status: 'assigned',
        teamId: 'nordic-privacy',
        assigneeId: 'manager:nordic-privacy',
        receivedAt: '2030-03-09T09:00:00.000Z',
        content: plainContent({ name: 'Sven Svensson', email: 'sven@example.com', message: 'Hej' }),
      }).record;
      const notification: Notification = {
        notificationId: 'unassigned',
        caseId: record.caseId,
        template: 'escalation-manager-unassigned',
        recipient: { role: 'manager', teamId: 'nordic-privacy' },
        createdAt: now.toISOString(),
        params: { reason: 'unassigned_over_60m', at: now.toISOString(), recipientRole: 'manager' },
      };

      // Act
      const email = await send(notification, settings, record);

      // Assess
      expect(email.to).toBe('erik.lindqvist@example.org');
      expect(email.subject).toContain(subject);
      expect(email.text.split('\n').some((text) => text.startsWith(line))).toBe(true);
      if (language === 'fi') {
        expect(email.subject).toBe(`[${record.reference}] Ilman käsittelijää 1 päivä: kysymys`);
        expect(email.text).toContain('Miksi saat tämän: asia on ollut ilman käsittelijää yli 60 minuuttia.');
        expect(email.text).toContain('Tila: osoitettu käsittelijälle');
        expect(email.text).toContain('Osoita asia jollekulle tiimistä tai ota se itse.');
      }
    },
  );

  it.each([
    { language: 'nb', subject: 'Privacy Desk ukeoversikt', greeting: 'Hei Maria Hauge,' },
    { language: 'da', subject: 'Privacy Desk ugeoversigt', greeting: 'Hej Maria Hauge,' },
    { language: undefined, subject: 'Privacy Desk weekly overview', greeting: 'Hello Maria Hauge,' },
  ])(
    'is the DPO’s configured language ($language) for the weekly digest',
    async ({ language, subject, greeting }) => {
      // Prepare
      const settings = settingsWith((config) => {
        if (language) config.dpo.language = language;
      });
      const notification: Notification = {
        notificationId: 'dpo-digest',
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

      // Act
      const email = await send(notification, settings);

      // Assess
      expect(email.to).toBe('dpo@example.org');
      expect(email.subject.startsWith(subject)).toBe(true);
      expect(email.text.startsWith(greeting)).toBe(true);
      expect(email.text).toContain('  Privacy team Netherlands: 3 / 1 / 0 / 1 / 0');
    },
  );
});
