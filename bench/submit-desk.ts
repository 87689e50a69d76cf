/**
 * The desk's compute for `npm run bench:submit`, in a process of its own so that `--cpu-prof` sees
 * only the desk (gateway, handlers, pollers), not the load the bench sends. Started by
 * bench/submit.ts with BENCH_DESK (emulator endpoints, names, files); prints `ready <gateway URL>`.
 * The throttles come from DESK_THROTTLE_RATE/BURST, as with `npm start`.
 */
import { serveDeskInChildProcess } from '../local/desk-child-process.ts';

const services = await serveDeskInChildProcess('BENCH_DESK', 'WARN', () => ({
  gatewayPort: 0,
  retryDelaySeconds: 1,
  scheduleIntervalSeconds: 0,
}));

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
