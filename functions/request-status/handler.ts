import { keysFromEnv } from '../../adapters/crypto/keys-from-env.ts';
import { requestStatus } from '../../domain/intake/requester-view.ts';
import { statusPage } from '../../web/pages/api-pages.ts';
import { accessTokenFrom } from '../shared/access-token.ts';
import { html, httpHandler, json, prefersHtml } from '../shared/http-handler.ts';
import { caseStoreFromEnv } from '../shared/wiring.ts';

const store = caseStoreFromEnv();

/** The status link: a page in the case's language for browsers, JSON for everyone else. */
export const handler = httpHandler(
  async (event) => {
    const { cipher } = await keysFromEnv();
    const token = accessTokenFrom(event);
    const status = await requestStatus(event.pathParameters?.ref, token, { store, cipher });
    if (prefersHtml(event)) {
      // Relative to this page, so it works behind the API's URL and behind a CloudFront path alike.
      const exportUrl = `${encodeURIComponent(status.reference)}/export?token=${encodeURIComponent(token ?? '')}`;
      return {
        ...html(200, statusPage(status, exportUrl)),
        headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
      };
    }
    return json(200, status, { 'cache-control': 'no-store' });
  },
  { body: 'none' },
);
