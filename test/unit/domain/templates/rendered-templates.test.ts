import { describe, expect, it } from 'vitest';
import { TEMPLATES, type Translations } from '../../../../domain/templates/catalog.ts';
import {
  deskLink,
  type MessageTemplate,
  renderTemplate,
  type TemplateValues,
} from '../../../../domain/templates/render-template.ts';

/**
 * Every template in every language, rendered with fixed values, against the recorded output: a
 * change to the template structure (partials, shared paragraphs) must not change a single
 * character a recipient sees. A deliberate wording change updates the snapshot with it.
 */

const TAG = /\{\{([#^/]?)\s*([\w.]+)\s*\}\}/g;

function tagNames(template: MessageTemplate): { values: Set<string>; sections: Set<string> } {
  const values = new Set<string>();
  const sections = new Set<string>();
  const withPartials = (text: string): string =>
    text.replace(/\{\{>\s*([\w.]+)\s*\}\}/g, (_tag, name: string) =>
      withPartials(template.partials?.[name] ?? ''),
    );
  for (const [, sigil, name] of withPartials(`${template.subject}\n${template.body}`).matchAll(TAG)) {
    if (sigil === '#' || sigil === '^') sections.add(name as string);
    else if (sigil === '') values.add(name as string);
  }
  return { values, sections };
}

/**
 * The sections of `notifications.staffEmailContent: "link"`: off in the recorded full-mode output,
 * on in the link-mode cases below.
 */
const LINK_MODE_SECTIONS = new Set(['contentInConsole', 'consoleCaseUrl', 'consoleUrl']);

/** Every value set (sections shown) or every section value empty (the other branches shown). */
function fixedValues(
  names: Set<string>,
  sections: Set<string>,
  sectionsOn: boolean,
  linkMode = false,
): TemplateValues {
  return Object.fromEntries(
    [...new Set([...names, ...sections])].map((name) => {
      if (LINK_MODE_SECTIONS.has(name) && !linkMode) return [name, ''];
      if (!sectionsOn && sections.has(name) && !LINK_MODE_SECTIONS.has(name)) return [name, ''];
      if (name.endsWith('Url')) return [name, deskLink(`https://desk.example/${name}`)];
      return [name, `<${name}> & "${name}"`];
    }),
  );
}

const cases = Object.entries(TEMPLATES as Record<string, Translations>).flatMap(([name, translations]) =>
  Object.entries(translations).flatMap(([language, template]) =>
    [true, false].map((sectionsOn) => ({
      name,
      language,
      template: template as MessageTemplate,
      sectionsOn,
    })),
  ),
);

describe('every template renders as recorded', () => {
  it.each(cases)('$name ($language), sections on: $sectionsOn', ({ template, sectionsOn }) => {
    const { values, sections } = tagNames(template);

    expect(renderTemplate(template, fixedValues(values, sections, sectionsOn))).toMatchSnapshot();
  });
});

/** The staff templates with a link-mode section, rendered with it on: new entries, never a changed one. */
const linkModeCases = cases.filter(({ template }) =>
  [...LINK_MODE_SECTIONS].some((name) => tagNames(template).sections.has(name)),
);

describe('every staff template in link mode (notifications.staffEmailContent "link") renders as recorded', () => {
  it.each(linkModeCases)(
    '$name ($language) in link mode, sections on: $sectionsOn',
    ({ template, sectionsOn }) => {
      const { values, sections } = tagNames(template);

      expect(renderTemplate(template, fixedValues(values, sections, sectionsOn, true))).toMatchSnapshot();
    },
  );
});

describe('partials', () => {
  it('are named alike in every language, so a translation fills the same catalogue', async () => {
    const en = (await import('../../../../domain/templates/en/partials.ts')).default;
    const nl = (await import('../../../../domain/templates/nl/partials.ts')).default;

    expect(Object.keys(nl).filter((name) => !(name in en))).toEqual([]);
  });
});
