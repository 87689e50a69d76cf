import * as z from 'zod';
import { OPT_OUT_SCOPES } from './opt-out-scopes.ts';

export const OptOutScopeSchema = z.enum(OPT_OUT_SCOPES);

/**
 * The suppression queue: a marketing opt-out, for the marketing systems outside the desk.
 *
 * Exception to "no personal data in queue bodies": this body carries the email address, on purpose.
 * The consumer is a marketing system that must stop mailing and profiling that address, and it can
 * only match its own lists on the address itself (the desk's keyed hash means nothing outside it).
 * What keeps it acceptable: the address is the least the task needs (no name, no message, no case
 * content), the queue is encrypted with a customer-managed KMS key and refuses plain HTTP, only the
 * routing function may send to it, messages expire after 14 days, and the only reader is the
 * marketing system granted for it. The desk's internal queues keep the rule.
 *
 * `optOutId` is the case id: the same opt-out always comes with the same id (SQS drops a second
 * copy within 5 minutes; a consumer that keeps the ids drops later ones), and `optedOutAt` is when
 * the requester asked, so a copy is identical to the first.
 */
export const SuppressionMessageSchema = z
  .strictObject({
    optOutId: z.uuid(),
    email: z.email().max(254),
    scopes: z.array(OptOutScopeSchema).min(1).max(OPT_OUT_SCOPES.length),
    optedOutAt: z.iso.datetime(),
  })
  .refine((message) => new Set(message.scopes).size === message.scopes.length, {
    message: 'a scope appears twice',
    path: ['scopes'],
  });
export type SuppressionMessage = z.infer<typeof SuppressionMessageSchema>;
