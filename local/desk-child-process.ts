/**
 * The desk's compute (gateway, queue pollers) in a process of its own, started by a benchmark or a
 * test: the parent passes the emulators, resource names and files as JSON in an environment
 * variable, waits for `ready <gateway URL>` on stdout, and stops it with SIGTERM. The child then
 * exits normally (not by the signal), which is what lets `--cpu-prof` write its profile.
 */
import { type DeskServices, type DeskServicesOptions, startDeskServices } from './desk-runtime.ts';

type FromParent = Pick<DeskServicesOptions, 'endpoints' | 'names' | 'configFile' | 'keysFile'>;

export async function serveDeskInChildProcess<Parent extends object = object>(
  /** The environment variable with the parent's options (JSON). */
  optionsVariable: string,
  logLevel: 'WARN' | 'ERROR',
  /** The rest of the service options, possibly from more of the parent's options. */
  rest: (parentOptions: Parent) => Omit<DeskServicesOptions, keyof FromParent>,
): Promise<DeskServices> {
  const options = JSON.parse(process.env[optionsVariable] ?? '{}') as FromParent & Parent;
  process.env.POWERTOOLS_LOG_LEVEL ??= logLevel;
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const services = await startDeskServices({
    endpoints: options.endpoints,
    names: options.names,
    configFile: options.configFile,
    keysFile: options.keysFile,
    ...rest(options),
  });
  process.stdout.write(`ready ${services.gateway.url}\n`);
  process.on('SIGTERM', () => {
    void services.stop().finally(() => process.exit(0));
  });
  return services;
}
