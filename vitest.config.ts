import { defineConfig } from 'vitest/config';

const quietEnv = {
  POWERTOOLS_LOG_LEVEL: 'ERROR',
  POWERTOOLS_METRICS_DISABLED: 'true',
  POWERTOOLS_METRICS_NAMESPACE: 'PrivacyDesk',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

export default defineConfig({
  test: {
    env: quietEnv,
    reporters: ['default', './test/reporters/summary-line.ts'],
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], env: quietEnv } },
      {
        test: {
          name: 'infra',
          include: ['test/infra/**/*.test.ts'],
          env: quietEnv,
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          env: quietEnv,
          // DynamoDB Local, fauxqs and the SES emulator, started once on free ports for the run;
          // every test file provisions its own table and queues on them.
          globalSetup: ['test/integration/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'faults',
          include: ['test/faults/**/*.test.ts'],
          // The faults make the handlers log errors by design; the assertions say what matters.
          env: { ...quietEnv, POWERTOOLS_LOG_LEVEL: 'SILENT' },
          // Each file runs its own emulators (and kills, stops and restarts them, or whole desks):
          // one file at a time keeps the JVMs and the timing of the faults predictable on 2 cores.
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
