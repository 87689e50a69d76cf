import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keysFromEnv } from '../../adapters/crypto/keys-from-env.ts';
import type { Notification, NotifyMessage } from '../../domain/notifications/notification.ts';
import { type SendOutcome, sendNotification } from '../../domain/notifications/send-notification.ts';
import { REPLY_TOKEN_KEY_PURPOSE } from '../../domain/reply-token.ts';
import { caseStoreFromEnv, mailerFromEnv, settingsFromEnv } from '../../functions/shared/wiring.ts';
import { FUNCTIONS } from '../../lib/desk-resources.ts';
import { caseStore, seedCase, writeTestConfig } from '../helpers/escalation.ts';
import { emailsAbout } from '../helpers/ses-store.ts';
import { testDeskForThisFile } from '../helpers/test-desk.ts';

/*
 * The same outbox email delivered twice at once: two sweeps re-driving it, or a re-drive while the
 * first message is still being retried. Two consumers (two Lambda instances) then read it unsent at
 * the same moment; only one may send it. The sender is driven as its handler drives it, with the
 * real store and SES; two handler invocations in one process would share Powertools' batch
 * processor, which Lambda never does.
 */
const desk = testDeskForThisFile({ configFile: writeTestConfig().configFile });

/** One delivery, as functions/send-notification/handler.ts makes it: the outcome, or the error's name. */
async function deliver(message: NotifyMessage): Promise<SendOutcome | string> {
  const { cipher, hasher } = await keysFromEnv();
  try {
    return await sendNotification(message, {
      store: caseStoreFromEnv(),
      cipher,
      mailer: mailerFromEnv(),
      settings: settingsFromEnv(),
      now: new Date(),
      replyTokenSecret: hasher.subKey(REPLY_TOKEN_KEY_PURPOSE),
      sendClaimMs: FUNCTIONS.sendNotification.timeoutSeconds * 1000,
    });
  } catch (error) {
    return (error as Error).name;
  }
}

describe('one outbox email delivered twice at once', () => {
  it('is sent once: the other delivery finds it being sent (and is retried), a later one finds it sent', async () => {
    // Prepare
    const caseId = randomUUID();
    const at = new Date().toISOString();
    const notification: Notification = {
      notificationId: randomUUID(),
      caseId,
      template: 'escalation-dpo-overdue',
      recipient: { role: 'dpo' },
      createdAt: at,
      params: { step: 'dpo:overdue:0', level: 'dpo', reason: 'overdue', at, recipientRole: 'dpo' },
    };
    const record = await seedCase(
      desk,
      { caseId, status: 'assigned', assigneeId: 'anna-devries' },
      undefined,
      [notification],
    );
    const message = { caseId, notificationId: notification.notificationId };

    // Act
    const concurrent = await Promise.all([deliver(message), deliver(message)]);
    const later = await deliver(message);

    // Assess
    expect(await emailsAbout(desk, record.reference)).toHaveLength(1);
    expect(concurrent.sort()).toEqual(['SendInProgressError', 'sent']);
    expect(later).toBe('already_sent');
    const stored = await caseStore(desk).getNotification(caseId, notification.notificationId);
    expect(stored).toMatchObject({ sentAt: expect.any(String) });
    expect(stored).not.toHaveProperty('sendingUntil');
  });
});
