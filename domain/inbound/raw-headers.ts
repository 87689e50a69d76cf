/**
 * The top-level header fields of a message as they were written: lower-case name to the unfolded,
 * trimmed values in order of appearance (the topmost, i.e. most recently added, first). Kept raw
 * because the auto-reply and recipient rules read fields that a parsed view would lose or rewrite.
 */
export type RawHeaders = ReadonlyMap<string, readonly string[]>;

/** A header line as mailparser reports it: `{ key: 'auto-submitted', line: 'Auto-Submitted: auto-replied' }`. */
export interface RawHeaderLine {
  readonly key: string;
  readonly line: string;
}

const FOLD = /\r?\n(?=[ \t])/g;

export function rawHeadersOf(lines: readonly RawHeaderLine[]): RawHeaders {
  const headers = new Map<string, string[]>();
  for (const { key, line } of lines) {
    const colon = line.indexOf(':');
    const value = (colon === -1 ? '' : line.slice(colon + 1)).replace(FOLD, '').trim();
    const name = key.toLowerCase();
    const values = headers.get(name);
    if (values) values.push(value);
    else headers.set(name, [value]);
  }
  return headers;
}

/** The first value of a header field, or undefined when the message does not have it. */
export function firstHeader(headers: RawHeaders, name: string): string | undefined {
  return headers.get(name.toLowerCase())?.[0];
}

export function allHeaders(headers: RawHeaders, name: string): readonly string[] {
  return headers.get(name.toLowerCase()) ?? [];
}
