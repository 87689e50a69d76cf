import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENV_CONTENT_KEY_ARN, ENV_MAC_KEY_ARN } from '../../adapters/crypto/keys-from-env.ts';
import { ENV_PUBLIC_BASE_URL } from '../../adapters/desk-config-from-env.ts';
import { DEPLOYMENT_ENV } from '../../lib/desk-resources.ts';
import { PROJECT_ROOT } from '../../lib/desk-stack.ts';

describe('the environment the stack sets is the one the adapters read', () => {
  it('content key variables', () => {
    expect([DEPLOYMENT_ENV.contentKeyArn, DEPLOYMENT_ENV.macKeyArn]).toEqual([
      ENV_CONTENT_KEY_ARN,
      ENV_MAC_KEY_ARN,
    ]);
  });

  it('public base URL override', () => {
    expect(DEPLOYMENT_ENV.publicBaseUrl).toBe(ENV_PUBLIC_BASE_URL);
  });

  it('SES configuration set (read in functions/shared/wiring.ts)', () => {
    const wiring = readFileSync(join(PROJECT_ROOT, 'functions/shared/wiring.ts'), 'utf8');
    // The mailer reads the variable through the same constant the stack sets it with.
    expect(wiring).toContain('getOptionalStringFromEnv(DEPLOYMENT_ENV.sesConfigurationSet)');
  });
});
