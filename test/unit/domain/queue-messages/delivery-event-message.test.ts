import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../../domain/errors.ts';
import { DeliveryEventMessageSchema } from '../../../../domain/queue-messages/delivery-event-message.ts';
import { parseQueueMessage } from '../../../../domain/queue-messages/queue-message-body.ts';

const parseSesDeliveryEvent = (body: string) => parseQueueMessage(DeliveryEventMessageSchema, body);

const mail = { messageId: 'ses-123', destination: ['someone@example.com'] };
const bounce = { bounceType: 'Permanent', bounceSubType: 'NoEmail', bouncedRecipients: [] };
const complaint = { complaintFeedbackType: 'abuse', complainedRecipients: [] };

describe('the bounces queue message (an SES event)', () => {
  it.each([
    [
      'event publishing, raw SNS delivery: bounce',
      { eventType: 'Bounce', mail, bounce },
      { kind: 'bounce', messageId: 'ses-123', bounceType: 'Permanent', bounceSubType: 'NoEmail' },
    ],
    [
      'event publishing, raw SNS delivery: complaint',
      { eventType: 'Complaint', mail, complaint },
      { kind: 'complaint', messageId: 'ses-123', feedbackType: 'abuse' },
    ],
    [
      'feedback notification: bounce without a subtype',
      { notificationType: 'Bounce', mail, bounce: { bounceType: 'Transient' } },
      { kind: 'bounce', messageId: 'ses-123', bounceType: 'Transient' },
    ],
    [
      'feedback notification: complaint without a feedback type',
      { notificationType: 'Complaint', mail, complaint: {} },
      { kind: 'complaint', messageId: 'ses-123' },
    ],
    [
      'SNS envelope around an event',
      {
        Type: 'Notification',
        MessageId: 'x',
        Message: JSON.stringify({ eventType: 'Bounce', mail, bounce }),
      },
      { kind: 'bounce', messageId: 'ses-123', bounceType: 'Permanent', bounceSubType: 'NoEmail' },
    ],
    [
      'EventBridge event',
      { source: 'aws.ses', 'detail-type': 'Email Bounced', detail: { eventType: 'Bounce', mail, bounce } },
      { kind: 'bounce', messageId: 'ses-123', bounceType: 'Permanent', bounceSubType: 'NoEmail' },
    ],
    [
      'a bounce without bounce details',
      { eventType: 'Bounce', mail },
      { kind: 'bounce', messageId: 'ses-123', bounceType: 'Undetermined' },
    ],
    ['a delivery event', { eventType: 'Delivery', mail }, { kind: 'ignored', eventType: 'Delivery' }],
    [
      'an SNS subscription confirmation',
      { Type: 'SubscriptionConfirmation', Message: 'You have chosen to subscribe' },
      { kind: 'ignored', eventType: 'SubscriptionConfirmation' },
    ],
  ])('%s', (_name, body, expected) => {
    expect(parseSesDeliveryEvent(JSON.stringify(body))).toEqual(expected);
  });

  it.each([
    ['not JSON', '{"eventType":'],
    ['no mail', JSON.stringify({ eventType: 'Bounce', bounce })],
    ['no event type', JSON.stringify({ mail, bounce })],
    ['an empty message id', JSON.stringify({ eventType: 'Bounce', mail: { messageId: '' } })],
    ['an SNS envelope around no JSON', JSON.stringify({ Type: 'Notification', Message: 'hello' })],
  ])('refuses %s', (_name, body) => {
    expect(() => parseSesDeliveryEvent(body)).toThrow(ValidationError);
  });
});
