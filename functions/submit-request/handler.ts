import { keysFromEnv } from '../../adapters/crypto/keys-from-env.ts';
import { systemClock } from '../../domain/clock.ts';
import { requesterLanguage } from '../../domain/intake/requester-language.ts';
import { submitRequest } from '../../domain/intake/submit-request.ts';
import { normalizeLanguage } from '../../domain/request-types.ts';
import { MAX_REQUEST_BODY_BYTES } from '../../resources/desk-resources.ts';
import { confirmationPage, formErrorPage } from '../../web/pages/api-pages.ts';
import { type HttpEvent, html, httpHandler, json, prefersHtml } from '../shared/http-handler.ts';
import { logger } from '../shared/logger.ts';
import { caseWorkFromEnv } from '../shared/wiring.ts';

const { store, routeQueue, notificationQueue, settings } = caseWorkFromEnv();

/** The language the requester was reading the form in (its hidden field), else the case's rule. */
function pageLanguage(event: HttpEvent) {
  const body = (typeof event.body === 'object' && event.body !== null ? event.body : {}) as Record<
    string,
    unknown
  >;
  const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : undefined);
  return (
    normalizeLanguage(field('pageLanguage')) ??
    requesterLanguage({
      chosen: field('language'),
      acceptLanguage: event.headers['accept-language'],
      country: field('country'),
    })
  );
}

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
      return html(result.statusCode, confirmationPage(result.language, response));
    }
    return json(result.statusCode, response, response.statusUrl ? { location: response.statusUrl } : {});
  },
  {
    body: 'form',
    maxBodyBytes: MAX_REQUEST_BODY_BYTES,
    errorPage: ({ event, statusCode, issues }) =>
      formErrorPage({
        language: pageLanguage(event),
        services: settings.config.processorServices,
        privacyStatementUrl: settings.config.privacyStatementUrl,
        statusCode,
        values: event.body,
        issues,
      }),
  },
);
