import { describe, expect, it } from 'vitest';
import { CLOSE_OUTCOMES } from '../../../../domain/case-model.ts';
import { MONTH_WORDS, OUTCOME_LABELS } from '../../../../domain/notifications/inbound-template-values.ts';
import { LANGUAGES, REQUEST_TYPES } from '../../../../domain/request-types.ts';
import { REQUESTER_TEMPLATES, TEMPLATES, type Translations } from '../../../../domain/templates/catalog.ts';
import type { MessageTemplate, Partials } from '../../../../domain/templates/render-template.ts';
import { LOCALES, TYPE_LABELS } from '../../../../domain/templates/type-labels.ts';

/*
 * The requester catalogue of every language: each requester email exists in each language of
 * LANGUAGES and uses exactly the values, sections and partials the English one uses (a translation
 * that drops the authority, the court route or the verification link fails here); every label a
 * requester email shows exists in every language.
 */

const REQUESTER_PARTIALS = [
  'complaintRights',
  'rightsOfRecourse',
  'controllerFooter',
  'signature',
  'staffText',
];

const TAG = /\{\{\s*([#^/>]?)\s*([\w.]+)\s*\}\}/g;

/** `{{name}}`, `{{#name}}`, `{{^name}}`, `{{> name}}`: the tags of one text, closing tags left out. */
function tags(text: string): string[] {
  const found = new Set<string>();
  for (const [, sigil, name] of text.matchAll(TAG)) if (sigil !== '/') found.add(`${sigil}${name}`);
  return [...found].sort();
}

const translationsOf = (name: string): Translations => (TEMPLATES as Record<string, Translations>)[name]!;
const partialsOf = (language: string): Partials =>
  (translationsOf('acknowledgement') as Record<string, MessageTemplate>)[language]?.partials ?? {};

const everyTemplateInEveryLanguage = REQUESTER_TEMPLATES.flatMap((name) =>
  LANGUAGES.filter((language) => language !== 'en').map((language) => ({ name, language })),
);

describe('the requester catalogue', () => {
  it.each(everyTemplateInEveryLanguage)('$name exists in $language', ({ name, language }) => {
    expect(Object.keys(translationsOf(name))).toContain(language);
  });

  it.each(everyTemplateInEveryLanguage)(
    '$name ($language) uses the tags of the English one',
    ({ name, language }) => {
      const en = translationsOf(name).en;
      const translation = translationsOf(name)[language];

      expect(tags(translation?.subject ?? '')).toEqual(tags(en.subject));
      expect(tags(translation?.body ?? '')).toEqual(tags(en.body));
    },
  );

  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    'the requester partials in %s use the tags of the English ones',
    (language) => {
      const en = partialsOf('en');
      const partials = partialsOf(language);

      for (const name of REQUESTER_PARTIALS) {
        expect(partials[name], `${language} partial ${name}`).toBeTypeOf('string');
        expect(tags(partials[name] ?? ''), `${language} partial ${name}`).toEqual(tags(en[name] ?? ''));
      }
    },
  );

  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    'every template of %s carries the partials of its own language',
    (language) => {
      for (const name of REQUESTER_TEMPLATES) {
        expect(translationsOf(name)[language]?.partials, `${name} (${language})`).toBe(partialsOf(language));
      }
    },
  );
});

describe('the labels requester emails show', () => {
  it.each(LANGUAGES)('are complete in %s', (language) => {
    expect(Object.keys(TYPE_LABELS[language]).sort()).toEqual([...REQUEST_TYPES].sort());
    expect(Object.keys(OUTCOME_LABELS[language]).sort()).toEqual([...CLOSE_OUTCOMES].sort());
    expect(MONTH_WORDS[language]).toHaveLength(2);
    expect(LOCALES[language]).toMatch(new RegExp(`^${language}-[A-Z]{2}$`));
    for (const label of [
      ...Object.values(TYPE_LABELS[language]),
      ...Object.values(OUTCOME_LABELS[language]),
      ...MONTH_WORDS[language],
    ])
      expect(label.trim()).not.toBe('');
  });

  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    'are translated in %s, not copied from English',
    (language) => {
      for (const type of REQUEST_TYPES) expect(TYPE_LABELS[language][type]).not.toBe(TYPE_LABELS.en[type]);
      for (const outcome of CLOSE_OUTCOMES)
        expect(OUTCOME_LABELS[language][outcome]).not.toBe(OUTCOME_LABELS.en[outcome]);
    },
  );
});
