import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { documentClient } from '../../adapters/aws-clients.ts';
import { keysFromEnv } from '../../adapters/crypto/keys-from-env.ts';
import { DynamoDbCaseStore } from '../../adapters/dynamodb/dynamodb-case-store.ts';
import { pendingIndexAttributes } from '../../adapters/dynamodb/keys.ts';
import type { CaseContent, CaseRecord } from '../../domain/case-model.ts';
import { sealJson } from '../../domain/content-cipher.ts';
import type { Notification } from '../../domain/notifications/notification.ts';
import type { SweepReport } from '../../domain/sweep.ts';
import { FUNCTIONS } from '../../lib/desk-resources.ts';
import { handlerLoader, lambdaContext } from '../../local/lambda-invoke.ts';
import { scheduledEvent } from '../../local/scheduler.ts';
import { newCaseFixture } from './factories.ts';
import { FIXTURE_CONFIG_TEXT } from './fixture-config.ts';
import { eventually, type TestDesk } from './test-desk.ts';
import { pendingNotifications } from './wait-until-quiet.ts';

/** A day in milliseconds, for sweeps run as if days after a submission. */
export const DAY = 24 * 60 * 60 * 1000;

/**
 * The fixture configuration with every address moved to a domain of its own, so that a test file
 * finds its emails in the SES store the whole run shares. Returns the file and the domain.
 */
export function writeTestConfig(): { configFile: string; domain: string } {
  const domain = `esc-${randomUUID().slice(0, 8)}.test`;
  const text = FIXTURE_CONFIG_TEXT.replaceAll('@example.org', `@${domain}`);
  const configFile = path.join(mkdtempSync(path.join(tmpdir(), 'desk-config-')), 'desk.config.json');
  writeFileSync(configFile, text);
  return { configFile, domain };
}

export interface SentEmail {
  readonly messageId: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** Emails in the SES emulator's store to an address at `domain` (or to exactly that address). */
export async function sentEmails(desk: TestDesk, recipient: string): Promise<SentEmail[]> {
  const response = await fetch(`${desk.endpoints.ses}/store`);
  const store = (await response.json()) as {
    emails: { messageId: string; destination: { to: string[] }; subject: string; body: { text?: string } }[];
  };
  const matches = (address: string) =>
    recipient.includes('@') ? address === recipient : address.endsWith(`@${recipient}`);
  return store.emails.flatMap((email) =>
    email.destination.to.filter(matches).map((to) => ({
      messageId: email.messageId,
      to,
      subject: email.subject,
      text: email.body.text ?? '',
    })),
  );
}

/** Invokes the sweep handler as the scheduler would, as if at `at`. */
export async function runSweep(at: string | Date): Promise<SweepReport> {
  const { handler } = await handlerLoader()('sweep');
  return (await handler(
    scheduledEvent(new Date(at)),
    lambdaContext('sweep', FUNCTIONS.sweep, randomUUID()),
  )) as SweepReport;
}

/** Waits until every outbox notification of the table has been sent (byPendingStep `notify` empty). */
export async function outboxDrained(desk: TestDesk, timeoutMs = 15_000): Promise<void> {
  await eventually(async () => ((await pendingNotifications(desk)) > 0 ? undefined : true), timeoutMs);
}

export function caseStore(desk: Pick<TestDesk, 'tableName'>): DynamoDbCaseStore {
  return new DynamoDbCaseStore(documentClient(), desk.tableName);
}

/** Stores a case as intake (and routing) would have written it, with really sealed content. */
export async function seedCase(
  desk: Pick<TestDesk, 'tableName'>,
  overrides: Partial<CaseRecord>,
  content: CaseContent = {
    name: 'Johanna Testperson',
    email: `johanna.${randomUUID().slice(0, 8)}@example.com`,
    message: 'Please send me a copy of everything you hold about my account.',
  },
  notifications: readonly Notification[] = [],
): Promise<CaseRecord> {
  const caseId = overrides.caseId ?? randomUUID();
  const { cipher } = await keysFromEnv();
  const fixture = {
    ...newCaseFixture({
      ...overrides,
      caseId,
      content: await sealJson(cipher, caseId, 'case-content', content),
    }),
    notifications,
  };
  const result = await caseStore(desk).createCase(fixture, new Date(fixture.record.receivedAt));
  if (result.kind !== 'created') throw new Error(`seed failed: ${result.kind}`);
  return fixture.record;
}

/** What routing writes for a case no member could take: the `assign` waiting entry. */
export async function markWaitingForAssignment(
  desk: Pick<TestDesk, 'tableName' | 'dynamodb'>,
  caseId: string,
  since: string,
): Promise<void> {
  const attributes = pendingIndexAttributes('assign', caseId, since);
  await desk.dynamodb.send(
    new UpdateItemCommand({
      TableName: desk.tableName,
      Key: { pk: { S: `CASE#${caseId}` }, sk: { S: 'CASE' } },
      UpdateExpression: 'SET gsi2pk = :pk, gsi2sk = :sk',
      ExpressionAttributeValues: { ':pk': { S: attributes.gsi2pk }, ':sk': { S: attributes.gsi2sk } },
    }),
  );
}

/** A deadline block for fixtures: Amsterdam, unextended. */
export function deadline(receivedAt: string, dueAt: string): CaseRecord['deadline'] {
  return {
    dueAt,
    dueDate: dueAt.slice(0, 10),
    rolledForwardFrom: null,
    clockStartedAt: receivedAt,
    basis: 'calendar_days',
    originalDueAt: dueAt,
    extendedMonths: 0,
    country: 'NL',
    timeZone: 'Europe/Amsterdam',
  };
}
