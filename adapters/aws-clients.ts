import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ENDPOINT_ENV } from '../resources/desk-resources.ts';
import { getOptionalStringFromEnv } from './env.ts';

/*
 * SDK clients, created once per execution environment and reused across invocations.
 * In AWS the endpoint variables are unset and the SDK uses the regional endpoints; the local
 * runtime and the tests set them to the emulators. That is the only difference between the two.
 */

let dynamoDb: DynamoDBDocumentClient | undefined;
let sqs: SQSClient | undefined;
let ses: SESv2Client | undefined;
let s3: S3Client | undefined;

export function documentClient(): DynamoDBDocumentClient {
  dynamoDb ??= DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: getOptionalStringFromEnv(ENDPOINT_ENV.dynamodb) }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
  return dynamoDb;
}

export function sqsClient(): SQSClient {
  // An explicit endpoint: with only AWS_ENDPOINT_URL_SQS the SDK would send to the queue URL's host.
  sqs ??= new SQSClient({ endpoint: getOptionalStringFromEnv(ENDPOINT_ENV.sqs) });
  return sqs;
}

export function sesClient(): SESv2Client {
  ses ??= new SESv2Client({ endpoint: getOptionalStringFromEnv(ENDPOINT_ENV.ses) });
  return ses;
}

export function s3Client(): S3Client {
  const endpoint = getOptionalStringFromEnv(ENDPOINT_ENV.s3);
  // The local emulator serves path-style URLs (virtual-hosted style needs wildcard DNS).
  s3 ??= new S3Client(endpoint ? { endpoint, forcePathStyle: true } : {});
  return s3;
}
