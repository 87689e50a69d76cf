import * as z from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { SubmissionResponseSchema, SubmissionSchema } from '../../domain/intake/submission-schema.ts';
import { LANGUAGES } from '../../domain/request-types.ts';
import { ErrorSchema, errorResponses, PUBLIC, REQUESTER_TOKEN, refParam } from './openapi-components.ts';

const MessageSchema = z.object({
  at: z.iso.datetime(),
  direction: z.enum(['to_requester', 'from_requester']),
  subject: z.string(),
  text: z.string(),
  delivery: z.string().optional(),
  template: z.string().optional().describe("Which of the desk's messages it is, e.g. extension-notice"),
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
    dueDate: z.iso.date().describe('The legal limit'),
    targetDate: z.iso.date().describe('The date the desk answers by, on or before the legal limit'),
    extendedMonths: z.int().min(0).max(2),
    closedAt: z.iso.datetime().optional(),
    language: z.enum(LANGUAGES).describe("The case's language: every message and page is in it"),
    messages: z.array(MessageSchema),
  })
  .meta({ id: 'RequestStatus' });

/** The requester's side: the form, the verification link, the status page and export, and health. */
export const requesterPaths = {
  '/requests': {
    post: {
      operationId: 'submitRequest',
      summary: 'Submit a request, question, complaint or breach report',
      security: PUBLIC,
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
      operationId: 'verifyEmail',
      summary: 'Confirm the email address (the link in the acknowledgement)',
      // The verification token is the operation's input, not a credential of the API.
      security: PUBLIC,
      requestParams: {
        query: z.object({
          token: z.string().meta({ description: 'The verification token from the acknowledgement' }),
        }),
      },
      responses: {
        '200': { description: 'Confirmed (or already confirmed)' },
        '404': errorResponses['404'],
        '429': errorResponses['429'],
      },
    },
  },
  '/requests/{ref}': {
    get: {
      operationId: 'getRequestStatus',
      summary: 'Status, due date and messages sent to the requester',
      security: REQUESTER_TOKEN,
      requestParams: { path: z.object({ ref: refParam }) },
      responses: {
        '200': { description: 'The case', content: { 'application/json': { schema: StatusSchema } } },
        '404': errorResponses['404'],
        '429': errorResponses['429'],
      },
    },
  },
  '/requests/{ref}/export': {
    get: {
      operationId: 'exportCase',
      summary: "The requester's whole case as structured JSON",
      security: REQUESTER_TOKEN,
      requestParams: { path: z.object({ ref: refParam }) },
      responses: {
        '200': { description: 'The export' },
        '404': errorResponses['404'],
        '429': errorResponses['429'],
      },
    },
  },
  '/health': {
    get: {
      operationId: 'getHealth',
      summary: 'Dependencies',
      security: PUBLIC,
      responses: {
        '200': { description: 'Healthy' },
        '429': errorResponses['429'],
        '503': { description: 'A dependency is down' },
      },
    },
  },
} satisfies ZodOpenApiPathsObject;
