import { DESK_CSS_HASH } from './desk-css.ts';

/**
 * The form page's Content-Security-Policy: its own script and stylesheet files only, nothing inline,
 * no third party; it may talk to and post to the API (`apiOrigin` when that is another origin).
 * Trusted Types are required, so no script can write HTML from strings.
 */
export function formPageCsp(apiOrigin = ''): string {
  const api = apiOrigin ? ` ${apiOrigin}` : '';
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    `connect-src 'self'${api}`,
    `form-action 'self'${api}`,
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join('; ');
}

/**
 * The directives of the pages the API renders (confirmation, error, status), for middy's security
 * headers: the inline stylesheet by its hash, no script, forms post back to the API only; no
 * sandbox (it would stop the form and the export download) and no upgrade of the local http URLs.
 */
export const API_PAGE_CSP = {
  'style-src': DESK_CSS_HASH,
  'img-src': "'self'",
  'form-action': "'self'",
  sandbox: false,
  'upgrade-insecure-requests': false,
} as const;
