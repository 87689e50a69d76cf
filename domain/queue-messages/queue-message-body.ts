import type * as z from 'zod';
import { ValidationError } from '../errors.ts';
import { parseOrThrow } from '../validation.ts';

/*
 * The body of every queue message, one schema per queue, each in a module of its own
 * so that a function loads the schemas of its own queues only. The consumer parses each body with it
 * (functions/shared/sqs-handler.ts) and every sender checks its body against the same schema before
 * sending (queueMessageBody), so a message the consumer would reject is refused where it is made,
 * not retried and dead-lettered later. The desk's own queues carry ids only: no content, no
 * addresses. The one exception is the suppression queue (suppression-message.ts).
 */

/**
 * A queue message body as its consumer reads it: JSON, then the queue's schema. Throws a
 * ValidationError naming fields and reasons only; never the body (JSON.parse's own error quotes it).
 */
export function parseQueueMessage<S extends z.ZodType>(schema: S, body: string): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new ValidationError([{ field: '(body)', message: 'not JSON' }]);
  }
  return parseOrThrow(schema, value);
}

/**
 * The body to send for `message`, after checking that the consumer will accept it: the very body is
 * parsed as the consumer parses it (so a field JSON drops, such as an undefined id, is caught too).
 */
export function queueMessageBody<S extends z.ZodType>(schema: S, message: z.input<S>): string {
  const body = JSON.stringify(message);
  if (body === undefined) throw new ValidationError([{ field: '(body)', message: 'not JSON' }]);
  parseQueueMessage(schema, body);
  return body;
}
