import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DeskConfig } from '../domain/config/desk-config.ts';
import { acceptedLanguages } from '../domain/intake/requester-language.ts';
import { LANGUAGES, type Language, normalizeLanguage } from '../domain/request-types.ts';
import { submissionLimitsJson } from '../web/form/submission-limits.ts';
import { formPageCsp } from '../web/pages/csp.ts';
import { DESK_CSS } from '../web/pages/desk-css.ts';
import { type FormService, renderFormPage } from '../web/pages/form-page.ts';
import type { LocalRoute } from './gateway.ts';
import { repositoryRoot } from './settings.ts';

/** What the form shows from the configuration: the services and the privacy statement's address. */
export type WebFormSettings = Pick<DeskConfig, 'privacyStatementUrl'> & {
  readonly processorServices: readonly FormService[];
};

/** The form in a language, for a page at `/<language>/` beside `/static/`, posting to this origin. */
export function localFormPage(settings: WebFormSettings, language: Language): string {
  return renderFormPage({
    language,
    services: settings.processorServices,
    privacyStatementUrl: settings.privacyStatementUrl,
    apiBaseUrl: '',
    assets: { kind: 'files', assetBase: '/static', pageBase: '/' },
  });
}

/** The page's language at `/`: the first of the desk's languages the browser accepts, else English. */
export function rootLanguage(acceptLanguage: string | undefined): Language {
  return acceptedLanguages(acceptLanguage)[0] ?? 'en';
}

const STATIC_FILES: Readonly<Record<string, { type: string; body: () => Promise<string> }>> = {
  '/static/desk.css': { type: 'text/css; charset=utf-8', body: async () => DESK_CSS },
  '/static/form.js': {
    type: 'text/javascript; charset=utf-8',
    body: () => readFile(path.join(repositoryRoot, 'web', 'static', 'form.js'), 'utf8'),
  },
  '/static/submission-limits.json': {
    type: 'application/json; charset=utf-8',
    body: async () => submissionLimitsJson(),
  },
};

/** Headers of every page and file the form serves: no cookies are ever set, nothing is cached. */
const COMMON_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/**
 * The web form, served by the local runtime: `/` in the browser's language (Accept-Language, else
 * English), `/nl/`, `/en/`, `/nb/`, `/sv/`, `/da/`, `/fi/` (and `/no/`, which moves to `/nb/`), and its
 * stylesheet and script under `/static/`. In AWS the same pages are static files (npm run build:web,
 * or the stack's optional CloudFront distribution).
 */
export function webFormRoute(settings: WebFormSettings): LocalRoute {
  return async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = STATIC_FILES[pathname];
    if (file) {
      response.writeHead(200, { 'content-type': file.type, ...COMMON_HEADERS });
      response.end(request.method === 'HEAD' ? undefined : await file.body());
      return true;
    }
    const segment = /^\/([a-z]{2})\/?(?:index\.html)?$/.exec(pathname)?.[1];
    let language: Language | undefined;
    if (pathname === '/' || pathname === '/index.html') {
      language = rootLanguage(request.headers['accept-language']);
    } else if (segment && (LANGUAGES as readonly string[]).includes(segment)) {
      language = segment as Language;
    } else if (segment && normalizeLanguage(segment)) {
      response.writeHead(301, { location: `/${normalizeLanguage(segment)}/`, ...COMMON_HEADERS });
      response.end();
      return true;
    }
    if (!language) return false;
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-language': language,
      'content-security-policy': formPageCsp(),
      vary: 'accept-language',
      ...COMMON_HEADERS,
    });
    response.end(request.method === 'HEAD' ? undefined : localFormPage(settings, language));
    return true;
  };
}
