/**
 * The desk's compute in a process of its own, for the fault suite to kill: the gateway and the queue
 * pollers (the scheduler off) on the emulators named in FAULT_DESK (see fault-desk.ts). Prints
 * `ready <gateway URL>` once it serves.
 */
import { serveDeskInChildProcess } from '../../local/desk-child-process.ts';

interface FaultDeskOptions {
  readonly gatewayPort: number;
  readonly retryDelaySeconds?: number;
  readonly visibilityTimeoutSeconds?: number;
}

await serveDeskInChildProcess('FAULT_DESK', 'ERROR', (options: FaultDeskOptions) => ({
  gatewayPort: options.gatewayPort,
  throttling: { rateLimitPerSecond: 100_000, burstLimit: 100_000 },
  retryDelaySeconds: options.retryDelaySeconds,
  visibilityTimeoutSeconds: options.visibilityTimeoutSeconds,
  scheduleIntervalSeconds: 0,
}));
