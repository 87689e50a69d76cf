import * as z from 'zod';
import { ValidationError } from './errors.ts';
import type { DeliveryEvent } from './notifications/delivery-problem.ts';
import { parseOrThrow } from './validation.ts';

/*
 * The body of every queue message, one schema per queue. The consumer parses each body with it
 * (functions/shared/sqs-handler.ts) and every sender checks its body against the same schema before
 * sending (queueMessageBody), so a message the consumer would reject is refused where it is made,
 * not retried and dead-lettered later. The desk's own queues carry ids only: no content, no
 * addresses. The one exception is the suppression queue, below.
 */

/** The route queue: the case to route. */
export const RouteMessageSchema = z.strictObject({ caseId: z.uuid() });
export type RouteMessage = z.infer<typeof RouteMessageSchema>;

/** The notify queue: one outbox notification, named by its case (or digest log) and its id. */
export const NotifyMessageSchema = z.strictObject({ caseId: z.uuid(), notificationId: z.uuid() });
export type NotifyMessage = z.infer<typeof NotifyMessageSchema>;

/** What an opt-out stops: marketing email, and profiling for marketing. */
export const OPT_OUT_SCOPES = ['marketing_email', 'profiling'] as const;
export const OptOutScopeSchema = z.enum(OPT_OUT_SCOPES);
export type OptOutScope = z.infer<typeof OptOutScopeSchema>;

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

/*
 * The bounces queue: an SES sending event, sent by SES (configuration set -> SNS -> SQS), not by the
 * desk. Accepted shapes:
 * - event publishing with raw message delivery:
 *   {"eventType":"Bounce","mail":{"messageId":...},"bounce":{"bounceType":"Permanent",...}}
 * - the older feedback notifications (identity -> SNS): {"notificationType":"Bounce", ...}
 * - either inside an SNS envelope, when raw message delivery is off: {"Type":"Notification","Message":"<json>"}
 * - either inside an EventBridge event (SES event destination EventBridge): {"source":"aws.ses","detail":{...}}
 * Only the ids and the kind of failure are read; the addresses in the event are ignored.
 */
const SesEventSchema = z
  .looseObject({
    eventType: z.string().optional(),
    notificationType: z.string().optional(),
    mail: z.looseObject({ messageId: z.string().min(1).max(256) }),
    bounce: z
      .looseObject({ bounceType: z.string().optional(), bounceSubType: z.string().optional() })
      .optional(),
    complaint: z.looseObject({ complaintFeedbackType: z.string().optional() }).optional(),
  })
  .refine((event) => event.eventType !== undefined || event.notificationType !== undefined, {
    message: 'neither eventType nor notificationType',
    path: ['eventType'],
  });
type SesEvent = z.infer<typeof SesEventSchema>;

const SnsEnvelopeSchema = z.looseObject({ Type: z.string(), Message: z.string() });
const EventBridgeEnvelopeSchema = z.looseObject({ source: z.literal('aws.ses'), detail: z.unknown() });

function toDeliveryEvent(event: SesEvent): DeliveryEvent {
  const kind = event.eventType ?? event.notificationType;
  const messageId = event.mail.messageId;
  if (kind === 'Bounce') {
    return {
      kind: 'bounce',
      messageId,
      bounceType: event.bounce?.bounceType ?? 'Undetermined',
      ...(event.bounce?.bounceSubType ? { bounceSubType: event.bounce.bounceSubType } : {}),
    };
  }
  if (kind === 'Complaint') {
    return {
      kind: 'complaint',
      messageId,
      ...(event.complaint?.complaintFeedbackType
        ? { feedbackType: event.complaint.complaintFeedbackType }
        : {}),
    };
  }
  return { kind: 'ignored', eventType: kind ?? 'unknown' };
}

/** The bounces queue message, read as the DeliveryEvent it reports (envelopes unwrapped). */
export const DeliveryEventMessageSchema = z.unknown().transform((body, ctx): DeliveryEvent => {
  let value = body;
  const envelope = SnsEnvelopeSchema.safeParse(value);
  if (envelope.success) {
    if (envelope.data.Type !== 'Notification') return { kind: 'ignored', eventType: envelope.data.Type };
    try {
      value = JSON.parse(envelope.data.Message);
    } catch {
      ctx.addIssue({ code: 'custom', path: ['Message'], message: 'not JSON' });
      return z.NEVER;
    }
  }
  const bridged = EventBridgeEnvelopeSchema.safeParse(value);
  if (bridged.success) value = bridged.data.detail;
  const event = SesEventSchema.safeParse(value);
  if (!event.success) {
    for (const issue of event.error.issues)
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    return z.NEVER;
  }
  return toDeliveryEvent(event.data);
});

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
