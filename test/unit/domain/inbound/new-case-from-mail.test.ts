import { describe, expect, it } from 'vitest';
import { mayOpenCase, submissionFromMail } from '../../../../domain/inbound/new-case-from-mail.ts';
import { rawHeadersOf } from '../../../../domain/inbound/raw-headers.ts';
import { fixtureSettings } from '../../../helpers/fixture-config.ts';

const { config } = fixtureSettings;
const PASS = { spam: 'PASS', virus: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' } as const;
const JAN = { address: 'jan.dekker@example.com', name: 'Jan Dekker' };

const mail = (change: { subject?: string; text?: string; language?: string } = {}) => ({
  subject: change.subject ?? 'Welke gegevens hebben jullie?',
  text: change.text ?? 'Goedemorgen,\r\n\r\nWelke gegevens?   \r\nJan',
  headers: rawHeadersOf(
    change.language ? [{ key: 'content-language', line: `Content-Language: ${change.language}` }] : [],
  ),
});

describe('mayOpenCase', () => {
  it.each([
    {
      name: 'an outsider, authenticated, no case named',
      by: 'none',
      dmarc: 'PASS',
      from: JAN.address,
      expected: true,
    },
    { name: 'DMARC GRAY', by: 'none', dmarc: 'GRAY', from: JAN.address, expected: false },
    { name: 'DMARC FAIL', by: 'none', dmarc: 'FAIL', from: JAN.address, expected: false },
    { name: 'a team member', by: 'none', dmarc: 'PASS', from: 'anna.devries@example.org', expected: false },
    { name: 'a manager', by: 'none', dmarc: 'PASS', from: 'Marieke.Jansen@example.org', expected: false },
    { name: 'the DPO', by: 'none', dmarc: 'PASS', from: 'dpo@example.org', expected: false },
    {
      name: 'a case address that does not verify',
      by: 'bad_token',
      dmarc: 'PASS',
      from: JAN.address,
      expected: false,
    },
    {
      name: 'a case address whose token cannot be read',
      by: 'none',
      dmarc: 'PASS',
      from: JAN.address,
      to: 'Privacy Desk <case+abcdefghijklmnop@replies.example.org>',
      expected: false,
    },
    {
      name: 'the desk address, a case address at another domain in Cc',
      by: 'none',
      dmarc: 'PASS',
      from: JAN.address,
      to: 'case+abc@elsewhere.example.com',
      expected: true,
    },
  ] as const)('$name: $expected', ({ by, dmarc, from, expected, ...rest }) => {
    const to = 'to' in rest ? rest.to : undefined;
    const recipients = ['privacy@replies.example.org', ...(to ? [to] : [])];
    expect(
      mayOpenCase(
        { identification: { by } as never, verdicts: { ...PASS, dmarc }, author: from, recipients },
        config,
      ),
    ).toBe(expected);
  });
});

describe('submissionFromMail', () => {
  it('a question in the language the mail names, the subject above the text, the default team’s country', () => {
    expect(submissionFromMail(mail({ language: 'nl-NL' }), JAN, config)).toEqual({
      type: 'question',
      name: 'Jan Dekker',
      email: 'jan.dekker@example.com',
      relationship: 'other',
      country: 'NL',
      language: 'nl',
      message: 'Welke gegevens hebben jullie?\n\nGoedemorgen,\n\nWelke gegevens?\nJan',
    });
  });

  it.each([
    { language: undefined, expected: 'en' },
    { language: 'sv', expected: 'sv' },
    { language: 'de-DE', expected: 'en' },
    { language: 'NL, en', expected: 'nl' },
  ])('Content-Language $language: $expected', ({ language, expected }) => {
    expect(submissionFromMail(mail(language ? { language } : {}), JAN, config)?.language).toBe(expected);
  });

  it.each([
    { name: '', expected: 'jan.dekker@example.com' },
    { name: 'Click https://evil.example', expected: 'jan.dekker@example.com' },
    { name: 'Jan\u202eDekker', expected: 'jan.dekker@example.com' },
    { name: '  Jan Dekker  ', expected: 'Jan Dekker' },
  ])('display name "$name": greeted as "$expected"', ({ name, expected }) => {
    expect(submissionFromMail(mail(), { ...JAN, name }, config)?.name).toBe(expected);
  });

  it('cuts a text beyond the form’s 10,000 characters, with a note', () => {
    const message = submissionFromMail(mail({ subject: '', text: 'a'.repeat(20_000) }), JAN, config)?.message;

    expect(message).toHaveLength(10_000);
    expect(message?.endsWith('[... the rest of this email was too long and has been cut]')).toBe(true);
  });

  it('removes control characters the form would refuse', () => {
    expect(
      submissionFromMail(mail({ subject: 'Vraag\u0007', text: 'Tekst\u0000 hier' }), JAN, config)?.message,
    ).toBe('Vraag\n\nTekst hier');
  });

  it('an email with neither subject nor text opens nothing', () => {
    expect(submissionFromMail(mail({ subject: ' ', text: '\r\n' }), JAN, config)).toBeUndefined();
  });
});
