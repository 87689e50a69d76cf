/**
 * The one small renderer for email templates: `{{name}}` inserts a value, `{{#name}}...{{/name}}`
 * keeps a block when the value is set and truthy, `{{^name}}...{{/name}}` when it is not, and
 * `{{> name}}` inserts a partial: a paragraph every template of a language shares (the complaint
 * rights, the signature), kept once per language in its `partials.ts` so one wording change is one
 * edit.
 * Text and HTML come from the same template: in HTML every value and every literal is escaped, and
 * only desk links (`deskLink`) become anchors; in the subject, line breaks in values are removed (no
 * header injection).
 */

/** A language's shared paragraphs by name; a partial may use values, sections and other partials. */
export type Partials = Readonly<Record<string, string>>;

export interface MessageTemplate {
  readonly subject: string;
  readonly body: string;
  /** The partials of the template's language, for its `{{> name}}` tags. */
  readonly partials?: Partials;
}

/**
 * A link the desk built itself (status, verification): the only value the HTML part turns into an
 * anchor. Every other value is text, whatever it looks like: an email goes to whatever address a
 * form names, and a link typed into the form must not arrive there as the desk's link.
 */
export class DeskLink {
  private constructor(readonly url: string) {}

  static of(url: string): DeskLink {
    if (!/^https?:\/\/[^\s<>"']+$/.test(url))
      throw new TemplateError('A desk link is an absolute http(s) URL');
    return new DeskLink(url);
  }

  toString(): string {
    return this.url;
  }
}

export const deskLink = (url: string) => DeskLink.of(url);

export type TemplateValue = string | number | boolean | DeskLink | undefined;
export type TemplateValues = Readonly<Record<string, TemplateValue>>;

export interface RenderedMessage {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

const PARTIAL = /\{\{>\s*([\w.]+)\s*\}\}/g;
const MAX_PARTIAL_DEPTH = 5;

/** Replaces every `{{> name}}` with its partial, before any value is looked at. */
function insertPartials(template: string, partials: Partials, depth = 0): string {
  return template.replace(PARTIAL, (_tag, name: string) => {
    if (!Object.hasOwn(partials, name)) throw new TemplateError(`No partial {{> ${name}}}`);
    if (depth >= MAX_PARTIAL_DEPTH) throw new TemplateError(`Partials nested too deep at {{> ${name}}}`);
    return insertPartials(partials[name] as string, partials, depth + 1);
  });
}

type Piece = { readonly kind: 'literal' | 'value' | 'link'; readonly text: string };

const TAG = /\{\{([#^/]?)\s*([\w.]+)\s*\}\}/g;

function expand(template: string, values: TemplateValues): Piece[] {
  const pieces: Piece[] = [];
  const stack: { name: string; visible: boolean }[] = [];
  const visible = () => stack.every((frame) => frame.visible);
  let last = 0;
  for (const match of template.matchAll(TAG)) {
    const [tag, sigil, name] = match as unknown as [string, string, string];
    if (visible()) pieces.push({ kind: 'literal', text: template.slice(last, match.index) });
    last = match.index + tag.length;
    if (sigil === '#' || sigil === '^') {
      const truthy = Boolean(values[name]);
      stack.push({ name, visible: sigil === '#' ? truthy : !truthy });
    } else if (sigil === '/') {
      const frame = stack.pop();
      if (frame?.name !== name) throw new TemplateError(`Unbalanced section {{/${name}}}`);
    } else if (visible()) {
      if (!(name in values) || values[name] === undefined)
        throw new TemplateError(`No value for {{${name}}}`);
      const value = values[name];
      pieces.push({ kind: value instanceof DeskLink ? 'link' : 'value', text: String(value) });
    }
  }
  if (stack.length > 0) throw new TemplateError(`Unclosed section {{#${stack.at(-1)?.name}}}`);
  if (visible()) pieces.push({ kind: 'literal', text: template.slice(last) });
  return pieces;
}

/** Sections sit on lines of their own; drop the blank lines they leave and collapse runs. */
function tidy(text: string): string {
  return text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

function toHtml(pieces: Piece[]): string {
  // Escape every piece, so a value can never open a tag; only desk links become anchors. Then lay
  // out paragraphs.
  const escaped = tidy(
    pieces
      .map((piece) =>
        piece.kind === 'link'
          ? `<a href="${escapeHtml(piece.text)}">${escapeHtml(piece.text)}</a>`
          : escapeHtml(piece.text),
      )
      .join(''),
  );
  const paragraphs = escaped
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.replace(/\n/g, '<br>\n')}</p>`);
  return `<!doctype html>\n<html><body style="font-family: sans-serif; line-height: 1.5">\n${paragraphs.join('\n')}\n</body></html>`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
const LINE_BREAKS = /[\r\n\u0000-\u001f\u007f\u2028\u2029]+/g;

export function renderTemplate(template: MessageTemplate, values: TemplateValues): RenderedMessage {
  const partials = template.partials ?? {};
  const subjectValues = Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      key,
      typeof value === 'string' ? value.replace(LINE_BREAKS, ' ') : value,
    ]),
  );
  const subject = tidy(
    expand(insertPartials(template.subject, partials), subjectValues)
      .map((piece) => piece.text)
      .join(''),
  ).replace(LINE_BREAKS, ' ');
  const pieces = expand(insertPartials(template.body, partials), values);
  return { subject, text: tidy(pieces.map((piece) => piece.text).join('')), html: toHtml(pieces) };
}
