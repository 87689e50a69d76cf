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
    // Vitest's default is one worker per core less one: a single worker on the 2-core CI machines.
    // Two keep both cores busy while integration tests wait on the emulators; the faults project
    // still runs alone, one file at a time, after the others (its files are not parallel).
    maxWorkers: 2,
    reporters: ['default', './test/reporters/summary-line.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          env: quietEnv,
          // Pure tests share a worker's modules: a fresh module graph per file cost over a minute of
          // imports for 100-odd files (80 s isolated, 15 s shared, on 2 cores). Infra (CDK app
          // state) and integration (handlers read their environment at import) stay isolated.
          isolate: false,
        },
      },
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
          // Limits for a loaded machine (two workers, the emulators and a browser on 2 cores); a
          // passing test takes a fraction of them.
          testTimeout: 60_000,
          hookTimeout: 120_000,
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
