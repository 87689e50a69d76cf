import type { TestProject } from 'vitest/node';
import { type EmulatorEndpoints, startEmulators } from '../../local/desk-runtime.ts';
import { freePort } from '../../local/ports.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    emulators: EmulatorEndpoints;
  }
}

/** Starts the three emulators once per run, on free ports, so tests can run beside `npm start`. */
export default async function setup(project: TestProject) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const emulators = await startEmulators({
    dynamodbPort: await freePort(),
    sqsPort: 0,
    sesPort: 0,
    // The JVM took over 30 s to answer on a machine shared by several sessions.
    dynamodbReadyTimeoutMs: 120_000,
  });
  project.provide('emulators', emulators.endpoints);
  return async () => {
    await emulators.stop();
  };
}
