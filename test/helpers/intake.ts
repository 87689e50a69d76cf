import { GetItemCommand, QueryCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { expect } from 'vitest';
import { type RequestType, requiresVerification } from '../../domain/request-types.ts';
import { emailsAboutOnceSent, sentEmailsTo } from './ses-store.ts';
import { eventually, type TestDesk } from './test-desk.ts';

/*
 * The steps integration tests take to get a case where they need it: through the intake API as a
 * requester would, then straight into the table for what a test must know in advance (the assignee).
 */

type TableDesk = Pick<TestDesk, 'tableName' | 'dynamodb'>;

/** `POST /requests` with this body (JSON unless it is already text). */
export async function postRequest(
  desk: Pick<TestDesk, 'api'>,
  body: unknown,
  contentType = 'application/json',
): Promise<Response> {
  return fetch(`${desk.api}/requests`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The case a reference belongs to, from its REF lookup item. */
export async function caseIdOf(desk: TableDesk, reference: string): Promise<string> {
  const { Item } = await desk.dynamodb.send(
    new GetItemCommand({
      TableName: desk.tableName,
      Key: { pk: { S: `REF#${reference}` }, sk: { S: 'REF' } },
    }),
  );
  if (!Item) throw new Error(`No reference item for ${reference}`);
  return unmarshall(Item).caseId as string;
}

/** The language stored on the case of a reference. */
export async function storedLanguage(desk: TableDesk, reference: string): Promise<string> {
  return (await rawCase(desk, await caseIdOf(desk, reference)))!.language as string;
}

/** A submission the API accepts (201): its reference and the case it made. */
export async function submitRequest(
  desk: Pick<TestDesk, 'api' | 'tableName' | 'dynamodb'>,
  submission: unknown,
): Promise<{ reference: string; caseId: string }> {
  const response = await postRequest(desk, submission);
  expect(response.status).toBe(201);
  const { reference } = (await response.json()) as { reference: string };
  return { reference, caseId: await caseIdOf(desk, reference) };
}

/** The case item as stored (strongly consistent read), or undefined. */
export async function rawCase(
  desk: TableDesk,
  caseId: string,
): Promise<ReturnType<typeof unmarshall> | undefined> {
  const { Item } = await desk.dynamodb.send(
    new GetItemCommand({
      TableName: desk.tableName,
      Key: { pk: { S: `CASE#${caseId}` }, sk: { S: 'CASE' } },
      ConsistentRead: true,
    }),
  );
  return Item ? unmarshall(Item) : undefined;
}

/** The actions of a case's audit trail, oldest first. */
export async function auditActions(desk: TableDesk, caseId: string): Promise<string[]> {
  const { Items } = await desk.dynamodb.send(
    new QueryCommand({
      TableName: desk.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :audit)',
      ExpressionAttributeValues: { ':pk': { S: `CASE#${caseId}` }, ':audit': { S: 'AUDIT#' } },
    }),
  );
  return (Items ?? []).map((item) => unmarshall(item).action as string);
}

/** The verification link in an email's text (the acknowledgement or a reminder), if any. */
export function verificationLinkIn(text: string | undefined): string | undefined {
  return /https?:\/\/\S+\/requests\/verify\?token=\S+/.exec(text ?? '')?.[0];
}

/** The verification link in the case's acknowledgement, once it is sent. */
export async function acknowledgementVerificationLink(
  desk: Pick<TestDesk, 'endpoints'>,
  reference: string,
): Promise<string | undefined> {
  const [acknowledgement] = await emailsAboutOnceSent(desk, reference, 1);
  return verificationLinkIn(acknowledgement?.body.text);
}

/** The requester follows the link in the acknowledgement sent to `address`. */
export async function verifyByAcknowledgement(
  desk: Pick<TestDesk, 'endpoints'>,
  address: string,
): Promise<void> {
  const acknowledgement = await eventually(async () => (await sentEmailsTo(desk, address))[0]);
  const link = verificationLinkIn(acknowledgement.body.text);
  if (!link) throw new Error('The acknowledgement has no verification link');
  await fetch(link.replace(/^http:\/\/localhost/, 'http://127.0.0.1'), {
    headers: { accept: 'application/json' },
  });
}

/** Waits until routing has given the case to a member. */
export async function routed(desk: TableDesk, caseId: string): Promise<void> {
  await eventually(async () => ((await rawCase(desk, caseId))?.status === 'assigned' ? true : undefined));
}

/** Gives the case to a member directly in the table, whoever the router chose. */
export async function assignInTable(desk: TableDesk, caseId: string, memberId: string): Promise<void> {
  await desk.dynamodb.send(
    new UpdateItemCommand({
      TableName: desk.tableName,
      Key: { pk: { S: `CASE#${caseId}` }, sk: { S: 'CASE' } },
      UpdateExpression: 'SET assigneeId = :member',
      ExpressionAttributeValues: { ':member': { S: memberId } },
    }),
  );
}

/**
 * A case made through the intake API, verified when its type needs it, routed by the real router,
 * then given to `assigneeId` in the table, so that the test knows who the representative is
 * whatever the router's load balancing chose.
 */
export async function openAssignedCase(
  desk: TestDesk,
  submission: { readonly type: string; readonly email: string },
  assigneeId: string,
): Promise<{ reference: string; caseId: string }> {
  const opened = await submitRequest(desk, submission);
  if (requiresVerification(submission.type as RequestType)) {
    await verifyByAcknowledgement(desk, submission.email);
  }
  await routed(desk, opened.caseId);
  await assignInTable(desk, opened.caseId, assigneeId);
  return opened;
}
