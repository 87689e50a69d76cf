import * as z from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
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
import {
  ErrorSchema,
  idempotencyHeader,
  refParam,
  STAFF_TOKEN,
  staffErrors,
  staffNotFound,
} from './openapi-components.ts';

/** The staff API: the case list and detail, actions and their preview, reports and the profile. */
export const staffPaths = {
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
} satisfies ZodOpenApiPathsObject;
