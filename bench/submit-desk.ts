/**
 * The desk's compute for `npm run bench:submit`, in a process of its own so that `--cpu-prof` sees
 * only the desk (gateway, handlers, pollers), not the load the bench sends. Started by
 * bench/submit.ts with BENCH_DESK (emulator endpoints, names, files); prints `ready <gateway URL>`.
 * The throttles come from DESK_THROTTLE_RATE/BURST, as with `npm start`.
 */
import { startDeskServices } from '../local/desk-runtime.ts';

const options = JSON.parse(process.env.BENCH_DESK ?? '{}');
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const services = await startDeskServices({
  endpoints: options.endpoints,
  names: options.names,
  configFile: options.configFile,
  keysFile: options.keysFile,
  gatewayPort: 0,
  retryDelaySeconds: 1,
  scheduleIntervalSeconds: 0,
});
process.stdout.write(`ready ${services.gateway.url}\n`);

// `pause` / `resume` on stdin: the bench measures the submit path with and without the queue pollers
// (routing and acknowledgements) competing for this process's CPU.
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk: string) => {
  input += chunk;
  for (let end = input.indexOf('\n'); end >= 0; end = input.indexOf('\n')) {
    const command = input.slice(0, end).trim();
    input = input.slice(end + 1);
    if (command === 'pause') void services.pausePollers().then(() => process.stdout.write('paused\n'));
    if (command === 'resume') {
      services.resumePollers();
      process.stdout.write('resumed\n');
    }
  }
});

// Exiting normally (not by a signal) is what lets --cpu-prof write its profile.
process.on('SIGTERM', () => {
  void services.stop().finally(() => process.exit(0));
});
