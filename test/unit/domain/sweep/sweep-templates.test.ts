import { describe, expect, it } from 'vitest';
import type { CaseContent, CaseRecord } from '../../../../domain/case-model.ts';
import { teamTemplateValues } from '../../../../domain/notifications/escalation-values.ts';
import { STAFF_LABELS } from '../../../../domain/notifications/staff-labels.ts';
import { templateValues } from '../../../../domain/notifications/template-values.ts';
import type { Language } from '../../../../domain/request-types.ts';
import type { DpoDigest } from '../../../../domain/sweep/dpo-digest.ts';
import type { TemplateName } from '../../../../domain/templates/catalog.ts';
import { renderTemplate } from '../../../../domain/templates/render-template.ts';
import { SWEEP_TEMPLATES, TEAM_TEMPLATES } from '../../../../domain/templates/sweep-templates.ts';
import { fixtureSettings } from '../../../helpers/fixture-config.ts';

const settings = fixtureSettings;

const record: CaseRecord = {
  caseId: '6f1c1f8e-2d9b-4b7e-9d3c-1a2b3c4d5e6f',
  reference: 'PD-7K3M-Q9XA',
  type: 'access',
  status: 'assigned',
  language: 'nl',
  country: 'NL',
  relationship: 'customer_user',
  receivedAt: '2030-03-04T10:00:00.000Z',
  assigneeId: 'anna-devries',
  deadline: {
    dueAt: '2030-04-04T21:59:59.999Z',
    dueDate: '2030-04-04',
    rolledForwardFrom: null,
    clockStartedAt: '2030-03-04T10:00:00.000Z',
    basis: 'gdpr_month',
    originalDueAt: '2030-04-04T21:59:59.999Z',
    extendedMonths: 0,
    country: 'NL',
    timeZone: 'Europe/Amsterdam',
  },
  teamId: 'nl-privacy',
  controllerIsCustomer: false,
  emailHash: 'f'.repeat(64),
  accessTokenHash: 'a'.repeat(64),
  content: 'sealed',
};
const content: CaseContent = {
  name: 'Johanna Testperson',
  email: 'johanna@example.com',
  message: 'Please send me a copy of everything you hold.',
};
const digest = {
  overdue: [
    {
      reference: 'PD-AAAA-BBBB',
      type: 'erasure',
      status: 'assigned',
      receivedOn: '2030-03-01',
      dueOn: '2030-04-01',
      dueAt: '2030-04-01T21:59:59.999Z',
    },
  ],
  dueThisWeek: [],
  open: [],
  counts: { overdue: 3, dueThisWeek: 0, open: 0 },
};

const dpoDigest: DpoDigest = {
  localDate: '2030-04-08',
  since: '2030-04-01',
  teams: [
    { teamId: 'nl-privacy', open: 4, dueThisWeek: 1, overdue: 2, extended: 1, refused: 1 },
    { teamId: 'no-privacy', open: 0, dueThisWeek: 0, overdue: 0, extended: 0, refused: 2 },
  ],
};

describe('the DPO weekly digest', () => {
  it.each([
    [
      'en',
      'Privacy Desk weekly overview, week of 8 April 2030: 2 overdue, 3 refused',
      'all teams: 4 open, 1 due this week, 2 overdue, 1 extended; 3 refused from 1 April 2030 to 7 April 2030.',
    ],
    [
      'nl',
      'Privacy Desk weekoverzicht, week van 8 april 2030: 2 te laat, 3 geweigerd',
      'alle teams samen: 4 in behandeling, 1 met een termijn die deze week afloopt, 2 over de termijn, 1 verlengd; 3 geweigerd van 1 april 2030 tot en met 7 april 2030.',
    ],
  ] as const)('(%s) sums the teams and names the week', (language, subject, summary) => {
    const values = teamTemplateValues('dpo-digest', {
      params: { localDate: '2030-04-08', digest: JSON.stringify(dpoDigest) },
      settings,
      language,
    });

    const rendered = renderTemplate(SWEEP_TEMPLATES['dpo-digest'][language], values);

    expect(rendered.subject).toBe(subject);
    expect(rendered.text).toContain(summary);
    expect(rendered.text).toContain(
      `Hello ${settings.config.dpo.name},`.replace('Hello', language === 'nl' ? 'Beste' : 'Hello'),
    );
  });
});

const REQUESTER_TEMPLATES = new Set(['verification-reminder', 'closed-unverified']);

const cases = Object.entries(SWEEP_TEMPLATES).flatMap(([name, translations]) =>
  Object.entries(translations).map(([language, template]) => ({ name, language, template })),
);

describe('the escalation catalog', () => {
  it.each(cases)('$name ($language) renders every value it names', ({ name, language, template }) => {
    // Prepare
    const toRequester = REQUESTER_TEMPLATES.has(name);
    const params = {
      at: '2030-03-29T04:00:00.000Z',
      reason: 'due_within_7d',
      recipientRole: 'assignee',
      teamId: 'nl-privacy',
      localDate: '2030-03-29',
      digest: JSON.stringify(name === 'dpo-digest' ? dpoDigest : digest),
      problem: 'bounced',
      bounceType: 'Permanent',
      failedTemplate: 'acknowledgement',
      failedParticipant: 'requester',
      failedAt: '2030-03-04T10:01:00.000Z',
    };
    const lang = language as Language;
    const values = TEAM_TEMPLATES.has(name)
      ? teamTemplateValues(name, { params, settings, language: lang })
      : templateValues(name as TemplateName, {
          record,
          content,
          secrets: toRequester ? { verificationToken: 'tok' } : {},
          params,
          settings,
          language: lang,
          now: new Date(params.at),
        });

    // Act
    const rendered = renderTemplate(template, values);

    // Assess
    if (name === 'dpo-digest') {
      expect(rendered.text).toContain(
        '  Privacy team Netherlands: 4 / 1 / 2 / 1 / 1\n  Privacy team Norway: 0 / 0 / 0 / 0 / 2',
      );
      expect(rendered.subject).toContain(': 2 ');
    } else if (TEAM_TEMPLATES.has(name)) {
      expect(rendered.text).toContain('PD-AAAA-BBBB');
      expect(rendered.text).toContain(`  ${STAFF_LABELS[lang].digest.more('2')}`);
    } else {
      expect(rendered.subject).toContain('[PD-7K3M-Q9XA]');
    }
    if (toRequester) {
      expect(rendered.text).toContain('Johanna Testperson');
    } else {
      expect([rendered.text.includes(content.name), rendered.text.includes(content.message)]).toEqual([
        false,
        false,
      ]);
    }
  });

  it.each([
    ['the step time when the notification has one', { at: '2030-04-01T21:59:59.999Z' }, '3 days'],
    ['the sending time when it has none', {}, '2 days'],
  ])('counts the time left from %s', (_, at, expected) => {
    const values = templateValues('escalation-reminder', {
      record,
      content,
      secrets: {},
      params: { reason: 'due_within_7d', recipientRole: 'assignee', ...at },
      settings,
      language: 'en',
      now: new Date('2030-04-02T21:59:59.999Z'),
    });

    expect(values.timeLeft).toBe(expected);
  });

  it('has a template for every step of the ladder', async () => {
    const { ESCALATION_TEMPLATE_NAMES: LADDER } = await import('../../../../domain/escalation/index.ts');

    expect(Object.values(LADDER).filter((name) => !(name in SWEEP_TEMPLATES))).toEqual([]);
  });
});
