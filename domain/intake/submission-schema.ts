import * as z from 'zod';
import { RelationshipSchema } from '../config/relationships.ts';
import { LanguageSchema, RequestTypeSchema } from '../request-types.ts';

/** Control characters other than tab and newline: never part of a name, and a header-injection vector. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
export const LINE_OR_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** Embeddings, overrides and isolates: they reorder what a reader sees (a name that reads as a file name). */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;
/** Zero-width spaces, joiners, direction marks and the byte order mark: they hide text or split a link. */
export const ZERO_WIDTH = /[\u200b-\u200f\ufeff]/;

const singleLine = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'Required')
    .max(max, `At most ${max} characters`)
    .refine((value) => !LINE_OR_CONTROL.test(value), 'Must be a single line without control characters');

/**
 * A name or company is echoed in the acknowledgement, which goes to whatever address the form names:
 * a link or a disguised text there would make the desk relay someone else's lure.
 */
const echoedLine = (max: number) =>
  singleLine(max)
    .refine((value) => !value.includes('://'), 'Must not contain a link (://)')
    .refine((value) => !BIDI_CONTROLS.test(value), 'Must not contain bidirectional control characters')
    .refine((value) => !ZERO_WIDTH.test(value), 'Must not contain zero-width characters');

const emptyToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/**
 * The web form's submission: the single definition; the type and the OpenAPI document come from it.
 * Unknown fields are dropped (a form may carry a submit button's name); the honeypot must stay empty.
 * No consent field: the form informs (privacy statement) and does not ask for consent.
 */
export const SubmissionSchema = z
  .object({
    type: RequestTypeSchema.describe('What the requester asks for'),
    name: echoedLine(200).describe("The requester's name (no links, bidi controls or zero-width characters)"),
    email: z
      .string()
      .trim()
      .max(254, 'At most 254 characters')
      .pipe(z.email('Must be a valid email address')),
    phone: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .trim()
        .regex(/^\+?[0-9 ()./-]{6,30}$/, 'Must be a phone number: digits, spaces and + ( ) . / - only')
        .optional(),
    ),
    company: z
      .preprocess(emptyToUndefined, echoedLine(200).optional())
      .describe('Customer or company name (no links, bidi controls or zero-width characters)'),
    relationship: RelationshipSchema.describe("The requester's relationship to the group"),
    service: z
      .preprocess(
        emptyToUndefined,
        z
          .string()
          .trim()
          .toLowerCase()
          .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'Must be a service id: letters, digits and hyphens')
          .optional(),
      )
      .describe('Which company or service of the group the request concerns'),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, 'Must be an ISO 3166-1 alpha-2 country code, e.g. NL')
      .describe("The requester's country"),
    language: z
      .preprocess(emptyToUndefined, LanguageSchema.optional())
      .describe(
        "Language for all correspondence; when absent, the first of the desk's languages in Accept-Language, else the language of `country` (NL and BE nl, NO nb, SE sv, DK da, FI fi), else en",
      ),
    message: z
      .string()
      .trim()
      .min(1, 'Required')
      .max(10_000, 'At most 10000 characters')
      .refine((value) => !CONTROL_CHARACTERS.test(value), 'Must not contain control characters'),
    // Handling a request rests on a legal obligation (Art. 6(1)(c)), not on consent: the form informs
    // and links to the privacy statement instead. Older forms still send `consent`: accepted, ignored.
    consent: z
      .unknown()
      .optional()
      .transform(() => undefined)
      .meta({
        deprecated: true,
        description:
          'Ignored: no consent is asked for. Accepted (any value) so that older forms keep working.',
      }),
    website: z
      .preprocess(emptyToUndefined, z.undefined({ error: 'Must be empty' }).optional())
      .describe('Honeypot: must stay empty'),
  })
  .meta({ id: 'Submission' });

export type Submission = z.infer<typeof SubmissionSchema>;

export const SubmissionResponseSchema = z
  .object({
    reference: z.string().meta({ example: 'PD-7K3M-Q9XA' }),
    status: z.enum(['awaiting_verification', 'received', 'assigned', 'waiting_for_requester', 'closed']),
    dueAt: z.iso.datetime(),
    dueDate: z.iso.date().describe('The legal limit'),
    targetDate: z.iso.date().describe('The date the desk answers by, on or before the legal limit'),
    verificationRequired: z.boolean(),
    statusUrl: z
      .url()
      .optional()
      .describe('Carries the secret access token; absent when answering a duplicate'),
    duplicate: z.boolean().optional(),
  })
  .meta({ id: 'SubmissionResponse' });

export type SubmissionResponse = z.infer<typeof SubmissionResponseSchema>;
