import * as z from 'zod';

/* What the operations of the document share: the error shape and answers, who may call them. */

export const ErrorSchema = z
  .object({
    error: z.string().meta({ example: 'validation_failed' }),
    message: z.string(),
    issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Error' });

export const errorResponses = {
  '400': {
    description: 'Invalid fields (every field with its reason)',
    content: { 'application/json': { schema: ErrorSchema } },
  },
  '404': {
    description: 'Unknown reference or wrong token (the same answer for both)',
    content: { 'application/json': { schema: ErrorSchema } },
  },
  // The stage's throttling answers every route; the handlers never do.
  '429': { description: 'Throttled: too many requests, retry later' },
} as const;

export const refParam = z.string().meta({ example: 'PD-7K3M-Q9XA', description: 'The case reference' });

/** The requester's access token from the status link: either scheme opens the case. */
export const REQUESTER_TOKEN: Record<string, string[]>[] = [{ statusToken: [] }, { bearerToken: [] }];
/** Staff operations: the ID token of the staff sign-in (Cognito in AWS, the development issuer locally). */
export const STAFF_TOKEN: Record<string, string[]>[] = [{ staffToken: [] }];

export const staffErrors = {
  '400': errorResponses['400'],
  '401': {
    description: 'No valid staff token: missing, malformed, expired, wrongly signed, or for another client',
    content: { 'application/json': { schema: ErrorSchema } },
  },
  '403': {
    description: 'A valid token for an address that is not configured staff (or a read-only viewer acting)',
    content: { 'application/json': { schema: ErrorSchema } },
  },
  '429': errorResponses['429'],
} as const;

export const staffNotFound = {
  description: 'No such case, or one you may not see (the same answer for both)',
  content: { 'application/json': { schema: ErrorSchema } },
} as const;

export const idempotencyHeader = {
  name: 'Idempotency-Key',
  in: 'header' as const,
  required: false,
  description: 'A retry with the same key (per staff member) is applied once',
  schema: { type: 'string' as const, maxLength: 255 },
};

/** Operations anyone may call: the form, the verification link, health and this document. */
export const PUBLIC: Record<string, string[]>[] = [];
