/**
 * The desk's compute in a process of its own, for the fault suite to kill: the gateway and the queue
 * pollers (the scheduler off) on the emulators named in FAULT_DESK (see fault-desk.ts). Prints
 * `ready <gateway URL>` once it serves.
 */
import { startDeskServices } from '../../local/desk-runtime.ts';

const options = JSON.parse(process.env.FAULT_DESK ?? '{}');
process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const services = await startDeskServices({
  endpoints: options.endpoints,
  names: options.names,
  configFile: options.configFile,
  keysFile: options.keysFile,
  gatewayPort: options.gatewayPort,
  throttling: { rateLimitPerSecond: 100_000, burstLimit: 100_000 },
  retryDelaySeconds: options.retryDelaySeconds,
  visibilityTimeoutSeconds: options.visibilityTimeoutSeconds,
  scheduleIntervalSeconds: 0,
});
process.stdout.write(`ready ${services.gateway.url}\n`);

process.on('SIGTERM', () => {
  void services.stop().finally(() => process.exit(0));
});
