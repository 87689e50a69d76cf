import { authenticateStaff } from '../../adapters/auth/staff-auth.ts';
import { keysFromEnv } from '../../adapters/crypto/keys-from-env.ts';
import { systemClock } from '../../domain/clock.ts';
import { previewStaffAction } from '../../domain/staff/notice-preview.ts';
import { applyStaffAction } from '../../domain/staff/staff-actions.ts';
import { caseSummary } from '../../domain/staff/staff-cases.ts';
import { openStaffCase } from '../../domain/staff/staff-intake.ts';
import { MAX_REQUEST_BODY_BYTES } from '../../resources/desk-resources.ts';
import { httpHandler, json } from '../shared/http-handler.ts';
import { logger } from '../shared/logger.ts';
import {
  inboundStoreFromEnv,
  intakeStoreFromEnv,
  notificationQueueFromEnv,
  routeQueueFromEnv,
  settingsFromEnv,
  staffStoreFromEnv,
  suppressionQueueFromEnv,
} from '../shared/wiring.ts';

const store = staffStoreFromEnv();
const inbound = inboundStoreFromEnv();
const intake = intakeStoreFromEnv();
const notificationQueue = notificationQueueFromEnv();
const routeQueue = routeQueueFromEnv();
const suppressionQueue = suppressionQueueFromEnv();
const settings = settingsFromEnv();

const onEnqueueFailure = (error: unknown) =>
  logger.warn('enqueue failed; the sweep will re-drive', { errorName: (error as Error).name });

/** POST /staff/cases/{ref}/actions (a staff command on a case) and POST /staff/cases (a request taken by staff). */
export const handler = httpHandler(
  async (event) => {
    const identity = await authenticateStaff(event.headers, settings.config);
    const { cipher, hasher } = await keysFromEnv();
    const now = systemClock();
    const idempotencyKey = event.headers['idempotency-key'];
    if (event.routeKey === 'POST /staff/cases') {
      const opened = await openStaffCase(event.body, idempotencyKey, identity, {
        store: intake,
        routeQueue,
        notificationQueue,
        cipher,
        hasher,
        settings,
        now,
        onEnqueueFailure: (_step, error) => onEnqueueFailure(error),
      });
      logger.info('staff opened a case', { caseId: opened.caseId, statusCode: opened.statusCode });
      const record = await store.getCase(opened.caseId);
      const { access: _access, ...summary } = record ? caseSummary(record, 'act') : { access: 'act' };
      return json(opened.statusCode, {
        reference: opened.reference,
        ...(opened.duplicate ? { duplicate: true } : {}),
        acknowledged: opened.acknowledged,
        case: { reference: opened.reference, ...summary },
      });
    }
    if (event.routeKey === 'POST /staff/cases/{ref}/actions/preview') {
      const preview = await previewStaffAction(event.pathParameters?.ref, event.body, identity, {
        store,
        cipher,
        settings,
        now,
      });
      return json(200, preview, { 'cache-control': 'no-store' });
    }
    const result = await applyStaffAction(event.pathParameters?.ref, event.body, idempotencyKey, identity, {
      store,
      inbound,
      notificationQueue,
      suppressionQueue,
      cipher,
      config: settings.config,
      deadlinePolicy: settings.deadlinePolicy,
      now,
      onEnqueueFailure,
      onLoadFailure: (memberId, error) =>
        logger.warn('member load not adjusted', { memberId, errorName: (error as Error).name }),
    });
    logger.info('staff action applied', { action: result.action, duplicate: result.duplicate ?? false });
    return json(200, result);
  },
  { body: 'json', maxBodyBytes: MAX_REQUEST_BODY_BYTES },
);
