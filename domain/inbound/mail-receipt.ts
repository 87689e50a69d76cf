import * as z from 'zod';

/*
 * What SES tells the inbound function about one received message. The SES receipt rule stores the
 * raw message in S3 first, then invokes the function with the Lambda action event, which carries
 * headers only: `Records[0].ses.mail` (SES's message id, the envelope) and `Records[0].ses.receipt`
 * (the recipients the rule matched, and SES's verdicts). The local mail drop builds the same event.
 *
 * Only what the desk reads is checked; SES may add fields. Nothing here is trusted beyond what SES
 * itself vouches for: the verdicts and the envelope recipients. Headers are the sender's claims.
 */

/** SES's message id names the raw message in S3: letters, digits, dots, dashes and underscores only. */
const SesMessageIdSchema = z.string().regex(/^[A-Za-z0-9._-]{1,200}$/, 'Expected an SES message id');

export const VERDICT_NAMES = ['spf', 'dkim', 'dmarc', 'spam', 'virus'] as const;
export type VerdictName = (typeof VERDICT_NAMES)[number];

/** PASS, FAIL, GRAY or PROCESSING_FAILED (and DISABLED when scanning is off): anything but PASS fails. */
const VerdictSchema = z.object({ status: z.string() });

export const SesReceiptEventSchema = z.object({
  Records: z
    .array(
      z.object({
        eventSource: z.literal('aws:ses'),
        ses: z.object({
          mail: z.object({
            messageId: SesMessageIdSchema,
            timestamp: z.string(),
            destination: z.array(z.string()),
          }),
          receipt: z.object({
            recipients: z.array(z.string()),
            spfVerdict: VerdictSchema,
            dkimVerdict: VerdictSchema,
            dmarcVerdict: VerdictSchema,
            spamVerdict: VerdictSchema,
            virusVerdict: VerdictSchema,
          }),
        }),
      }),
    )
    .length(1, 'SES invokes the function with one record per message'),
});
export type SesReceiptEvent = z.infer<typeof SesReceiptEventSchema>;

/** One received message, as the desk uses it. */
export interface MailReceipt {
  /** SES's id: the raw message is `<inboundPrefix><sesMessageId>` in the mail bucket. */
  readonly sesMessageId: string;
  readonly receivedAt: string;
  /** The envelope recipients the receipt rule matched (the only trace of a Bcc), lower-cased. */
  readonly recipients: readonly string[];
  readonly verdicts: Readonly<Record<VerdictName, string>>;
}

export function mailReceiptOf(event: SesReceiptEvent): MailReceipt {
  const { mail, receipt } = event.Records[0]!.ses;
  return {
    sesMessageId: mail.messageId,
    receivedAt: mail.timestamp,
    recipients: [...new Set(receipt.recipients.map((recipient) => recipient.trim().toLowerCase()))],
    verdicts: {
      spf: receipt.spfVerdict.status,
      dkim: receipt.dkimVerdict.status,
      dmarc: receipt.dmarcVerdict.status,
      spam: receipt.spamVerdict.status,
      virus: receipt.virusVerdict.status,
    },
  };
}

/**
 * The verdicts that stop a message whatever its sender: spam FAIL, and a virus FAIL or a scan that
 * did not finish (PROCESSING_FAILED: its files would be kept unscanned). GRAY spam ("not sure") and
 * a scan switched off (DISABLED) stop nothing by themselves.
 */
export function blockingVerdicts(verdicts: MailReceipt['verdicts']): VerdictName[] {
  const spam = verdicts.spam.toUpperCase();
  const virus = verdicts.virus.toUpperCase();
  return [
    ...(spam === 'FAIL' ? (['spam'] as const) : []),
    ...(virus === 'FAIL' || virus === 'PROCESSING_FAILED' ? (['virus'] as const) : []),
  ];
}

/**
 * Whether SES authenticated the From address: DMARC PASS, i.e. SPF or DKIM passed for a domain
 * aligned with the From domain. SPF and DKIM on their own say nothing about From (SPF checks the
 * envelope sender, a DKIM signature may be any domain's), so they are not read. GRAY (the domain
 * publishes no DMARC policy), FAIL and PROCESSING_FAILED leave the From address a mere claim.
 */
export function dmarcAuthenticates(verdicts: MailReceipt['verdicts']): boolean {
  return verdicts.dmarc.toUpperCase() === 'PASS';
}
