import { describe, expect, it } from 'vitest';
import { STAFF_LABELS } from '../../../../domain/notifications/staff-labels.ts';
import { LANGUAGES } from '../../../../domain/request-types.ts';
import { TEMPLATES, type TemplateName, type Translations } from '../../../../domain/templates/catalog.ts';
import type { MessageTemplate } from '../../../../domain/templates/render-template.ts';

/**
 * The staff emails in every language the desk writes: each translation exists and uses exactly
 * the tags of the English one (the same values, sections and partials, in subject and body), and
 * every partial it names resolves to one with the English partial's tags. Every staff label table
 * has every key in every language.
 */

const STAFF_TEMPLATES = [
  'case-assigned',
  'case-reassigned',
  'requester-reply',
  'command-error',
  'mail-dropped',
  'late-refusal',
  'opt-out-fyi',
  'breach-alert',
  'delivery-failed',
  'escalation-reminder',
  'escalation-extension-decision',
  'escalation-manager-no-first-response',
  'escalation-manager-unassigned',
  'escalation-dpo-overdue',
  'escalation-breach-deadline',
  'escalation-breach-overdue',
  'manager-digest',
  'dpo-digest',
] as const satisfies readonly TemplateName[];

const TAG = /\{\{([#^/>]?)\s*([\w.]+)\s*\}\}/g;

/** `value:name`, `#:name`, `^:name`, `>:name`: the tags a text uses, sorted, each once. */
function tags(text: string): string[] {
  const found = new Set<string>();
  for (const [, sigil, name] of text.matchAll(TAG)) {
    if (sigil !== '/') found.add(`${sigil || 'value'}:${name}`);
  }
  return [...found].sort();
}

function partialNames(template: MessageTemplate): string[] {
  return tags(`${template.subject}\n${template.body}`)
    .filter((tag) => tag.startsWith('>:'))
    .map((tag) => tag.slice(2));
}

const translated = (name: TemplateName) => TEMPLATES[name] as Translations;
const cases = STAFF_TEMPLATES.flatMap((name) =>
  LANGUAGES.filter((language) => language !== 'en').map((language) => ({ name, language })),
);

describe('staff templates', () => {
  it.each(STAFF_TEMPLATES.map((name) => ({ name })))('$name exists in every language', ({ name }) => {
    expect(LANGUAGES.filter((language) => translated(name)[language] === undefined)).toEqual([]);
  });

  it.each(cases)('$name ($language) has the subject tags of the English one', ({ name, language }) => {
    const english = translated(name).en;
    const translation = translated(name)[language] as MessageTemplate;

    expect(tags(translation.subject)).toEqual(tags(english.subject));
  });

  it.each(cases)('$name ($language) has the body tags of the English one', ({ name, language }) => {
    const english = translated(name).en;
    const translation = translated(name)[language] as MessageTemplate;

    expect(tags(translation.body)).toEqual(tags(english.body));
  });

  it.each(cases)(
    '$name ($language) has each partial it names, with the English tags',
    ({ name, language }) => {
      const english = translated(name).en;
      const translation = translated(name)[language] as MessageTemplate;
      const partialTags = (template: MessageTemplate) =>
        Object.fromEntries(
          partialNames(template).map((partial) => [
            partial,
            tags(template.partials?.[partial] ?? '(missing)'),
          ]),
        );

      expect(partialTags(translation)).toEqual(partialTags(english));
    },
  );
});

/** Every key path of a label table; a function counts as a leaf. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value)
    .flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key))
    .sort();
}

function leaves(value: unknown): unknown[] {
  if (typeof value !== 'object' || value === null) return [value];
  return Object.values(value).flatMap(leaves);
}

describe('staff label tables', () => {
  it.each(LANGUAGES.map((language) => ({ language })))(
    '$language has every key of the English table',
    ({ language }) => {
      expect(keyPaths(STAFF_LABELS[language])).toEqual(keyPaths(STAFF_LABELS.en));
    },
  );

  it.each(LANGUAGES.map((language) => ({ language })))('$language has no empty text', ({ language }) => {
    const texts = leaves(STAFF_LABELS[language]).map((leaf) =>
      typeof leaf === 'function' ? (leaf as (value: string) => string)('7') : leaf,
    );

    expect(texts.filter((text) => typeof text !== 'string' || text.trim() === '')).toEqual([]);
  });

  it.each(LANGUAGES.filter((language) => language !== 'en').map((language) => ({ language })))(
    '$language names every request type in its own words, with the article of the English label',
    ({ language }) => {
      const { typeLabels } = STAFF_LABELS[language];
      // `(Art. 21(2))`, `(art. 21(2))`, the Dutch `(art. 21 lid 2)`: the same article and paragraph.
      const article = (label: string) =>
        /\([Aa]rt\. (\d+(?:\(\d\)| lid \d)?)\)$/.exec(label)?.[1]?.replace(/ lid (\d)/, '($1)');
      const articles = Object.fromEntries(
        Object.entries(typeLabels).map(([type, label]) => [type, article(label)]),
      );
      const englishArticles = Object.fromEntries(
        Object.entries(STAFF_LABELS.en.typeLabels).map(([type, label]) => [type, article(label)]),
      );

      expect(articles).toEqual(englishArticles);
      expect(
        Object.entries(typeLabels).filter(
          ([type, label]) => label === STAFF_LABELS.en.typeLabels[type as keyof typeof typeLabels],
        ),
      ).toEqual([]);
    },
  );
});
