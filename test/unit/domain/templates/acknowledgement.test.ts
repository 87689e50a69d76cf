import { describe, expect, it } from 'vitest';
import type { CaseContent, CaseRecord } from '../../../../domain/case-model.ts';
import { templateValues } from '../../../../domain/notifications/template-values.ts';
import type { Language, RequestType } from '../../../../domain/request-types.ts';
import { templateFor } from '../../../../domain/templates/catalog.ts';
import { renderTemplate } from '../../../../domain/templates/render-template.ts';
import { newCaseFixture } from '../../../helpers/factories.ts';
import { fixtureSettings } from '../../../helpers/fixture-config.ts';

const settings = fixtureSettings;

/** Values a requester controls, as an attacker would type them (some predate the schema's checks). */
const HOSTILE_NAMES = [
  'https://evil.example/login',
  'Anna <a href="https://evil.example">click</a>',
  'www.evil.example http://evil.example',
  'javascript:alert(1)',
  '"><a href=//evil.example>x</a>',
  'Anna \u202eexe.nigol',
];

const SECRETS = { accessToken: 'access-token-123', verificationToken: 'verify-token-456' };

function renderAcknowledgement(name: string, type: RequestType, language: Language) {
  const record: CaseRecord = newCaseFixture({
    reference: 'PD-7K3M-Q9XA',
    type,
    service: 'payroll-cloud',
    controllerIsCustomer: true,
  }).record;
  const content: CaseContent = {
    name,
    email: 'victim@example.com',
    company: 'https://evil.example/company',
    message: 'See https://evil.example/message',
  };
  const secrets = type === 'question' ? { accessToken: SECRETS.accessToken } : SECRETS;
  return renderTemplate(
    templateFor('acknowledgement', language),
    templateValues('acknowledgement', {
      record,
      content,
      secrets,
      params: {},
      settings,
      language,
      now: new Date(record.receivedAt),
    }),
  );
}

const anchors = (html: string) => [...html.matchAll(/<a\b[^>]*>/gi)].map((match) => match[0]);

describe('the acknowledgement with hostile requester values', () => {
  const cases = HOSTILE_NAMES.flatMap((name) =>
    (['en', 'nl'] as const).flatMap((language) =>
      (['access', 'question'] as const).map((type) => ({ name, language, type })),
    ),
  );

  it.each(cases)('links only the desk in $language $type for name $name', ({ name, language, type }) => {
    const { html } = renderAcknowledgement(name, type, language);

    const expected = [
      ...(type === 'access'
        ? [`<a href="http://localhost:3000/requests/verify?token=${SECRETS.verificationToken}">`]
        : []),
      `<a href="http://localhost:3000/requests/PD-7K3M-Q9XA?token=${SECRETS.accessToken}">`,
    ];
    expect(anchors(html)).toEqual(expected);
  });

  it.each(HOSTILE_NAMES)('shows the name %s as escaped text, never as markup', (name) => {
    const { html, text } = renderAcknowledgement(name, 'access', 'en');

    expect(text).toContain(`Dear ${name},`);
    expect(html).toContain(
      `Dear ${name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')},`,
    );
    expect(html).not.toContain('evil.example"');
    expect(html).not.toMatch(/href="[^"]*evil/);
  });
});
