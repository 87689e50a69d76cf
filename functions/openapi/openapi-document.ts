import * as z from 'zod';
import { createDocument } from 'zod-openapi';
import { SubmissionResponseSchema, SubmissionSchema } from '../../domain/intake/submission-schema.ts';
import { LANGUAGES } from '../../domain/request-types.ts';
import { NoticePreviewSchema, StaffProfileSchema } from '../../domain/staff/console-schemas.ts';
import {
  CaseActionResultSchema,
  CaseActionSchema,
  CaseDetailQuerySchema,
  CaseDetailSchema,
  CaseListQuerySchema,
  CaseListSchema,
  ReportQuerySchema,
  StaffCaseOpenedSchema,
  StaffCaseOpeningSchema,
} from '../../domain/staff/staff-api-schemas.ts';

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

const errorResponses = {
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

const refParam = z.string().meta({ example: 'PD-7K3M-Q9XA', description: 'The case reference' });

/** The requester's access token from the status link: either scheme opens the case. */
const REQUESTER_TOKEN: Record<string, string[]>[] = [{ statusToken: [] }, { bearerToken: [] }];
/** Staff operations: the ID token of the staff sign-in (Cognito in AWS, the development issuer locally). */
const STAFF_TOKEN: Record<string, string[]>[] = [{ staffToken: [] }];

const staffErrors = {
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

const staffNotFound = {
  description: 'No such case, or one you may not see (the same answer for both)',
  content: { 'application/json': { schema: ErrorSchema } },
} as const;

const idempotencyHeader = {
  name: 'Idempotency-Key',
  in: 'header' as const,
  required: false,
  description: 'A retry with the same key (per staff member) is applied once',
  schema: { type: 'string' as const, maxLength: 255 },
};

/** Operations anyone may call: the form, the verification link, health and this document. */
const PUBLIC: Record<string, string[]>[] = [];

/**
 * Who may use the document: the desk is its operator's own software, and its API is not offered
 * under an open licence. An operator publishing the API under other terms changes this.
 */
export const API_LICENSE = { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' } as const;

export interface OpenApiDocumentOptions {
  /**
   * Where this deployment serves the API: the configuration's `publicBaseUrl` (or the stage URL the
   * stack sets in its place), the gateway's URL locally.
   */
  readonly serverUrl: string;
}

/** The OpenAPI 3.1 document, generated from the same zod schemas the handlers validate with. */
export function openApiDocument({ serverUrl }: OpenApiDocumentOptions) {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Privacy Desk',
      version: '1.0.0',
      description: 'Privacy questions, GDPR data-subject requests, complaints and breach reports.',
      license: API_LICENSE,
    },
    servers: [{ url: serverUrl.replace(/\/+$/, ''), description: 'This deployment' }],
    components: {
      securitySchemes: {
        statusToken: {
          type: 'apiKey',
          in: 'query',
          name: 'token',
          description: 'The access token from the status link in the acknowledgement email',
        },
        bearerToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'The same access token, sent as `Authorization: Bearer <token>`',
        },
        staffToken: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'The ID token of the staff sign-in (Cognito in AWS; `npm run --silent desk -- staff-token --email <address>` locally). The role comes from the configuration.',
        },
      },
    },
    paths: {
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
      '/staff/cases': {
        get: {
          operationId: 'listStaffCases',
          summary: 'The cases you see, a page at a time (ids, dates and states; no content)',
          description:
            'Open cases team by team, each by legal limit; `status=closed` lists the closed cases still kept. Cases whose deadline clock is paused follow the running ones of their team (`paused: true`): never overdue nor due within days. Not audited: no content.',
          security: STAFF_TOKEN,
          requestParams: { query: CaseListQuerySchema },
          responses: {
            '200': { description: 'One page', content: { 'application/json': { schema: CaseListSchema } } },
            ...staffErrors,
          },
        },
        post: {
          operationId: 'openStaffCase',
          summary: 'Open a case for a request that came by letter, phone or in person',
          security: STAFF_TOKEN,
          parameters: [idempotencyHeader],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: StaffCaseOpeningSchema } },
          },
          responses: {
            '201': {
              description: 'Case opened',
              content: { 'application/json': { schema: StaffCaseOpenedSchema } },
            },
            '200': {
              description: 'The same entry was made before: that case',
              content: { 'application/json': { schema: StaffCaseOpenedSchema } },
            },
            ...staffErrors,
          },
        },
      },
      '/staff/cases/{ref}': {
        get: {
          operationId: 'getStaffCase',
          summary: 'The case with its content, thread, deadlines and audit trail (the read is audited)',
          security: STAFF_TOKEN,
          requestParams: { path: z.object({ ref: refParam }), query: CaseDetailQuerySchema },
          responses: {
            '200': { description: 'The case', content: { 'application/json': { schema: CaseDetailSchema } } },
            ...staffErrors,
            '404': staffNotFound,
          },
        },
      },
      '/staff/cases/{ref}/actions': {
        post: {
          operationId: 'actOnStaffCase',
          summary: 'Reply, note, assign, change type, extend, pause, resume, close or refuse',
          description:
            'The same rules as the staff email commands. 409: the state of the case does not allow it (now).',
          security: STAFF_TOKEN,
          parameters: [idempotencyHeader],
          requestParams: { path: z.object({ ref: refParam }) },
          requestBody: { required: true, content: { 'application/json': { schema: CaseActionSchema } } },
          responses: {
            '200': {
              description: 'Applied',
              content: { 'application/json': { schema: CaseActionResultSchema } },
            },
            ...staffErrors,
            '404': staffNotFound,
            '409': {
              description: 'The case does not allow it: closed, already so, or changed by someone else first',
              content: { 'application/json': { schema: ErrorSchema } },
            },
          },
        },
      },
      '/staff/reports/summary': {
        get: {
          operationId: 'getStaffSummaryReport',
          summary: 'Anonymous figures of the cases received in a period, for the teams you see',
          security: STAFF_TOKEN,
          requestParams: { query: ReportQuerySchema },
          responses: {
            '200': {
              description: 'The figures (JSON, or CSV with `Accept: text/csv`)',
              content: {
                'application/json': { schema: z.record(z.string(), z.unknown()) },
                'text/csv': { schema: z.string() },
              },
            },
            ...staffErrors,
          },
        },
      },
      '/staff/me': {
        get: {
          operationId: 'getStaffProfile',
          summary: 'Who you are to the desk: role, console language, the teams you see and their members',
          security: STAFF_TOKEN,
          responses: {
            '200': {
              description: 'Your profile',
              content: { 'application/json': { schema: StaffProfileSchema } },
            },
            ...staffErrors,
          },
        },
      },
      '/staff/cases/{ref}/actions/preview': {
        post: {
          operationId: 'previewStaffCaseAction',
          summary: 'The notices the requester would be sent for this action, rendered; nothing is done',
          security: STAFF_TOKEN,
          requestParams: { path: z.object({ ref: refParam }) },
          requestBody: { required: true, content: { 'application/json': { schema: CaseActionSchema } } },
          responses: {
            '200': {
              description: 'The notices, in the requester’s language',
              content: { 'application/json': { schema: NoticePreviewSchema } },
            },
            ...staffErrors,
            '404': staffNotFound,
            '409': {
              description: 'The case does not allow the action now',
              content: { 'application/json': { schema: ErrorSchema } },
            },
          },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'getOpenApiDocument',
          summary: 'This document',
          security: PUBLIC,
          responses: {
            '200': { description: 'The OpenAPI 3.1 document' },
            '429': errorResponses['429'],
          },
        },
      },
    },
  });
}

/**
 * The document for a configuration, as the JSON string the function serves (DESK_OPENAPI_DOCUMENT):
 * the stack bundles it as a define, the local runtime puts it in the environment.
 */
export function openApiDocumentJson(config: { readonly publicBaseUrl: string }): string {
  return JSON.stringify(openApiDocument({ serverUrl: config.publicBaseUrl }));
}
