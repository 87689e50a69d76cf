import * as z from 'zod';
import { ValidationError } from '../../domain/errors.ts';
import type { DeliveryEvent } from '../../domain/notifications/delivery-problem.ts';
import { parseOrThrow } from '../../domain/validation.ts';

/*
 * SES sending events as they reach the bounce queue. Accepted shapes:
 * - event publishing (configuration set -> SNS, raw message delivery to SQS):
 *   {"eventType":"Bounce","mail":{"messageId":...},"bounce":{"bounceType":"Permanent",...}}
 * - the older feedback notifications (identity -> SNS): {"notificationType":"Bounce", ...}
 * - either inside an SNS envelope, when raw message delivery is off: {"Type":"Notification","Message":"<json>"}
 * - either inside an EventBridge event (SES event destination EventBridge): {"source":"aws.ses","detail":{...}}
 * Only the ids and the kind of failure are read; the addresses in the event are ignored.
 */

const SesMailSchema = z.looseObject({ messageId: z.string().min(1).max(256) });

const SesEventSchema = z
  .looseObject({
    eventType: z.string().optional(),
    notificationType: z.string().optional(),
    mail: SesMailSchema,
    bounce: z
      .looseObject({ bounceType: z.string().optional(), bounceSubType: z.string().optional() })
      .optional(),
    complaint: z.looseObject({ complaintFeedbackType: z.string().optional() }).optional(),
  })
  .refine((event) => event.eventType !== undefined || event.notificationType !== undefined, {
    message: 'neither eventType nor notificationType',
    path: ['eventType'],
  });

const SnsEnvelopeSchema = z.looseObject({ Type: z.string(), Message: z.string() });
const EventBridgeSchema = z.looseObject({ source: z.literal('aws.ses'), detail: z.unknown() });

function parseJson(text: string, field: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError([{ field, message: 'not JSON' }]);
  }
}

/** The SQS message body of the bounce queue as a DeliveryEvent; throws a ValidationError for anything else. */
export function parseSesDeliveryEvent(body: string): DeliveryEvent {
  let value = parseJson(body, '(body)');
  const envelope = SnsEnvelopeSchema.safeParse(value);
  if (envelope.success) {
    if (envelope.data.Type !== 'Notification') return { kind: 'ignored', eventType: envelope.data.Type };
    value = parseJson(envelope.data.Message, 'Message');
  }
  const bridged = EventBridgeSchema.safeParse(value);
  if (bridged.success) value = bridged.data.detail;

  const event = parseOrThrow(SesEventSchema, value);
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
