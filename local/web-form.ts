import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LocalRoute } from './gateway.ts';
import { repositoryRoot } from './settings.ts';

/** Where web/index.html links to the privacy statement; replaced with the configured address. */
export const PRIVACY_STATEMENT_PLACEHOLDER = '__PRIVACY_STATEMENT_URL__';

const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The page with the configured privacy statement (`privacyStatementUrl`) linked; without one, the
 * link becomes plain text rather than a link to nowhere.
 */
export function webFormPage(html: string, privacyStatementUrl: string | undefined): string {
  if (privacyStatementUrl !== undefined) {
    return html.replaceAll(PRIVACY_STATEMENT_PLACEHOLDER, attribute(privacyStatementUrl));
  }
  return html.replace(
    new RegExp(`<a href="${PRIVACY_STATEMENT_PLACEHOLDER}">([^<]*)</a>`, 'g'),
    (_anchor, text: string) => text,
  );
}

/**
 * The sample web form at `/`, served by the local gateway only: in production the group's website
 * hosts the form and posts to the API (CORS origins are configured in the stack).
 */
export function webFormRoute(privacyStatementUrl: string | undefined): LocalRoute {
  return async (request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method !== 'GET' || (pathname !== '/' && pathname !== '/index.html')) return false;
    const page = await readFile(path.join(repositoryRoot, 'web', 'index.html'), 'utf8');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(webFormPage(page, privacyStatementUrl));
    return true;
  };
}
