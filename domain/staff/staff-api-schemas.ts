import * as z from 'zod';
import { CASE_STATUSES, CLOSE_OUTCOMES } from '../case-model.ts';
import { RelationshipSchema } from '../config/relationships.ts';
import { SubmissionSchema } from '../intake/submission-schema.ts';
import { LANGUAGES, LanguageSchema, RequestTypeSchema } from '../request-types.ts';
import { STAFF_ROLES } from './staff-identity.ts';

/*
 * The staff API's requests and answers: the one definition the handlers validate with and the
 * OpenAPI document is generated from. Answers carry ids, dates and states; only the case detail
 * carries the requester's content.
 */

const flag = z
  .enum(['true', 'false'])
  .transform((value) => value === 'true')
  .optional();

export const STAFF_PAGE_LIMIT = { default: 25, max: 100 } as const;

export const CaseListQuerySchema = z
  .strictObject({
    mine: flag.describe('Only cases assigned to me'),
    team: z
      .string()
      .regex(/^[a-z0-9-]{1,64}$/, 'Must be a team id')
      .optional()
      .describe('Only this team'),
    status: z.enum(CASE_STATUSES).optional().describe('Open statuses, or `closed` (kept until purged)'),
    type: RequestTypeSchema.optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'Must be an ISO 3166-1 alpha-2 country code, e.g. NL')
      .optional()
      .describe("The requester's country"),
    dueWithinDays: z.coerce
      .number()
      .int('Must be a whole number of days')
      .min(0)
      .max(366)
      .optional()
      .describe('Legal limit from now up to this many days ahead'),
    overdue: flag.describe('Legal limit passed'),
    extended: flag.describe('Extended under Art. 12(3)'),
    paused: flag.describe('Deadline clock paused (`true`) or running (`false`); open cases only'),
    limit: z.coerce.number().int().min(1).max(STAFF_PAGE_LIMIT.max).optional(),
    cursor: z.string().max(4096).optional().describe('The `next` of the previous page, unchanged'),
  })
  .meta({ id: 'CaseListQuery' });
export type CaseListQuery = z.infer<typeof CaseListQuerySchema>;

export const CaseAccessSchema = z
  .enum(['act', 'read'])
  .describe('`act`: you may take actions on the case; `read`: you may only read it');

export const CaseSummarySchema = z
  .object({
    reference: z.string().meta({ example: 'PD-7K3M-Q9XA' }),
    type: RequestTypeSchema,
    status: z.enum(CASE_STATUSES),
    outcome: z.enum(CLOSE_OUTCOMES).optional(),
    teamId: z.string(),
    assigneeId: z.string().optional(),
    country: z.string(),
    channel: z.string().describe('form, email, letter, phone or in_person'),
    receivedAt: z.iso.datetime(),
    dueAt: z.iso.datetime().describe('The legal limit'),
    dueDate: z.iso.date(),
    targetAt: z.iso.datetime().describe('The date the desk works to, on or before the legal limit'),
    targetDate: z.iso.date(),
    extendedMonths: z.int().min(0).max(2),
    paused: z.boolean(),
    firstResponseAt: z.iso.datetime().optional(),
    closedAt: z.iso.datetime().optional(),
    access: CaseAccessSchema,
  })
  .meta({ id: 'CaseSummary' });
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

export const CaseListSchema = z
  .object({
    cases: z.array(CaseSummarySchema),
    next: z.string().optional().describe('Cursor of the next page; absent on the last page'),
  })
  .meta({ id: 'CaseList' });

export const READ_PURPOSES = ['handling', 'supervision', 'quality_review', 'complaint', 'audit'] as const;

export const CaseDetailQuerySchema = z.strictObject({
  purpose: z
    .enum(READ_PURPOSES)
    .describe('Why you open the content: recorded in the audit trail with your name'),
});

const ThreadEntrySchema = z.object({
  messageId: z.string(),
  at: z.iso.datetime(),
  direction: z.enum(['to_requester', 'from_requester', 'to_staff', 'from_staff', 'internal']),
  participant: z.string(),
  template: z.string().optional(),
  delivery: z.string().optional(),
  unauthenticated: z.boolean().optional(),
  subject: z.string(),
  text: z.string(),
  attachments: z
    .array(
      z.object({
        filename: z.string(),
        contentType: z.string(),
        size: z.int(),
        refused: z.string().optional(),
      }),
    )
    .optional(),
});

const AuditEntrySchema = z.object({
  at: z.iso.datetime(),
  action: z.string(),
  actor: z.string(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});

export const CaseDetailSchema = CaseSummarySchema.extend({
  language: z.enum(LANGUAGES),
  relationship: z.string(),
  service: z.string().optional(),
  controllerIsCustomer: z.boolean(),
  verifiedAt: z.iso.datetime().optional(),
  requester: z.object({
    name: z.string(),
    email: z.string().describe('Empty when the request came without one'),
    phone: z.string().optional(),
    company: z.string().optional(),
    message: z.string(),
  }),
  deadline: z.object({
    legalLimit: z.object({ dueAt: z.iso.datetime(), dueDate: z.iso.date() }),
    target: z.object({ targetAt: z.iso.datetime(), targetDate: z.iso.date() }),
    clockStartedAt: z.iso.datetime(),
    firstResponseDueAt: z.iso.datetime().optional(),
    extension: z.object({ months: z.int().min(0).max(2), firstMonthEndsAt: z.iso.datetime() }),
    pausedAt: z.iso.datetime().optional().describe('The clock stands still since then'),
    pauses: z.array(z.object({ from: z.iso.datetime(), to: z.iso.datetime() })),
    country: z.string(),
    timeZone: z.string(),
  }),
  thread: z.array(ThreadEntrySchema),
  audit: z.array(AuditEntrySchema),
}).meta({ id: 'CaseDetail' });
export type CaseDetail = z.infer<typeof CaseDetailSchema>;

const reason = z.string().trim().min(1, 'Required').max(2000, 'At most 2000 characters');
const text = z.string().trim().min(1, 'Required').max(50_000, 'At most 50000 characters');
/** Text for the requester sent with the notice of the action (as the text below commands in an email). */
const message = text.optional().describe('Text for the requester, sent with the notice');

export const CaseActionSchema = z
  .discriminatedUnion('action', [
    z.strictObject({ action: z.literal('reply'), text: text.describe('Sent to the requester') }),
    z.strictObject({ action: z.literal('note'), text: text.describe('Internal, never sent') }),
    z.strictObject({
      action: z.literal('assign'),
      memberId: z.string().regex(/^[a-z0-9-]{1,64}$/, 'Must be a member id'),
      message,
    }),
    z.strictObject({ action: z.literal('change_type'), type: RequestTypeSchema, message }),
    z.strictObject({
      action: z.literal('extend'),
      months: z.union([z.literal(1), z.literal(2)]),
      reason: reason.describe('Told to the requester (Art. 12(3))'),
      message,
    }),
    z.strictObject({ action: z.literal('pause'), reason: reason.describe('Kept internal'), message }),
    z.strictObject({ action: z.literal('resume'), message }),
    z.strictObject({
      action: z.literal('close'),
      outcome: z.enum(CLOSE_OUTCOMES),
      reason: reason.optional().describe('Required for refused and partially_fulfilled (Art. 12(4))'),
      message,
    }),
    z.strictObject({
      action: z.literal('refuse'),
      reason: reason.describe('Told to the requester (Art. 12(4))'),
      message,
    }),
    /**
     * The breach register (Art. 33(5)) of a breach report: the same decisions as the `#breach`
     * commands, any of them in one action; a later action replaces an answer.
     */
    z
      .strictObject({
        action: z.literal('breach'),
        notified: z.iso.date().optional().describe('The supervisory authority was notified on this day'),
        notNotifiedReason: reason
          .optional()
          .describe('Why the authority was not notified (instead of notified)'),
        informed: z.iso.date().optional().describe('The people affected were informed on this day (Art. 34)'),
        notInformedReason: reason.optional().describe('Why they were not informed (instead of informed)'),
        remedy: reason.optional().describe('The remedial action taken'),
      })
      .refine((breach) => Object.keys(breach).length > 1, {
        message: 'Give at least one of notified, notNotifiedReason, informed, notInformedReason, remedy',
        path: ['action'],
      }),
  ])
  .meta({ id: 'CaseAction' });
export type CaseAction = z.infer<typeof CaseActionSchema>;

export const CaseActionResultSchema = z
  .object({
    reference: z.string(),
    action: z.string(),
    duplicate: z
      .boolean()
      .optional()
      .describe('The same Idempotency-Key was applied before: nothing done now'),
    notifications: z.int().describe('Emails written to the outbox'),
    case: CaseSummarySchema,
  })
  .meta({ id: 'CaseActionResult' });

export const STAFF_CHANNELS = ['letter', 'phone', 'in_person'] as const;

export const StaffCaseOpeningSchema = z
  .strictObject({
    channel: z.enum(STAFF_CHANNELS),
    receivedAt: z.iso
      .datetime({ offset: true })
      .describe('When the request reached the group: the deadline counts from it'),
    type: RequestTypeSchema,
    name: SubmissionSchema.shape.name,
    email: z
      .string()
      .trim()
      .max(254, 'At most 254 characters')
      .pipe(z.email('Must be a valid email address'))
      .optional()
      .describe('With an address the requester gets the acknowledgement by email'),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()./-]{6,30}$/, 'Must be a phone number: digits, spaces and + ( ) . / - only')
      .optional(),
    company: z.string().trim().min(1).max(200).optional(),
    relationship: RelationshipSchema,
    service: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'Must be a service id')
      .optional(),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, 'Must be an ISO 3166-1 alpha-2 country code, e.g. NL'),
    language: LanguageSchema,
    message: z
      .string()
      .trim()
      .min(1, 'Required')
      .max(10_000, 'At most 10000 characters')
      .describe('What was asked, as written down'),
  })
  .meta({ id: 'StaffCaseOpening' });
export type StaffCaseOpening = z.infer<typeof StaffCaseOpeningSchema>;

export const StaffCaseOpenedSchema = z
  .object({
    reference: z.string(),
    duplicate: z.boolean().optional(),
    acknowledged: z.boolean().describe('An acknowledgement went to the given address'),
    case: CaseSummarySchema.omit({ access: true }).partial().extend({ reference: z.string() }),
  })
  .meta({ id: 'StaffCaseOpened' });

export const ReportQuerySchema = z.strictObject({
  from: z.iso.date().describe('First day received (UTC), inclusive'),
  to: z.iso.date().describe('Last day received (UTC), inclusive'),
});

export const StaffRoleSchema = z.enum(STAFF_ROLES);
