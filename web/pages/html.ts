import type { Language } from '../../domain/request-types.ts';
import { escapeHtml } from '../../domain/templates/render-template.ts';
import { PAGE_CATALOGUES, type PageKey } from '../i18n/catalogues.ts';

export { escapeHtml };

/**
 * A catalogue text as HTML: the text escaped, each `{placeholder}` replaced by the HTML given for it
 * (a link, a `<strong>`), which the caller has escaped.
 */
export function textHtml(language: Language, key: PageKey, html: Record<string, string> = {}): string {
  return escapeHtml(PAGE_CATALOGUES[language][key]).replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = html[name];
    if (value === undefined) throw new Error(`No value for {${name}} in ${key}`);
    return value;
  });
}

/** A catalogue text, escaped, for element content and attribute values. */
export function text(language: Language, key: PageKey): string {
  return escapeHtml(PAGE_CATALOGUES[language][key]);
}

export interface DocumentParts {
  readonly language: Language;
  readonly title: string;
  readonly body: string;
  /** `<link>` to the stylesheet file, or the stylesheet inline (pages the API renders). */
  readonly head: string;
}

export function htmlDocument(parts: DocumentParts): string {
  return `<!doctype html>
<html lang="${parts.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(parts.title)}</title>
${parts.head}
</head>
<body>
${parts.body}
</body>
</html>
`;
}
