/** The desk's Lambda functions: memory, timeout and what each may use (see desk-resources.ts). */

import type { QueueKey } from './queues.ts';

export interface FunctionDeclaration {
  readonly id: string;
  /** Handler module, relative to the repository root; it exports `handler`. */
  readonly entry: string;
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
  readonly description: string;
  readonly table: 'read' | 'readWrite' | 'none';
  /** Queues this function sends to. */
  readonly sendsTo: readonly QueueKey[];
  readonly sendsEmail: boolean;
  /**
   * Use of the content keys: `encrypt` seals new content, `decrypt` also opens it (KMS Decrypt is
   * granted only to these), `none` never touches it.
   */
  readonly content: 'none' | 'encrypt' | 'decrypt';
  /** Caps the function so it cannot starve the account's concurrency (undefined: no cap). */
  readonly reservedConcurrency?: number;
  /**
   * Use of the mail bucket (BUCKETS.mail): `read` reads raw inbound messages, `readWrite` also
   * stores attachments; `purgeAttachments` only lists and deletes (every version) under the
   * attachment prefix, and reads nothing. Undefined: no access, and no bucket name in the environment.
   */
  readonly mailBucket?: 'read' | 'readWrite' | 'purgeAttachments';
  /** Signs the daily audit checkpoints (kms:Sign on the audit signing key; the sweep only). */
  readonly signsAuditCheckpoints?: boolean;
}

export const FUNCTIONS = {
  health: {
    id: 'HealthFunction',
    entry: 'functions/health/handler.ts',
    memoryMb: 256,
    timeoutSeconds: 5,
    description: 'GET /health: checks the table and the route queue',
    table: 'read',
    sendsTo: ['route'],
    sendsEmail: false,
    content: 'none',
  },
  submitRequest: {
    id: 'SubmitRequestFunction',
    entry: 'functions/submit-request/handler.ts',
    memoryMb: 512,
    timeoutSeconds: 10,
    description: 'POST /requests: validates, stores the case encrypted, enqueues acknowledgement and routing',
    table: 'readWrite',
    sendsTo: ['route', 'notify'],
    sendsEmail: false,
    // Decrypt too: a retried submission returns the sealed first answer.
    content: 'decrypt',
  },
  verifyEmail: {
    id: 'VerifyEmailFunction',
    entry: 'functions/verify-email/handler.ts',
    memoryMb: 256,
    timeoutSeconds: 10,
    description: 'GET /requests/verify: the requester confirms the email address',
    table: 'readWrite',
    sendsTo: ['route'],
    sendsEmail: false,
    content: 'none',
  },
  requestStatus: {
    id: 'RequestStatusFunction',
    entry: 'functions/request-status/handler.ts',
    memoryMb: 512,
    timeoutSeconds: 10,
    description: 'GET /requests/{ref}: status and messages, for the holder of the access token',
    table: 'read',
    sendsTo: [],
    sendsEmail: false,
    content: 'decrypt',
  },
  exportCase: {
    id: 'ExportCaseFunction',
    entry: 'functions/export-case/handler.ts',
    memoryMb: 512,
    timeoutSeconds: 10,
    description: "GET /requests/{ref}/export: the requester's case as structured JSON",
    table: 'read',
    sendsTo: [],
    sendsEmail: false,
    content: 'decrypt',
  },
  openApi: {
    id: 'OpenApiFunction',
    entry: 'functions/openapi/handler.ts',
    memoryMb: 256,
    timeoutSeconds: 5,
    description: 'GET /openapi.json: the API document generated from the zod schemas',
    table: 'none',
    sendsTo: [],
    sendsEmail: false,
    content: 'none',
  },
  routeCase: {
    id: 'RouteCaseFunction',
    entry: 'functions/route-case/handler.ts',
    memoryMb: 512,
    timeoutSeconds: 30,
    description:
      'Route queue consumer: assigns a case to its team and representative and tells them; closes marketing opt-outs',
    table: 'readWrite',
    // `suppression`: opt-outs to the marketing systems (it needs the address: decrypt, below); the
    // mail function sends the ones staff make with `#type marketing_opt_out`.
    sendsTo: ['notify', 'suppression'],
    sendsEmail: false,
    // Decrypt: an opt-out's address goes to the suppression queue, for the marketing systems.
    content: 'decrypt',
    reservedConcurrency: 5,
  },
  sendNotification: {
    id: 'SendNotificationFunction',
    entry: 'functions/send-notification/handler.ts',
    memoryMb: 512,
    timeoutSeconds: 30,
    description: 'Notify queue consumer: renders and sends one outbox email, records it in the thread',
    table: 'readWrite',
    sendsTo: [],
    sendsEmail: true,
    content: 'decrypt',
    reservedConcurrency: 5,
  },
  sweep: {
    id: 'SweepFunction',
    entry: 'functions/sweep/handler.ts',
    memoryMb: 512,
    timeoutSeconds: 60,
    description:
      'Scheduled sweep: escalation ladder, verification housekeeping, manager digests, re-drives of stuck steps',
    table: 'readWrite',
    sendsTo: ['route', 'notify'],
    sendsEmail: false,
    // Seals the fresh verification token of a reminder; never opens content.
    content: 'encrypt',
    // Deletes the attachments of the cases it purges (retention ended).
    mailBucket: 'purgeAttachments',
    reservedConcurrency: 1,
    signsAuditCheckpoints: true,
  },
  handleBounce: {
    id: 'HandleBounceFunction',
    entry: 'functions/handle-bounce/handler.ts',
    memoryMb: 256,
    timeoutSeconds: 30,
    description: 'Bounce queue consumer: marks an undelivered email in its thread and alerts the staff',
    table: 'readWrite',
    sendsTo: ['notify'],
    sendsEmail: false,
    content: 'none',
    reservedConcurrency: 2,
  },
  receiveMail: {
    id: 'ReceiveMailFunction',
    entry: 'functions/receive-mail/handler.ts',
    // Parsing MIME and encrypting attachments of up to 25 MB: more memory is also more CPU.
    memoryMb: 1024,
    timeoutSeconds: 60,
    description:
      'SES receipt rule action: reads a reply from S3, files it on its case and forwards it, or opens a case',
    table: 'readWrite',
    // route: an email that names no case opens one, routed as a form case.
    sendsTo: ['notify', 'route', 'suppression'],
    sendsEmail: false,
    // Decrypt too: it reads the case to decide who the sender is and what the reply does.
    content: 'decrypt',
    mailBucket: 'readWrite',
    reservedConcurrency: 5,
  },
  staffCases: {
    id: 'StaffCasesFunction',
    entry: 'functions/staff-cases/handler.ts',
    memoryMb: 512,
    timeoutSeconds: 10,
    description:
      'GET /staff/cases and /staff/cases/{ref}: staff lists (no content) and the case, its read audited',
    // Write too: every read of content is an audit event, written before the content is opened.
    table: 'readWrite',
    sendsTo: [],
    sendsEmail: false,
    content: 'decrypt',
    reservedConcurrency: 5,
  },
  staffActions: {
    id: 'StaffActionsFunction',
    entry: 'functions/staff-actions/handler.ts',
    memoryMb: 512,
    timeoutSeconds: 15,
    description:
      'POST /staff/cases/{ref}/actions and POST /staff/cases: staff commands and requests taken by staff',
    table: 'readWrite',
    // notify: the emails an action causes; route: a case staff opened; suppression: `change_type` to an opt-out.
    sendsTo: ['notify', 'route', 'suppression'],
    sendsEmail: false,
    // Decrypt: an opt-out made by a type change sends the address to the marketing systems.
    content: 'decrypt',
    reservedConcurrency: 5,
  },
  staffReports: {
    id: 'StaffReportsFunction',
    entry: 'functions/staff-reports/handler.ts',
    memoryMb: 512,
    timeoutSeconds: 30,
    description: 'GET /staff/reports/summary: anonymous figures for a period, JSON or CSV',
    table: 'read',
    sendsTo: [],
    sendsEmail: false,
    content: 'none',
    reservedConcurrency: 2,
  },
} as const satisfies Record<string, FunctionDeclaration>;

export type FunctionKey = keyof typeof FUNCTIONS;
