import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import * as z from 'zod';
import { systemClock } from '../../domain/clock.ts';
import { sendNotification } from '../../domain/notifications/send-notification.ts';
import { REPLY_TOKEN_KEY_PURPOSE } from '../../domain/reply-token.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { logger } from '../shared/logger.ts';
import { caseStoreFromEnv, keysFromEnv, mailerFromEnv, settingsFromEnv } from '../shared/wiring.ts';

const store = caseStoreFromEnv();
const mailer = mailerFromEnv();
const settings = settingsFromEnv();
const processor = new BatchProcessor(EventType.SQS);

export const NotifyMessageSchema = z.strictObject({ caseId: z.uuid(), notificationId: z.uuid() });

async function recordHandler(record: SQSRecord): Promise<void> {
  const message = parseOrThrow(NotifyMessageSchema, JSON.parse(record.body));
  const { cipher, hasher } = await keysFromEnv();
  const outcome = await sendNotification(message, {
    store,
    cipher,
    mailer,
    settings,
    now: systemClock(),
    replyTokenSecret: hasher.subKey(REPLY_TOKEN_KEY_PURPOSE),
  });
  logger.info('notification processed', { ...message, outcome });
}

export const handler = async (event: SQSEvent, context: Context) =>
  processPartialResponse(event, recordHandler, processor, { context });
