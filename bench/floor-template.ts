import { randomBytes } from 'node:crypto';
import { type DynamoDBDocumentClient, QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';

/*
 * The raw floor of bench/submit.ts: the items one real submission wrote, copied under new keys, so
 * that the floor writes the same items with the same sizes as intake does.
 */

type Item = Record<string, unknown>;

export interface Template {
  readonly tableName: string;
  readonly caseId: string;
  readonly reference: string;
  readonly items: Item[];
  readonly recipientPk: string;
}

export async function readTemplate(dynamodb: DynamoDBDocumentClient, tableName: string): Promise<Template> {
  const { Items: all = [] } = await dynamodb.send(
    new ScanCommand({ TableName: tableName, ConsistentRead: true }),
  );
  const caseItem = all.find((item) => item.sk === 'CASE');
  if (!caseItem) throw new Error('the template submission left no case item');
  const caseId = caseItem.caseId as string;
  const reference = caseItem.reference as string;
  const { Items: partition = [] } = await dynamodb.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `CASE#${caseId}` },
      ConsistentRead: true,
    }),
  );
  // What intake wrote (routing has since added its own items: leave those out).
  const written = partition.filter(
    (item) =>
      item.sk === 'CASE' ||
      (String(item.sk).startsWith('AUDIT#') && item.action === 'case.received') ||
      String(item.sk).startsWith('NOTIFY#'),
  );
  const lookups = all.filter(
    (item) =>
      item.pk === `REF#${reference}` || (String(item.pk).startsWith('ONCE#dedup#') && item.caseId === caseId),
  );
  const recipient = all.find((item) => String(item.pk).startsWith('RECIPIENT#'));
  if (!recipient || lookups.length !== 2) throw new Error('the template submission lacks a lookup item');
  return {
    tableName,
    caseId,
    reference,
    items: [...written, ...lookups, recipient],
    recipientPk: String(recipient.pk),
  };
}

/** The template's items for a new case id: same attributes and sizes, new keys. */
export function cloneTemplate(template: Template, caseId: string) {
  const reference = `PD-${randomBytes(4).toString('hex').toUpperCase()}`;
  const recipientPk = `RECIPIENT#${randomBytes(32).toString('hex')}`;
  const transactItems = template.items.map((original) => {
    const text = JSON.stringify(original)
      .replaceAll(template.caseId, caseId)
      .replaceAll(template.reference, reference);
    const item = JSON.parse(text) as Item;
    if (String(item.pk).startsWith('ONCE#')) item.pk = `ONCE#dedup#${randomBytes(32).toString('hex')}`;
    if (item.pk === template.recipientPk) item.pk = recipientPk;
    const conditional = !String(item.sk).startsWith('AUDIT#');
    return {
      Put: {
        TableName: template.tableName,
        Item: item,
        ...(conditional ? { ConditionExpression: 'attribute_not_exists(pk)' } : {}),
      },
    };
  });
  return { transactItems, recipientKey: { pk: recipientPk, sk: 'ACKNOWLEDGEMENTS' } };
}
