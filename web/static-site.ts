import { readFileSync } from 'node:fs';
import { LANGUAGES } from '../domain/request-types.ts';
import { submissionLimitsJson } from './form/submission-limits.ts';
import { formPageCsp } from './pages/csp.ts';
import { DESK_CSS } from './pages/desk-css.ts';
import { type FormService, renderFormPage } from './pages/form-page.ts';

export interface StaticSiteOptions {
  readonly services: readonly FormService[];
  readonly privacyStatementUrl?: string | undefined;
  /** '' when the API is on the form's origin (a CloudFront behaviour), else its absolute URL (CORS). */
  readonly apiBaseUrl: string;
}

export interface StaticFile {
  readonly body: string;
  readonly contentType: string;
}

/** The API's origin for the policy, or '' when the API is on the form's own origin. */
function apiOrigin(apiBaseUrl: string): string {
  if (apiBaseUrl === '') return '';
  // A deploy-time token (CDK) is not a URL yet: the policy names it whole.
  return /^https?:\/\//.test(apiBaseUrl) ? new URL(apiBaseUrl).origin : apiBaseUrl;
}

const FORM_SCRIPT = new URL('./static/form.js', import.meta.url);

/**
 * The form as static files, relative links only: `index.html` (English) and `<language>/index.html`
 * for every language, with `static/desk.css`, `static/form.js` and `static/submission-limits.json`.
 * Each page carries its policy as a `<meta>` too, for hosts that cannot set headers.
 */
export function staticSiteFiles(options: StaticSiteOptions): Record<string, StaticFile> {
  const csp = formPageCsp(apiOrigin(options.apiBaseUrl));
  // frame-ancestors has no effect in a <meta>: the header (CloudFront) carries it.
  const cspMeta = csp.replace(/; frame-ancestors [^;]+/, '');
  const page = (language: (typeof LANGUAGES)[number], depth: 0 | 1): StaticFile => ({
    contentType: 'text/html; charset=utf-8',
    body: renderFormPage({
      language,
      services: options.services,
      privacyStatementUrl: options.privacyStatementUrl,
      apiBaseUrl: options.apiBaseUrl,
      assets: {
        kind: 'files',
        assetBase: depth === 0 ? 'static' : '../static',
        pageBase: depth === 0 ? '' : '../',
        cspMeta,
      },
    }),
  });
  return {
    'index.html': page('en', 0),
    ...Object.fromEntries(LANGUAGES.map((language) => [`${language}/index.html`, page(language, 1)])),
    'static/desk.css': { body: DESK_CSS, contentType: 'text/css; charset=utf-8' },
    'static/form.js': {
      body: readFileSync(FORM_SCRIPT, 'utf8'),
      contentType: 'text/javascript; charset=utf-8',
    },
    'static/submission-limits.json': {
      body: submissionLimitsJson(),
      contentType: 'application/json; charset=utf-8',
    },
  };
}
