import { keysFromEnv } from '../../adapters/crypto/keys-from-env.ts';
import { systemClock } from '../../domain/clock.ts';
import { submitRequest } from '../../domain/intake/submit-request.ts';
import { MAX_REQUEST_BODY_BYTES } from '../../resources/desk-resources.ts';
import { html, httpHandler, json, prefersHtml } from '../shared/http-handler.ts';
import { logger } from '../shared/logger.ts';
import { page } from '../shared/pages.ts';
import {
  caseStoreFromEnv,
  notificationQueueFromEnv,
  routeQueueFromEnv,
  settingsFromEnv,
} from '../shared/wiring.ts';

const store = caseStoreFromEnv();
const routeQueue = routeQueueFromEnv();
const notificationQueue = notificationQueueFromEnv();
const settings = settingsFromEnv();

export const handler = httpHandler(
  async (event) => {
    const { cipher, hasher } = await keysFromEnv();
    const result = await submitRequest(
      event.body,
      event.headers['idempotency-key'],
      {
        store,
        routeQueue,
        notificationQueue,
        cipher,
        hasher,
        settings,
        now: systemClock(),
        onEnqueueFailure: (step, error) =>
          logger.warn('enqueue failed; the sweep will re-drive', { step, errorName: (error as Error).name }),
      },
      { acceptLanguage: event.headers['accept-language'] },
    );
    logger.info('submission answered', { caseId: result.caseId, statusCode: result.statusCode });
    const { response } = result;
    if (prefersHtml(event)) {
      return html(
        result.statusCode,
        page('Thank you, we have received your request', [
          `Your case reference is ${response.reference}. We will answer by ${response.targetDate} at the latest.`,
          response.verificationRequired
            ? 'We have sent you an email: please open the link in it to confirm your address. We start once you have.'
            : 'We have sent you a confirmation by email.',
        ]),
      );
    }
    return json(result.statusCode, response, response.statusUrl ? { location: response.statusUrl } : {});
  },
  { body: 'form', maxBodyBytes: MAX_REQUEST_BODY_BYTES },
);
