/*
 * Message-IDs as they appear in Message-ID, In-Reply-To and References, normalised to the
 * `<id@host>` form the desk compares against the ids of its own outgoing mail (for SES:
 * `<0100018c-...-000000@email.amazonses.com>`). Case is kept: ids are compared exactly.
 */

const COMMENT = /\([^()]*\)/g;
const BRACKETED = /<([^<>\s]{1,998})>/g;
const BARE_SEPARATORS = /[\s,]+/;

/**
 * Every Message-ID in a header value, in order, without duplicates. Bracketed ids win; a value
 * without brackets (some clients write `id@host` or separate ids with commas) is read as a list
 * of bare ids, and only tokens with an `@` count, so comment words are never taken for ids.
 */
export function messageIdsIn(value: string): string[] {
  const withoutComments = value.replace(COMMENT, ' ');
  const bracketed = [...withoutComments.matchAll(BRACKETED)].map((match) => `<${match[1]}>`);
  const ids =
    bracketed.length > 0
      ? bracketed
      : withoutComments
          .split(BARE_SEPARATORS)
          .filter((token) => token.includes('@') && !/[<>]/.test(token))
          .map((token) => `<${token}>`);
  return [...new Set(ids)];
}

/** The first Message-ID in a header value: for Message-ID and In-Reply-To. */
export function firstMessageId(value: string | undefined): string | undefined {
  return value === undefined ? undefined : messageIdsIn(value)[0];
}
