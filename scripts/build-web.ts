/**
 * `npm run build:web [-- --out dist/web] [--api-url https://api.example.org] [--config file]`:
 * regenerates web/static/submission-limits.json from the submission schema, and writes the form as
 * static files (one page per language, stylesheet, script) into the output folder, ready for any
 * static host. Without --api-url the form posts to its own origin (put the API behind the same
 * host, e.g. a CloudFront behaviour); with it, allow the form's origin in CORS (`desk:corsOrigins`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadDeskConfig } from '../domain/config/load-desk-config.ts';
import { repositoryRoot } from '../local/settings.ts';
import { SUBMISSION_LIMITS_FILE, submissionLimitsJson } from '../web/form/submission-limits.ts';
import { staticSiteFiles } from '../web/static-site.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist/web' },
    'api-url': { type: 'string', default: '' },
    config: { type: 'string', default: process.env.DESK_CONFIG_FILE ?? 'config/desk.config.json' },
  },
});

writeFileSync(path.join(repositoryRoot, SUBMISSION_LIMITS_FILE), submissionLimitsJson());

const config = loadDeskConfig(path.resolve(repositoryRoot, values.config));
const out = path.resolve(repositoryRoot, values.out);
const files = staticSiteFiles({
  services: config.processorServices,
  privacyStatementUrl: config.privacyStatementUrl,
  apiBaseUrl: values['api-url'].replace(/\/$/, ''),
});
for (const [name, file] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
  writeFileSync(path.join(out, name), file.body);
}
console.log(`${Object.keys(files).length} files in ${path.relative(repositoryRoot, out) || '.'}`);
