import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { Mailer, OutboundEmail } from '../../domain/notifications/mailer.ts';

/**
 * SESv2 SendEmail with simple content. Recipients are bare addresses: no display names built from
 * user input, so nothing a requester types can reach a header. SES sets the Message-ID itself
 * (`<MessageId@region.amazonses.com>`); we keep the MessageId to thread replies.
 */
export class SesMailer implements Mailer {
  constructor(
    private readonly client: SESv2Client,
    private readonly fromAddress: string,
    private readonly configurationSetName?: string,
  ) {}

  async send(email: OutboundEmail): Promise<{ messageId: string }> {
    const result = await this.client.send(
      new SendEmailCommand({
        FromEmailAddress: this.fromAddress,
        Destination: { ToAddresses: [email.to] },
        ...(email.replyTo ? { ReplyToAddresses: [email.replyTo] } : {}),
        ...(this.configurationSetName ? { ConfigurationSetName: this.configurationSetName } : {}),
        Content: {
          Simple: {
            Subject: { Data: email.subject, Charset: 'UTF-8' },
            Body: {
              Text: { Data: email.text, Charset: 'UTF-8' },
              Html: { Data: email.html, Charset: 'UTF-8' },
            },
          },
        },
      }),
    );
    if (!result.MessageId) throw new Error('SES returned no MessageId');
    return { messageId: result.MessageId };
  }
}
