/** Outbound email port: SES in AWS, the SES emulator locally. */
export interface OutboundEmail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly replyTo?: string;
}

export interface Mailer {
  /** Returns the provider's message id (SES: the local part of the Message-ID header it sets). */
  send(email: OutboundEmail): Promise<{ messageId: string }>;
}
