import type { Language } from '../../domain/request-types.ts';
import { PAGE_CATALOGUES, type PageKey, pageText } from '../i18n/catalogues.ts';

/**
 * The server's reasons (the submission schema's English messages) and the page text that says each
 * in the requester's language; `max` is taken from the first group. The form's script reads the same
 * table from submission-limits.json, so a 400 shown without reload reads as the page after a POST.
 */
export const ISSUE_MESSAGE_KEYS: readonly (readonly [pattern: string, key: PageKey])[] = [
  ['^Required$', 'error.required'],
  ['^Invalid input: expected \\w+, received undefined$', 'error.required'],
  ['^At most (\\d+) characters', 'error.tooLong'],
  ['valid email', 'error.email'],
  ['^Must be a phone number', 'error.phone'],
  ['link \\(://\\)', 'error.link'],
  ['single line', 'error.singleLine'],
  ['control characters|zero-width', 'error.hidden'],
  ['^Invalid option|^Must be an ISO 3166|^Must be a service id', 'error.choice'],
];

/** Fields answered by choosing: left empty, they ask for a choice rather than for text. */
export const CHOICE_FIELDS: readonly string[] = ['type', 'relationship', 'country', 'language', 'service'];

/** A field's error in the page's language; a required field left empty always reads "required". */
export function issueMessage(language: Language, field: string, message: string, submitted: unknown): string {
  if ((typeof submitted !== 'string' || submitted.trim() === '') && field !== 'website') {
    return PAGE_CATALOGUES[language][CHOICE_FIELDS.includes(field) ? 'error.choice' : 'error.required'];
  }
  for (const [pattern, key] of ISSUE_MESSAGE_KEYS) {
    const match = new RegExp(pattern).exec(message);
    if (match) return pageText(language, key, key === 'error.tooLong' ? { max: match[1] ?? '' } : {});
  }
  return PAGE_CATALOGUES[language]['error.invalid'];
}
