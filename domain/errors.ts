/**
 * Typed domain errors. Each carries the HTTP status it maps to, so the HTTP middleware maps them
 * once; domain code never builds a response. Messages and issues never contain submitted values:
 * those may be personal data.
 */

export interface FieldIssue {
  readonly field: string;
  readonly message: string;
}

export abstract class DeskError extends Error {
  abstract readonly statusCode: number;
  abstract readonly code: string;
  readonly expose = true;
}

export class ValidationError extends DeskError {
  readonly statusCode = 400;
  readonly code = 'validation_failed';
  constructor(readonly issues: readonly FieldIssue[]) {
    super(`Invalid request: ${issues.map((issue) => issue.field).join(', ')}`);
    this.name = 'ValidationError';
  }
}

/** A class of errors that carry only a status, a code and a message, constructed with `A`. */
type StatusErrorClass<A extends unknown[]> = new (
  ...args: A
) => DeskError & { readonly statusCode: number; readonly code: string };

/**
 * An error that is no more than its HTTP status, its code and a message (`defaultMessage` when
 * none is given); `name` is set by hand because minified bundles rename classes.
 */
function errorWithStatus(name: string, status: number, code: string): StatusErrorClass<[message: string]>;
function errorWithStatus(
  ...args: [name: string, status: number, code: string, defaultMessage: string]
): StatusErrorClass<[message?: string]>;
function errorWithStatus(name: string, statusCode: number, code: string, defaultMessage?: string) {
  return class extends DeskError {
    readonly statusCode = statusCode;
    readonly code = code;
    constructor(message = defaultMessage) {
      super(message);
      this.name = name;
    }
  };
}

export class NotFoundError extends errorWithStatus('NotFoundError', 404, 'not_found', 'Not found') {}

export class ConflictError extends errorWithStatus('ConflictError', 409, 'conflict') {}

/**
 * The Idempotency-Key was used before, by the same requester, for a different request. Answered as
 * the IETF Idempotency-Key header draft says (422), and never with the earlier request's answer.
 */
export class IdempotencyKeyReusedError extends DeskError {
  readonly statusCode = 422;
  readonly code = 'idempotency_key_reused';
  readonly issues: readonly FieldIssue[] = [
    {
      field: 'Idempotency-Key',
      message: 'Already used for a different request: send a new key with a new request',
    },
  ];
  constructor() {
    super('This Idempotency-Key was used for a different request');
    this.name = 'IdempotencyKeyReusedError';
  }
}

/** No valid staff token: missing, malformed, expired, wrongly signed, or for another issuer or client. */
export class UnauthorizedError extends errorWithStatus(
  'UnauthorizedError',
  401,
  'unauthorized',
  'A valid staff token is required (Authorization: Bearer <token>)',
) {}

/** A valid token for someone who is not configured staff, or an action a read-only viewer may not take. */
export class ForbiddenError extends errorWithStatus('ForbiddenError', 403, 'forbidden') {}

/** A conflict that names the fields it is about (an action the case's state no longer allows). */
export class StateConflictError extends DeskError {
  readonly statusCode = 409;
  readonly code = 'conflict';
  constructor(readonly issues: readonly FieldIssue[]) {
    super(`The case does not allow this: ${issues.map((issue) => issue.field).join(', ')}`);
    this.name = 'StateConflictError';
  }
}
