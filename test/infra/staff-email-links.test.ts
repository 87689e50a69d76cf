import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { describe, it } from 'vitest';
import type { DeskConfig } from '../../domain/config/desk-config.ts';
import { buildDeskApp } from '../../lib/desk-stack.ts';
import { fixtureConfig } from '../helpers/fixture-config.ts';
import { CDK_JSON_CONTEXT, SKIP_BUNDLING } from './desk-template.ts';

/*
 * Staff emails in link mode point to the console. The default address (`/staff/` under
 * publicBaseUrl) is the local runtime's; the API in AWS does not serve it, so synth says so.
 */
const withNotifications = (notifications: DeskConfig['notifications']): DeskConfig => ({
  ...fixtureConfig,
  notifications,
});
const warningsOf = (config: DeskConfig) =>
  Annotations.fromStack(buildDeskApp({ ...CDK_JSON_CONTEXT, ...SKIP_BUNDLING }, config).stack);

describe('staff email links at synth', () => {
  it('warns when link mode has no console address', () => {
    warningsOf(withNotifications({ staffEmailContent: 'link' })).hasWarning(
      '*',
      Match.stringLikeRegexp('notifications\\.staffConsoleUrl'),
    );
  });

  it('is quiet with a console address, and in full mode', () => {
    for (const notifications of [
      { staffEmailContent: 'link', staffConsoleUrl: 'https://console.example.org/staff/' },
      { staffEmailContent: 'full' },
    ] as const) {
      warningsOf(withNotifications(notifications)).hasNoWarning(
        '*',
        Match.stringLikeRegexp('notifications\\.staffConsoleUrl'),
      );
    }
  });
});
