import * as z from 'zod';
import type { DeliveryEvent } from '../notifications/delivery-problem.ts';

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
