import { eventually, type TestDesk } from './test-desk.ts';

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

export type SentEmail = StoredEmail;

/** The SES emulator's endpoint, or a test desk that knows it. */
export type SesSource = string | Pick<TestDesk, 'endpoints'>;

const endpointOf = (source: SesSource) => (typeof source === 'string' ? source : source.endpoints.ses);

/**
 * Every email the SES emulator holds. The store is shared by the whole test run (all files), so
 * filter by what only this test sent: a case reference in the subject, a unique recipient.
 */
export async function sentEmails(source: SesSource): Promise<StoredEmail[]> {
  const response = await fetch(`${endpointOf(source)}/store`);
  if (!response.ok) throw new Error(`SES emulator store: HTTP ${response.status}`);
  return ((await response.json()) as { emails: StoredEmail[] }).emails;
}

export async function sentEmailsTo(source: SesSource, address: string): Promise<StoredEmail[]> {
  return (await sentEmails(source)).filter((email) =>
    email.destination.to.some((to) => to.toLowerCase() === address.toLowerCase()),
  );
}

/** The emails about one case: its reference is in every subject the desk writes. */
export async function emailsAbout(source: SesSource, reference: string): Promise<StoredEmail[]> {
  return (await sentEmails(source)).filter((email) => email.subject.includes(`[${reference}]`));
}

/** Waits until the store holds at least `count` emails about the case, and returns them all. */
export async function emailsAboutOnceSent(
  source: SesSource,
  reference: string,
  count: number,
  timeoutMs = 20_000,
): Promise<StoredEmail[]> {
  return eventually(async () => {
    const emails = await emailsAbout(source, reference);
    return emails.length >= count ? emails : undefined;
  }, timeoutMs);
}
