import { describe, expect, it } from 'vitest';
import type { CaseContent, CaseRecord } from '../../../../domain/case-model.ts';
import type { NotificationRecipient } from '../../../../domain/notifications/notification.ts';
import { templateValues } from '../../../../domain/notifications/template-values.ts';
import type { Language } from '../../../../domain/request-types.ts';
import {
  ROUTING_TEMPLATE_NAMES,
  type RoutingTemplateName,
} from '../../../../domain/routing/decide-routing.ts';
import { templateFor } from '../../../../domain/templates/catalog.ts';
import { renderTemplate } from '../../../../domain/templates/render-template.ts';
import { newCaseFixture } from '../../../helpers/factories.ts';
import { fixtureSettings } from '../../../helpers/fixture-config.ts';

const settings = fixtureSettings;

const record: CaseRecord = newCaseFixture({
  reference: 'PD-7K3M-Q9XA',
  type: 'access',
  service: 'payroll-cloud',
  controllerIsCustomer: true,
  receivedAt: '2025-01-31T10:00:00.000Z',
  deadline: {
    dueAt: '2025-02-28T22:59:59.999Z',
    dueDate: '2025-02-28',
    rolledForwardFrom: null,
    clockStartedAt: '2025-01-31T10:00:00.000Z',
    basis: 'gdpr_month',
    originalDueAt: '2025-02-28T22:59:59.999Z',
    extendedMonths: 0,
    country: 'NL',
    timeZone: 'Europe/Amsterdam',
  },
}).record;
const content: CaseContent = {
  name: 'Sofie Jacobs',
  email: 'sofie.jacobs@example.com',
  phone: '+31 6 1234 5678',
  company: 'Bakkerij Jacobs',
  message: 'Please send me a copy of my payroll data.',
};

function render(
  template: RoutingTemplateName,
  language: Language,
  recipient: NotificationRecipient,
  params: Record<string, string>,
) {
  const context = {
    record,
    content,
    secrets: {},
    params,
    settings,
    language,
    recipient,
    now: new Date(record.receivedAt),
  };
  return renderTemplate(templateFor(template, language), templateValues(template, context));
}

const member = { role: 'member', memberId: 'daan-peters' } as const;
const manager = { role: 'manager', teamId: 'payroll-support' } as const;
const assigned = { teamId: 'payroll-support', memberId: 'daan-peters' };

describe('routing templates', () => {
  it.each([
    {
      name: 'case-assigned (en) names the reference in the subject',
      email: () => render(ROUTING_TEMPLATE_NAMES.caseAssigned, 'en', member, assigned),
      part: 'subject',
      expected: '[PD-7K3M-Q9XA] New case for you: access request (Art. 15)',
    },
    {
      name: 'case-assigned (nl) names the reference in the subject',
      email: () => render(ROUTING_TEMPLATE_NAMES.caseAssigned, 'nl', member, assigned),
      part: 'subject',
      expected: '[PD-7K3M-Q9XA] Nieuwe zaak voor u: inzageverzoek (art. 15)',
    },
    {
      name: 'case-assigned to the manager says why',
      email: () =>
        render(ROUTING_TEMPLATE_NAMES.caseAssigned, 'en', manager, {
          teamId: 'payroll-support',
          needsAttention: 'no_eligible_member',
        }),
      part: 'subject',
      expected:
        '[PD-7K3M-Q9XA] Needs your attention: nobody in Payroll Cloud customer service can take this access request (Art. 15)',
    },
    {
      name: 'breach-alert gives the 72-hour instant in the subject',
      email: () => render(ROUTING_TEMPLATE_NAMES.breachAlert, 'en', { role: 'dpo' }, assigned),
      part: 'subject',
      expected: '[PD-7K3M-Q9XA] Breach report: the 72 hours end 28 February 2025 at 23:59 CET',
    },
    {
      name: 'opt-out-confirmed (nl) to the requester',
      email: () => render(ROUTING_TEMPLATE_NAMES.optOutConfirmed, 'nl', { role: 'requester' }, assigned),
      part: 'subject',
      expected: '[PD-7K3M-Q9XA] Uw afmelding voor marketing is vastgelegd',
    },
    {
      name: 'opt-out-fyi (en) to the representative',
      email: () => render(ROUTING_TEMPLATE_NAMES.optOutFyi, 'en', member, assigned),
      part: 'subject',
      expected: '[PD-7K3M-Q9XA] For your information: marketing opt-out handled',
    },
  ] as const)('$name', ({ email, part, expected }) => {
    expect(email()[part]).toBe(expected);
  });

  it.each([
    ['greets the member', 'Dear Daan Peters,'],
    ['gives the due date', 'Answer due by: 28 February 2025'],
    ['gives the requester name', 'Name: Sofie Jacobs'],
    ['gives the requester address', 'Email: sofie.jacobs@example.com'],
    ['gives the phone', 'Phone: +31 6 1234 5678'],
    ['gives the company', 'Company: Bakkerij Jacobs'],
    ['gives the message', 'Please send me a copy of my payroll data.'],
    ['explains the processor case', 'Processor case: for Payroll Cloud we process personal data'],
    ['says how to answer', 'How to answer: reply to this email.'],
  ])('case-assigned (en) %s', (_name, expected) => {
    expect(render(ROUTING_TEMPLATE_NAMES.caseAssigned, 'en', member, assigned).text).toContain(expected);
  });

  it.each([
    ['member', member, 'Dear Daan Peters,'],
    ['manager', manager, 'Dear Femke Bos,'],
    ['dpo', { role: 'dpo' } as const, 'Dear Maria Hauge,'],
  ] as const)('breach-alert greets the %s by name', (_name, recipient, expected) => {
    expect(render(ROUTING_TEMPLATE_NAMES.breachAlert, 'en', recipient, assigned).text).toContain(expected);
  });

  it('escapes the requester message in HTML', () => {
    const html = renderTemplate(
      templateFor('case-assigned', 'en'),
      templateValues('case-assigned', {
        record,
        content: { ...content, message: '<script>alert(1)</script>' },
        secrets: {},
        params: assigned,
        settings,
        language: 'en',
        recipient: member,
        now: new Date(record.receivedAt),
      }),
    ).html;

    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
