/**
 * An SES sending event as SES publishes it through a configuration set to SNS and on to SQS with raw
 * message delivery: what the bounce queue receives in AWS. Used by `desk bounce` and the tests.
 */
export type DeliveryProblemType = 'Permanent' | 'Transient' | 'Complaint';

export function sesDeliveryEvent(messageId: string, type: DeliveryProblemType, at: Date = new Date()) {
  const timestamp = at.toISOString();
  const mail = {
    timestamp,
    messageId,
    source: 'privacy-desk@example.org',
    sourceArn: 'arn:aws:ses:us-east-1:000000000000:identity/example.org',
    sendingAccountId: '000000000000',
    destination: ['undisclosed@example.invalid'],
  };
  if (type === 'Complaint') {
    return {
      eventType: 'Complaint',
      mail,
      complaint: {
        complainedRecipients: [{ emailAddress: 'undisclosed@example.invalid' }],
        timestamp,
        feedbackId: `local-${messageId}`,
        complaintFeedbackType: 'abuse',
      },
    };
  }
  return {
    eventType: 'Bounce',
    mail,
    bounce: {
      bounceType: type,
      bounceSubType: type === 'Permanent' ? 'General' : 'MailboxFull',
      bouncedRecipients: [{ emailAddress: 'undisclosed@example.invalid', action: 'failed', status: '5.1.1' }],
      timestamp,
      feedbackId: `local-${messageId}`,
    },
  };
}
