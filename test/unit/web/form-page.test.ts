import { describe, expect, it } from 'vitest';
import { LANGUAGES, REQUEST_TYPES } from '../../../domain/request-types.ts';
import { localFormPage, rootLanguage } from '../../../local/web-form.ts';
import { PAGE_CATALOGUES } from '../../../web/i18n/catalogues.ts';
import { formErrorPage } from '../../../web/pages/api-pages.ts';
import { formPageCsp } from '../../../web/pages/csp.ts';

const settings = {
  privacyStatementUrl: 'https://www.example.org/privacy?lang=en&v=2',
  processorServices: [{ id: 'payroll-cloud', name: 'Payroll Cloud' }],
};

describe('the web form', () => {
  it.each(LANGUAGES)(
    'in %s: every request type with its sentence, and the page in that language',
    (language) => {
      const page = localFormPage(settings, language);
      const catalogue = PAGE_CATALOGUES[language];

      expect({
        lang: page.includes(`<html lang="${language}">`),
        types: REQUEST_TYPES.filter(
          (type) =>
            !page.includes(`value="${type}"`) ||
            !page.includes(catalogue[`type.${type}.hint` as keyof typeof catalogue]),
        ),
        current: page.includes(
          `href="/${language}/" hreflang="${language}" lang="${language}" aria-current="page"`,
        ),
      }).toEqual({ lang: true, types: [], current: true });
    },
  );

  it('asks for no consent and links to the configured privacy statement', () => {
    const page = localFormPage(settings, 'en');

    expect({
      consent: /name="consent"|type="checkbox"/.test(page),
      link: page.includes('<a href="https://www.example.org/privacy?lang=en&amp;v=2">privacy statement</a>'),
      notice: page.includes('so we do not ask for your consent'),
    }).toEqual({ consent: false, link: true, notice: true });
  });

  it('names the privacy statement without a dead link when none is configured', () => {
    const page = localFormPage({ ...settings, privacyStatementUrl: undefined }, 'nl');

    expect(page).toContain('leest u in onze privacyverklaring.');
    expect(page).not.toContain('<a href="undefined"');
  });

  it('hides the honeypot from people, screen readers, the tab order and autofill', () => {
    const page = localFormPage(settings, 'en');

    expect(page).toMatch(
      /<div class="hp" aria-hidden="true">\s*<label for="website">[^<]+<\/label>\s*<input id="website" name="website" tabindex="-1" autocomplete="off">/,
    );
  });

  it('labels every field and has no inline script, style or event handler', () => {
    const page = localFormPage(settings, 'sv');
    const ids = [...page.matchAll(/<(?:input|select|textarea) (?:type="\w+" )?id="([\w-]+)"/g)].map(
      (m) => m[1],
    );
    const unlabelled = ids.filter((id) => !page.includes(`<label for="${id}"`));

    expect({
      unlabelled,
      inlineScript: /<script(?![^>]*\bsrc=)[^>]*>/.test(page),
      inlineStyle: /<style|style="/.test(page),
      handlers: /\son[a-z]+="/.test(page),
    }).toEqual({ unlabelled: [], inlineScript: false, inlineStyle: false, handlers: false });
  });

  it('has a policy without unsafe-inline that allows only its own origin and the API', () => {
    expect(formPageCsp()).not.toContain('unsafe');
    expect(formPageCsp('https://api.example.org')).toContain("form-action 'self' https://api.example.org");
  });
});

describe('the language of the page at /', () => {
  it.each([
    ['sv-SE,sv;q=0.9', 'sv'],
    ['de-DE,nb;q=0.5', 'nb'],
    ['de-DE', 'en'],
    [undefined, 'en'],
  ] as const)('Accept-Language %s gives %s', (header, expected) => {
    expect(rootLanguage(header)).toBe(expected);
  });
});

describe('the form after a refused plain POST', () => {
  it('shows each error at its field and in the summary, in the page language, with the values kept', () => {
    const page = formErrorPage({
      language: 'da',
      services: settings.processorServices,
      statusCode: 400,
      values: { type: 'access', name: 'Mette <Hansen>', email: 'mette@', message: '' },
      issues: [
        { field: 'email', message: 'Must be a valid email address' },
        { field: 'message', message: 'Required' },
        { field: 'name', message: 'At most 200 characters' },
      ],
    });

    expect({
      summary: page.includes(
        '<a href="#email">E-mailadresse: Angiv en e-mailadresse, for eksempel navn@eksempel.dk.</a>',
      ),
      atField: page.includes('<span class="field-error" id="message-error">Feltet skal udfyldes.</span>'),
      tooLong: page.includes('Brug højst 200 tegn.'),
      described: page.includes('aria-describedby="email-hint email-error" aria-invalid="true"'),
      keptName: page.includes('value="Mette &lt;Hansen&gt;"'),
      keptType: page.includes('value="access" aria-describedby="type-access-hint" checked'),
    }).toEqual({
      summary: true,
      atField: true,
      tooLong: true,
      described: true,
      keptName: true,
      keptType: true,
    });
  });
});
