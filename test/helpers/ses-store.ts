import type { TestDesk } from './test-desk.ts';

/** An email as the SES emulator's `/store` lists it. */
export interface SentEmail {
  readonly messageId: string;
  readonly from: string;
  readonly replyTo: string[];
  readonly destination: { to: string[]; cc: string[]; bcc: string[] };
  readonly subject: string;
  readonly body: { text?: string; html?: string };
  readonly at: number;
}

/** Every email the desk sent so far (the store is shared by the whole test run: filter it). */
export async function sentEmails(desk: Pick<TestDesk, 'endpoints'>): Promise<SentEmail[]> {
  const response = await fetch(`${desk.endpoints.ses}/store`);
  const { emails } = (await response.json()) as { emails: SentEmail[] };
  return emails;
}

export async function sentEmailsTo(desk: Pick<TestDesk, 'endpoints'>, address: string): Promise<SentEmail[]> {
  const emails = await sentEmails(desk);
  return emails.filter((email) =>
    email.destination.to.some((to) => to.toLowerCase() === address.toLowerCase()),
  );
}
