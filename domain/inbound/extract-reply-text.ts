import EmailReplyParser from 'email-reply-parser';

/*
 * The new text of a reply, without the quoted history and the signature, so that a representative's
 * answer can be forwarded to the requester and a requester's reply added to the case.
 *
 * Two passes:
 * 1. Our own cut markers, line by line in linear time: the text ends at the first line that starts
 *    the history or the signature (see `startsHistory`). This covers the mail clients the group's
 *    people use, in the group's languages.
 * 2. email-reply-parser, for quote headers in more languages: its quoted fragments are dropped.
 *    Its signature guess is NOT applied: it takes a closing such as "Kind regards," for the start of
 *    a signature and drops everything below it, a PS included. We keep closings.
 *    The library's regular expressions backtrack badly on crafted input without the optional native
 *    `re2` module (measured: 20 KB of text took 11 s, one 4 KB line 3.7 s), so it only sees text
 *    within `REPLY_PARSER_LIMITS`, where its worst case is tens of milliseconds. Longer replies get
 *    the first pass only.
 * Finally lines quoted with `>` are removed, trailing rules and blank lines dropped, runs of blank
 * lines collapsed, and the result trimmed.
 */

export const REPLY_PARSER_LIMITS = { maxChars: 4_000, maxLineChars: 1_000 } as const;

/** An attribution line may be wrapped ("... Privacy Desk <\ncase+...> wrote:"): look this far ahead. */
const ATTRIBUTION_MAX_LINES = 4;
const ATTRIBUTION_MAX_CHARS = 400;
const MOBILE_SIGNATURE_MAX_CHARS = 80;

const NEWLINES = /\r\n?/g;
const NO_BREAK_SPACE = /\u00a0/g;
const BLANK_RUNS = /\n{3,}/g;

export function extractReplyText(text: string): string {
  const lines = text.replace(NEWLINES, '\n').replace(NO_BREAK_SPACE, ' ').split('\n');
  const historyAt = lines.findIndex((_, index) => startsHistory(lines, index));
  let reply = (historyAt === -1 ? lines : lines.slice(0, historyAt)).join('\n');
  if (withinReplyParserLimits(reply)) reply = withoutQuotedFragments(reply);
  return tidy(reply.split('\n').filter((line) => !line.startsWith('>')));
}

/** Does the quoted history or the signature start at `lines[index]`? */
function startsHistory(lines: readonly string[], index: number): boolean {
  const line = lines[index] ?? '';
  return (
    isSignatureDelimiter(line) ||
    isMobileSignature(line) ||
    isOriginalMessageSeparator(line) ||
    isQuotedHeaderBlock(lines, index) ||
    isAttribution(lines, index)
  );
}

/** `-- ` (RFC 3676), or `--` when a client has eaten the trailing space. */
function isSignatureDelimiter(line: string): boolean {
  return line === '-- ' || line === '--';
}

const MOBILE_SIGNATURES: readonly RegExp[] = [
  /^Sent from my \S/i,
  /^Sent from (Outlook|Mail for Windows|Yahoo Mail)\b/i,
  /^Get Outlook for \S/i,
  /^(Verstuurd|Verzonden) (vanaf|vanuit|met) (mijn )?\S/i,
  /^Sendt fra (min|mitt|Outlook|E-post)\b/i,
  /^Skickat från (min|Outlook|E-post)\b/i,
  /^Lähetetty (iPhonesta|iPadista|Outlookista)\b/i,
  /^Von meinem \S+ gesendet$/i,
];

function isMobileSignature(line: string): boolean {
  const trimmed = line.trim();
  return (
    trimmed.length <= MOBILE_SIGNATURE_MAX_CHARS && MOBILE_SIGNATURES.some((pattern) => pattern.test(trimmed))
  );
}

const ORIGINAL_MESSAGE =
  /^\s*-{3,}\s*(original message|oorspronkelijk bericht|origineel bericht|opprinnelig melding|opprinnelig e-post|oprindelig meddelelse|ursprungligt meddelande|alkuperäinen viesti|ursprüngliche nachricht|message d'origine)\s*-{3,}\s*$/i;

function isOriginalMessageSeparator(line: string): boolean {
  return ORIGINAL_MESSAGE.test(line);
}

/** `From:` and its translations, optionally bold (`*From:*`) as some clients write it in plain text. */
const FROM_FIELD = /^\s*\*?(from|van|fra|från|von|de|lähettäjä)\s?:\*?\s*\S/i;
const DATE_FIELD =
  /^\s*\*?(sent|date|verzonden|datum|sendt|skickat|dato|gesendet|envoyé|lähetetty|enviado)\s?:\*?\s*\S/i;
const HEADER_BLOCK_LOOKAHEAD = 3;

/**
 * Outlook's quoted header block: "From: ... / Sent: ..." (Dutch "Van: ... / Verzonden: ..."),
 * whether or not the sender has an address, with the date field within the next three lines.
 */
function isQuotedHeaderBlock(lines: readonly string[], index: number): boolean {
  if (!FROM_FIELD.test(lines[index] ?? '')) return false;
  return lines.slice(index + 1, index + 1 + HEADER_BLOCK_LOOKAHEAD).some((line) => DATE_FIELD.test(line));
}

/**
 * "On <date>, <name> wrote:" and its translations, as mail clients write it above quoted text:
 * - Gmail:       On Tue, 3 Nov 2026 at 10:00, Name <a@b> wrote:    Op di 3 nov 2026 om 10:00 schreef Name <a@b>:
 * - Apple Mail:  On 3 Nov 2026, at 10:00, Name <a@b> wrote:        Op 3 nov 2026, om 10:00 heeft Name <a@b> het volgende geschreven:
 * - Thunderbird: On 03/11/2026 10:00, Name wrote:
 * - Norwegian, Danish, Swedish: tir. 3. nov. 2026 kl. 10:00 skrev Name <a@b>:   Den tis 3 nov. 2026 kl 10:00 skrev Name <a@b>:
 * - Finnish: ti 3.11.2026 klo 10.00 Name <a@b> kirjoitti:   German: Am ... schrieb Name <a@b>:   French: Le ... a écrit :
 * Each is checked with string tests, not backtracking patterns.
 */
const ATTRIBUTIONS: readonly ((window: string) => boolean)[] = [
  (window) => /^On\s/.test(window) && window.endsWith(' wrote:'),
  (window) => /^Op\s/.test(window) && window.endsWith(':') && window.includes(' schreef '),
  (window) => /^Op\s/.test(window) && window.endsWith(' het volgende geschreven:'),
  (window) => window.endsWith(':') && window.includes(' skrev '),
  (window) => window.endsWith(' kirjoitti:'),
  (window) => /^Am\s/.test(window) && window.endsWith(':') && window.includes(' schrieb '),
  (window) => /^Le\s/.test(window) && (window.endsWith(' a écrit :') || window.endsWith(' a écrit:')),
];

/** An attribution names a moment: a time (10:00, 10.00) or the sender's address, and always a digit. */
function namesAMoment(window: string): boolean {
  return /\d/.test(window) && (/\d{1,2}[:.]\d{2}/.test(window) || window.includes('@'));
}

/**
 * Whether an attribution, possibly wrapped over up to four lines, starts at `lines[index]`. Without
 * a time or an address ("On Monday I wrote:") a line is the requester's own words and stays.
 */
function isAttribution(lines: readonly string[], index: number): boolean {
  let window = '';
  for (let next = index; next < index + ATTRIBUTION_MAX_LINES && next < lines.length; next++) {
    const part = (lines[next] ?? '').trim();
    if (part === '' || part.startsWith('>')) return false;
    window = window === '' ? part : `${window} ${part}`;
    if (window.length > ATTRIBUTION_MAX_CHARS) return false;
    if (ATTRIBUTIONS.some((matches) => matches(window)) && namesAMoment(window)) return true;
  }
  return false;
}

function withinReplyParserLimits(text: string): boolean {
  return (
    text.length <= REPLY_PARSER_LIMITS.maxChars &&
    text.split('\n').every((line) => line.length <= REPLY_PARSER_LIMITS.maxLineChars)
  );
}

/**
 * email-reply-parser's verdict on quoted text only; its signature fragments are kept (see above). A
 * quoted fragment leaves a blank line, so inline answers stay apart as the requester wrote them.
 */
function withoutQuotedFragments(text: string): string {
  return new EmailReplyParser()
    .read(text)
    .getFragments()
    .map((fragment) => (fragment.isQuoted() ? '' : fragment.getContent()))
    .join('\n');
}

/** A horizontal rule left above a cut header block: Outlook's underscores, html-to-text's `<hr>`. */
const RULE = /^\s*([_\-=*])\1{4,}\s*$/;

function tidy(lines: readonly string[]): string {
  const trimmed = lines.map((line) => line.trimEnd());
  let end = trimmed.length;
  while (end > 0 && (trimmed[end - 1] === '' || RULE.test(trimmed[end - 1] ?? ''))) end--;
  return trimmed.slice(0, end).join('\n').replace(BLANK_RUNS, '\n\n').trim();
}
