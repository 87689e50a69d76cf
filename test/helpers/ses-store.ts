/** An email as the SES emulator stores it (`GET /store`). */
export interface StoredEmail {
  readonly messageId: string;
  readonly from: string;
  readonly replyTo: readonly string[];
  readonly destination: {
    readonly to: readonly string[];
    readonly cc: readonly string[];
    readonly bcc: readonly string[];
  };
  readonly subject: string;
  readonly body: { readonly text?: string; readonly html?: string };
  readonly at: number;
}

/**
 * Every email the SES emulator holds. The store is shared by the whole test run (all files), so
 * filter by what only this test sent: a case reference in the subject, a unique recipient.
 */
export async function sentEmails(sesEndpoint: string): Promise<StoredEmail[]> {
  const response = await fetch(`${sesEndpoint}/store`);
  if (!response.ok) throw new Error(`SES emulator store: HTTP ${response.status}`);
  return ((await response.json()) as { emails: StoredEmail[] }).emails;
}

/** The emails about one case: its reference is in every subject the desk writes. */
export async function emailsAbout(sesEndpoint: string, reference: string): Promise<StoredEmail[]> {
  return (await sentEmails(sesEndpoint)).filter((email) => email.subject.includes(`[${reference}]`));
}
