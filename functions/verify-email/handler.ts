import { systemClock } from '../../domain/clock.ts';
import { verifyEmail } from '../../domain/intake/verify-email.ts';
import { verifiedPage } from '../../web/pages/api-pages.ts';
import { html, httpHandler, json, prefersHtml } from '../shared/http-handler.ts';
import { logger } from '../shared/logger.ts';
import { caseStoreFromEnv, routeQueueFromEnv, settingsFromEnv } from '../shared/wiring.ts';

const store = caseStoreFromEnv();
const routeQueue = routeQueueFromEnv();
const settings = settingsFromEnv();

/** Opened from the link in the acknowledgement: answers a page to browsers, JSON to API clients. */
export const handler = httpHandler(
  async (event) => {
    const result = await verifyEmail(event.queryStringParameters?.token, {
      store,
      routeQueue,
      settings,
      now: systemClock(),
      onEnqueueFailure: (error) =>
        logger.warn('route enqueue failed; the sweep will re-drive', { error: (error as Error).name }),
    });
    if (prefersHtml(event) || !event.headers.accept) {
      return html(200, verifiedPage(result.language, result));
    }
    return json(200, result);
  },
  { body: 'none' },
);
