import { describe, expect, it } from 'vitest';
import {
  ConflictError,
  DeskError,
  ForbiddenError,
  IdempotencyKeyReusedError,
  NotFoundError,
  StateConflictError,
  UnauthorizedError,
  ValidationError,
} from '../../../domain/errors.ts';

/* What the HTTP middleware and the logs read of each domain error: its name, status, code and message. */
describe('domain errors', () => {
  const issue = { field: 'type', message: 'Unknown request type' };
  it.each([
    [new NotFoundError(), 'NotFoundError', 404, 'not_found', 'Not found'],
    [new NotFoundError('No such case'), 'NotFoundError', 404, 'not_found', 'No such case'],
    [new ConflictError('Already closed'), 'ConflictError', 409, 'conflict', 'Already closed'],
    [
      new UnauthorizedError(),
      'UnauthorizedError',
      401,
      'unauthorized',
      'A valid staff token is required (Authorization: Bearer <token>)',
    ],
    [new UnauthorizedError('Expired'), 'UnauthorizedError', 401, 'unauthorized', 'Expired'],
    [new ForbiddenError('Read-only viewer'), 'ForbiddenError', 403, 'forbidden', 'Read-only viewer'],
    [new ValidationError([issue]), 'ValidationError', 400, 'validation_failed', 'Invalid request: type'],
    [
      new StateConflictError([issue]),
      'StateConflictError',
      409,
      'conflict',
      'The case does not allow this: type',
    ],
    [
      new IdempotencyKeyReusedError(),
      'IdempotencyKeyReusedError',
      422,
      'idempotency_key_reused',
      'This Idempotency-Key was used for a different request',
    ],
  ])('%s', (error, name, statusCode, code, message) => {
    expect({
      isDeskError: error instanceof DeskError,
      name: error.name,
      statusCode: error.statusCode,
      code: error.code,
      message: error.message,
      expose: error.expose,
    }).toEqual({ isDeskError: true, name, statusCode, code, message, expose: true });
  });

  it('requires a message where there is no default (checked by the type checker)', () => {
    const withoutMessage = () => {
      // @ts-expect-error a conflict says what it is about
      return new ConflictError();
    };
    expect(typeof withoutMessage).toBe('function');
  });

  it('keeps each class its own for instanceof', () => {
    const error = new ForbiddenError('x');
    expect([error instanceof ForbiddenError, error instanceof ConflictError, error instanceof Error]).toEqual(
      [true, false, true],
    );
  });
});
