import * as z from 'zod';
import { createDocument } from 'zod-openapi';
import { SubmissionResponseSchema, SubmissionSchema } from '../../domain/intake/submission-schema.ts';

const ErrorSchema = z
  .object({
    error: z.string().meta({ example: 'validation_failed' }),
    message: z.string(),
    issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Error' });

const MessageSchema = z.object({
  at: z.iso.datetime(),
  direction: z.enum(['to_requester', 'from_requester']),
  subject: z.string(),
  text: z.string(),
  delivery: z.string().optional(),
});

const StatusSchema = z
  .object({
    reference: z.string(),
    type: SubmissionSchema.shape.type,
    status: SubmissionResponseSchema.shape.status,
    outcome: z.string().optional(),
    receivedAt: z.iso.datetime(),
    verifiedAt: z.iso.datetime().optional(),
    dueAt: z.iso.datetime(),
    dueDate: z.iso.date(),
    extendedMonths: z.int().min(0).max(2),
    closedAt: z.iso.datetime().optional(),
    messages: z.array(MessageSchema),
  })
  .meta({ id: 'RequestStatus' });

const errorResponses = {
  '400': {
    description: 'Invalid fields (every field with its reason)',
    content: { 'application/json': { schema: ErrorSchema } },
  },
  '404': {
    description: 'Unknown reference or wrong token (the same answer for both)',
    content: { 'application/json': { schema: ErrorSchema } },
  },
  '429': { description: 'Throttled' },
} as const;

const refParam = z.string().meta({ example: 'PD-7K3M-Q9XA', description: 'The case reference' });
const tokenParam = z
  .string()
  .optional()
  .meta({ description: 'The access token from the status link (or send Authorization: Bearer)' });

/** The OpenAPI 3.1 document, generated from the same zod schemas the handlers validate with. */
export function openApiDocument() {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Privacy Desk',
      version: '1.0.0',
      description: 'Privacy questions, GDPR data-subject requests, complaints and breach reports.',
    },
    paths: {
      '/requests': {
        post: {
          summary: 'Submit a request, question, complaint or breach report',
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: false,
              description:
                'A retry with the same key and the same request (email, type, message) returns the first answer; ' +
                'the same key with another request from the same address is refused (422). Keys are per ' +
                'requester address: another address with the same key gets a case of its own. Kept 24 hours.',
              schema: { type: 'string', maxLength: 255 },
            },
          ],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: SubmissionSchema },
              'application/x-www-form-urlencoded': { schema: SubmissionSchema },
            },
          },
          responses: {
            '201': {
              description: 'Case created',
              content: { 'application/json': { schema: SubmissionResponseSchema } },
            },
            '200': {
              description: 'The same submission was received before: the earlier case',
              content: { 'application/json': { schema: SubmissionResponseSchema } },
            },
            '422': {
              description:
                'idempotency_key_reused: the Idempotency-Key was used for a different request (send a new key)',
              content: { 'application/json': { schema: ErrorSchema } },
            },
            '413': {
              description: 'Body over 64 KB',
              content: { 'application/json': { schema: ErrorSchema } },
            },
            '415': {
              description: 'Neither JSON nor a form',
              content: { 'application/json': { schema: ErrorSchema } },
            },
            ...errorResponses,
          },
        },
      },
      '/requests/verify': {
        get: {
          summary: 'Confirm the email address (the link in the acknowledgement)',
          requestParams: { query: z.object({ token: z.string() }) },
          responses: {
            '200': { description: 'Confirmed (or already confirmed)' },
            '404': errorResponses['404'],
          },
        },
      },
      '/requests/{ref}': {
        get: {
          summary: 'Status, due date and messages sent to the requester',
          requestParams: { path: z.object({ ref: refParam }), query: z.object({ token: tokenParam }) },
          responses: {
            '200': { description: 'The case', content: { 'application/json': { schema: StatusSchema } } },
            '404': errorResponses['404'],
          },
        },
      },
      '/requests/{ref}/export': {
        get: {
          summary: "The requester's whole case as structured JSON",
          requestParams: { path: z.object({ ref: refParam }), query: z.object({ token: tokenParam }) },
          responses: { '200': { description: 'The export' }, '404': errorResponses['404'] },
        },
      },
      '/health': {
        get: {
          summary: 'Dependencies',
          responses: { '200': { description: 'Healthy' }, '503': { description: 'A dependency is down' } },
        },
      },
    },
  });
}
