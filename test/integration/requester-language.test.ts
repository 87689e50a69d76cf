import { describe, expect, it } from 'vitest';
import { validSubmission } from '../helpers/factories.ts';
import { storedLanguage } from '../helpers/intake.ts';
import { testDeskForThisFile } from '../helpers/test-desk.ts';

const desk = testDeskForThisFile();

async function submit(overrides: Record<string, unknown>, headers: Record<string, string>) {
  const { language: _none, ...submission } = validSubmission(overrides);
  const response = await fetch(`${desk.api}/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ ...submission, ...overrides }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { reference: string }).reference;
}

describe('the language stored on a case', () => {
  it.each([
    ['the form field', { language: 'da', country: 'NL' }, { 'accept-language': 'sv' }, 'da'],
    ['the form field no, as nb', { language: 'no', country: 'NL' }, {}, 'nb'],
    ['Accept-Language', { country: 'NL' }, { 'accept-language': 'sv-SE,sv;q=0.9,en;q=0.5' }, 'sv'],
    [
      'an empty form field, then Accept-Language',
      { language: '', country: 'NL' },
      { 'accept-language': 'fi' },
      'fi',
    ],
    ['the country', { country: 'NO' }, { 'accept-language': 'de-DE' }, 'nb'],
    ['the country BE', { country: 'BE' }, {}, 'nl'],
    ['English otherwise', { country: 'DE' }, { 'accept-language': 'de' }, 'en'],
  ])('comes from %s', async (_source, overrides, headers, expected) => {
    const reference = await submit(overrides, headers);

    expect(await storedLanguage(desk, reference)).toBe(expected);
  });
});
