import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRIVACY_STATEMENT_PLACEHOLDER, webFormPage } from '../../../local/web-form.ts';

/* The sample form informs and links to the privacy statement; it asks for no consent. */
const html = readFileSync(new URL('../../../web/index.html', import.meta.url), 'utf8');

describe('the sample web form', () => {
  it('has no consent checkbox, nor any required checkbox', () => {
    expect({
      consent: /name="consent"/.test(html),
      checkboxes: html.match(/type="checkbox"/g) ?? [],
    }).toEqual({ consent: false, checkboxes: [] });
  });

  it('says why no consent is asked and links to the configured privacy statement', () => {
    const page = webFormPage(html, 'https://www.example.org/privacy?lang=en&v=2');

    expect({
      notice: page.includes('so we do not ask for\n    your consent'),
      link: page.includes('<a href="https://www.example.org/privacy?lang=en&amp;v=2">privacy statement</a>'),
      placeholder: page.includes(PRIVACY_STATEMENT_PLACEHOLDER),
    }).toEqual({ notice: true, link: true, placeholder: false });
  });

  it('names the privacy statement without a dead link when none is configured', () => {
    const page = webFormPage(html, undefined);

    expect({
      text: page.includes('described in our\n    privacy statement.'),
      placeholder: page.includes(PRIVACY_STATEMENT_PLACEHOLDER),
    }).toEqual({ text: true, placeholder: false });
  });
});
