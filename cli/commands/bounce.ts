import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { DeliveryEventMessageSchema } from '../../domain/queue-messages/delivery-event-message.ts';
import { queueMessageBody } from '../../domain/queue-messages/queue-message-body.ts';
import { localSqsClient } from '../../local/desk-runtime.ts';
import { type DeliveryProblemType, sesDeliveryEvent } from '../../local/ses-delivery-event.ts';
import { QUEUES } from '../../resources/desk-resources.ts';
import { deskCommand, EXIT_FAILURE, EXIT_OK, requiredOption, UsageError } from '../desk-command.ts';
import { LocalDeskNotRunningError, localTarget, queueUrl } from '../local-target.ts';

const TYPES: readonly DeliveryProblemType[] = ['Permanent', 'Transient', 'Complaint'];

const USAGE = `Usage: desk bounce --message-id <SES MessageId> [--type Permanent|Transient|Complaint]

Puts an SES bounce (or complaint) event for an email the local desk sent on the running local
desk's bounces queue, in the format SES publishes through a configuration set and SNS. The desk
marks the message undelivered in its case thread and alerts the assignee and the team manager.
Find the MessageId in the SES inbox's JSON (${'`'}GET /store${'`'}, field messageId).

  --message-id   the MessageId SES returned for the email (locally: ses-123456789)
  --type         Permanent (default) or Transient bounce, or Complaint

Environment: the DESK_*_PORT variables of npm start.`;

export const bounceCommand = deskCommand({
  name: 'bounce',
  summary: 'Inject an SES bounce or complaint event into the local desk',
  usage: USAGE,
  options: { 'message-id': { type: 'string' }, type: { type: 'string' } },
  usesAwsSdk: true,
  async run(options, io) {
    const messageId = requiredOption(options['message-id'], '--message-id');
    if (!/^[\x21-\x7e]{1,256}$/.test(messageId)) throw new UsageError('--message-id is not an SES MessageId');
    const type = TYPES.find((candidate) => candidate === (options.type ?? 'Permanent'));
    if (!type) throw new UsageError(`--type must be one of: ${TYPES.join(', ')}`);

    let target: Awaited<ReturnType<typeof localTarget>>;
    try {
      target = await localTarget();
    } catch (error) {
      if (error instanceof LocalDeskNotRunningError) {
        io.stderr(`desk bounce: ${error.message}\n`);
        return EXIT_FAILURE;
      }
      throw error;
    }
    const sqs = localSqsClient(target.endpoints.sqs);
    try {
      const url = await queueUrl(sqs, target, QUEUES.bounces.name);
      const event = sesDeliveryEvent(messageId, type);
      const sent = await sqs.send(
        new SendMessageCommand({
          QueueUrl: url,
          MessageBody: queueMessageBody(DeliveryEventMessageSchema, event),
        }),
      );
      io.stdout(
        `${JSON.stringify({ queued: true, eventType: event.eventType, type, messageId, sqsMessageId: sent.MessageId })}\n`,
      );
      return EXIT_OK;
    } catch (error) {
      if (error instanceof LocalDeskNotRunningError) {
        io.stderr(`desk bounce: ${error.message}\n`);
        return EXIT_FAILURE;
      }
      throw error;
    } finally {
      sqs.destroy();
    }
  },
});
