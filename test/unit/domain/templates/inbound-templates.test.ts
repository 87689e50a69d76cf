import { describe, expect, it } from 'vitest';
import { templateValues } from '../../../../domain/notifications/template-values.ts';
import type { Language } from '../../../../domain/request-types.ts';
import { templateFor } from '../../../../domain/templates/catalog.ts';
import {
  INBOUND_TEMPLATES,
  type InboundTemplateName,
} from '../../../../domain/templates/inbound-templates.ts';
import { renderTemplate } from '../../../../domain/templates/render-template.ts';
import { newCaseFixture } from '../../../helpers/factories.ts';
import { fixtureSettings } from '../../../helpers/fixture-config.ts';

const settings = fixtureSettings;
const record = {
  ...newCaseFixture({ type: 'access', reference: 'PD-7K3M-Q9XA', receivedAt: '2026-11-03T10:00:00.000Z' })
    .record,
  deadline: {
    ...newCaseFixture().record.deadline,
    dueAt: '2027-02-03T22:59:59.999Z',
    originalDueAt: '2026-12-03T22:59:59.999Z',
    extendedMonths: 2 as const,
  },
};
const content = { name: 'Anna de Vries', email: 'anna@example.com', message: 'Which data do you keep?' };

function render(
  template: InboundTemplateName,
  language: Language,
  secrets: Record<string, string> = {},
  params: Record<string, string | number | boolean> = {},
) {
  return renderTemplate(
    templateFor(template, language),
    templateValues(template, {
      record,
      content,
      secrets,
      params,
      settings,
      language,
      now: new Date(record.receivedAt),
    }),
  );
}

const EVERYTHING = {
  staffText: 'Dear Ms de Vries,\n\nHere it is.',
  requesterText: 'Thank you.',
  attachmentList: 'export.pdf (142 bytes)',
  reason: 'Three systems to search',
  errorList: 'Line 1, #frobnicate: Unknown command.',
};

const translations = Object.entries(INBOUND_TEMPLATES).flatMap(([name, byLanguage]) =>
  Object.keys(byLanguage).map((language) => [name as InboundTemplateName, language as Language] as const),
);

describe('the inbound templates', () => {
  it.each(translations)(
    '%s (%s) renders with every value it names, the reference in the subject',
    (name, language) => {
      const rendered = render(name, language, EVERYTHING, {
        outcome: 'fulfilled',
        months: 2,
        assignedBy: 'Anna',
      });

      expect(rendered.subject).toContain('PD-7K3M-Q9XA');
      expect(rendered.text).not.toMatch(/\{\{|\}\}/);
    },
  );

  it.each(translations)('%s (%s) renders without the optional texts', (name, language) => {
    expect(() => render(name, language, {}, { outcome: 'fulfilled', months: 1 })).not.toThrow();
  });

  it.each([
    ['en', ['data protection authority', 'judicial remedy', 'Three systems to search']],
    ['nl', ['toezichthoudende autoriteit', 'naar de rechter te stappen', 'Three systems to search']],
  ] as const)(
    'the refusal notice (%s) gives the reasons and both rights of Art. 12(4)',
    (language, phrases) => {
      const { text } = render('refusal-notice', language, { reason: 'Three systems to search' });
      for (const phrase of phrases) expect(text).toContain(phrase);
    },
  );

  it.each([
    [
      'en',
      1,
      ['Article 12(3)', 'by 1 month.', '3 December 2026', '3 February 2027', 'Three systems to search'],
    ],
    [
      'nl',
      2,
      ['artikel 12, lid 3', 'met 2 maanden', '3 december 2026', '3 februari 2027', 'Three systems to search'],
    ],
  ] as const)('the extension notice (%s) gives the new date and the reason', (language, months, phrases) => {
    const { text } = render('extension-notice', language, { reason: 'Three systems to search' }, { months });
    for (const phrase of phrases) expect(text).toContain(phrase);
  });

  it.each([
    ['en', 'fulfilled', 'your request has been carried out'],
    ['en', 'refused', 'we did not act on your request'],
    ['nl', 'withdrawn', 'u hebt uw verzoek ingetrokken'],
  ] as const)('the closing notice (%s) names the outcome %s', (language, outcome, label) => {
    expect(render('case-closed', language, {}, { outcome }).text).toContain(`${label}.`);
  });

  it('puts the staff text below the notice, never a value inside the HTML unescaped', () => {
    const rendered = render('case-closed', 'en', { staffText: '<b>Dear</b> Anna' }, { outcome: 'fulfilled' });

    expect(rendered.text.indexOf('<b>Dear</b> Anna')).toBeGreaterThan(rendered.text.indexOf('Kind regards'));
    expect(rendered.html).toContain('&lt;b&gt;Dear&lt;/b&gt; Anna');
  });

  it('warns on top of a requester reply DMARC did not authenticate, and in its subject', () => {
    const rendered = render('requester-reply', 'en', EVERYTHING, { unauthenticated: true, dmarc: 'GRAY' });

    expect(rendered.subject).toBe(
      '[PD-7K3M-Q9XA] The requester replied, sender not verified (access request (Art. 15))',
    );
    expect(
      rendered.text.startsWith(
        'WARNING: the desk could not verify that this email comes from the requester.',
      ),
    ).toBe(true);
    expect(rendered.text).toContain('(DMARC GRAY)');
    expect(rendered.text.indexOf('WARNING')).toBeLessThan(rendered.text.indexOf('Thank you.'));
  });

  it('forwards an authenticated requester reply without a warning', () => {
    const rendered = render('requester-reply', 'en', EVERYTHING);

    expect(rendered.subject).toBe('[PD-7K3M-Q9XA] The requester replied (access request (Art. 15))');
    expect(rendered.text).not.toContain('WARNING');
  });

  it('tells a staff member whose commands did not run that the text was filed but not sent', () => {
    const filed = render('command-error', 'en', EVERYTHING, { textFiled: true }).text;
    const notFiled = render('command-error', 'en', EVERYTHING).text;

    expect(filed).toMatch(
      /^The commands in your email on case PD-7K3M-Q9XA were not run\. Your text was filed/,
    );
    expect(notFiled).toMatch(/^Your reply on case PD-7K3M-Q9XA was not applied: nothing was changed/);
  });

  it('alerts a dropped email with ids and the reason only', () => {
    const rendered = render('mail-dropped', 'en', EVERYTHING, {
      reason: 'unauthenticated',
      identifiedBy: 'thread',
      sesMessageId: 'o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g1',
    });

    expect(rendered.subject).toBe('[PD-7K3M-Q9XA] An email to this case was not accepted');
    expect(rendered.text).toContain('did not authenticate it (DMARC)');
    expect(rendered.text).toContain('SES message id o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g1');
    expect(rendered.text).toContain('matched by In-Reply-To/References');
    for (const secret of Object.values(EVERYTHING)) expect(rendered.text).not.toContain(secret);
  });

  it('lists the commands in the emails to staff', () => {
    for (const name of ['requester-reply', 'case-reassigned', 'command-error'] as const) {
      expect(render(name, 'en', EVERYTHING, { assignedBy: 'Anna' }).text).toContain('#extend <1|2> <reason>');
    }
  });
});
