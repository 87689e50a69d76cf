import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SubmissionSchema } from '../../../domain/intake/submission-schema.ts';
import { submissionLimits, submissionLimitsJson } from '../../../web/form/submission-limits.ts';
import { staticSiteFiles } from '../../../web/static-site.ts';

describe('the form limits', () => {
  it('are the ones generated from the submission schema (npm run build:web)', () => {
    const committed = readFileSync(
      new URL('../../../web/static/submission-limits.json', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(submissionLimitsJson());
  });

  it('carry the schema limits the browser checks', () => {
    const { fields } = submissionLimits();
    expect({
      name: fields.name,
      message: fields.message?.maxLength,
      phone: fields.phone?.pattern,
      language: fields.language?.required,
    }).toEqual({
      name: { required: true, maxLength: 200, checks: ['singleLine', 'link', 'bidi', 'zeroWidth'] },
      message: 10_000,
      phone: '^\\+?[0-9 ()./-]{6,30}$',
      language: false,
    });
  });

  it('agree with the schema on a value the browser would refuse', () => {
    const { checks } = submissionLimits();
    const name = 'Anna\u202eexe.txt';
    const browserRefuses = Object.values(checks).some((check) => new RegExp(check.pattern).test(name));
    const serverRefuses = !SubmissionSchema.shape.name.safeParse(name).success;
    expect({ browserRefuses, serverRefuses }).toEqual({ browserRefuses: true, serverRefuses: true });
  });
});

describe('the static form', () => {
  it('is a page per language with relative links, its files, and a policy for the API origin', () => {
    const files = staticSiteFiles({
      services: [],
      privacyStatementUrl: undefined,
      apiBaseUrl: 'https://api.example.org',
    });
    const swedish = files['sv/index.html']?.body ?? '';

    expect({
      names: Object.keys(files).sort(),
      action: swedish.includes('action="https://api.example.org/requests"'),
      assets: swedish.includes('<script type="module" src="../static/form.js"></script>'),
      csp: /<meta http-equiv="Content-Security-Policy" content="[^"]*form-action &#39;self&#39; https:\/\/api\.example\.org/.test(
        swedish,
      ),
    }).toEqual({
      names: [
        'da/index.html',
        'en/index.html',
        'fi/index.html',
        'index.html',
        'nb/index.html',
        'nl/index.html',
        'static/desk.css',
        'static/form.js',
        'static/submission-limits.json',
        'sv/index.html',
      ],
      action: true,
      assets: true,
      csp: true,
    });
  });
});
