import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/*
 * A child that must not outlive this process (DynamoDB Local's JVM), even when this process is
 * killed with SIGKILL and cannot clean up. It runs under a small POSIX shell script instead of
 * directly: the script keeps the read end of a pipe from us (its stdin) open in a watchdog subshell;
 * when we exit, however we exit, the kernel closes our end, the watchdog's `read` sees end of file
 * and it sends the child SIGTERM. No extra package, only /bin/sh.
 *
 * The script prints the child's pid as its first line of stdout (the child's own output goes to
 * stderr), writes `<child pid> <our pid>` to the pid file while the child runs, and removes the file
 * once the child has exited. Closing the pipe (`stop`) is also the normal way to stop the child.
 */
const WATCHDOG_SCRIPT = `
pid_file=$1; shift
exec 3<&0 0</dev/null
"$@" 1>&2 3<&- &
child=$!
echo "$child"
if [ "$pid_file" != - ]; then printf '%s %s\\n' "$child" "$PPID" > "$pid_file"; fi
( while read -r _ <&3; do :; done; kill -TERM "$child" 2>/dev/null ) >/dev/null 2>&1 &
watchdog=$!
exec 3<&-
trap 'kill -TERM "$child" 2>/dev/null' TERM INT HUP
status=0
while kill -0 "$child" 2>/dev/null; do wait "$child"; status=$?; done
kill "$watchdog" 2>/dev/null
if [ "$pid_file" != - ]; then rm -f "$pid_file"; fi
exit "$status"
`;

export interface WatchedChild {
  /** The wrapper shell; its stdout carries only the pid line, its stderr the child's output. */
  readonly process: ChildProcess;
  /** The child's own pid, once the wrapper has started it. */
  readonly pid: Promise<number>;
  /** Closes the pipe (the child gets SIGTERM), waits for the wrapper to exit; SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

export function spawnWatched(
  command: string,
  args: readonly string[],
  options: { readonly cwd?: string; readonly pidFile?: string } = {},
): WatchedChild {
  const wrapper = spawn(
    '/bin/sh',
    ['-c', WATCHDOG_SCRIPT, 'watchdog', options.pidFile ?? '-', command, ...args],
    {
      cwd: options.cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<void>((resolve) => {
    if (wrapper.exitCode !== null || wrapper.signalCode !== null) resolve();
    else wrapper.once('exit', () => resolve());
  });
  const pid = new Promise<number>((resolve, reject) => {
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString();
      const line = /^(\d+)\n/.exec(buffered);
      if (!line?.[1]) return;
      wrapper.stdout?.off('data', onData);
      resolve(Number(line[1]));
    };
    wrapper.stdout?.on('data', onData);
    wrapper.once('error', reject);
    void exited.then(() => reject(new Error(`${command} did not start under its watchdog`)));
  });
  // Nobody awaits `pid` when start-up fails early; the rejection is reported by whoever awaits.
  pid.catch(() => undefined);

  return {
    process: wrapper,
    pid,
    stop: async (graceMs = 5000) => {
      if (wrapper.exitCode !== null || wrapper.signalCode !== null) return;
      wrapper.stdin?.end();
      let timer: NodeJS.Timeout | undefined;
      const forced = new Promise<'forced'>((resolve) => {
        timer = setTimeout(() => resolve('forced'), graceMs);
      });
      const outcome = await Promise.race([exited, forced]);
      clearTimeout(timer);
      if (outcome === 'forced') {
        const childPid = await Promise.race([pid, Promise.resolve(undefined)]).catch(() => undefined);
        if (childPid !== undefined) killQuietly(childPid, 'SIGKILL');
        wrapper.kill('SIGKILL');
        await exited;
      }
    },
  };
}

/**
 * True while the process runs. An exited process nobody has reaped yet (a zombie) counts as gone;
 * a JVM whose main thread has ended shows as a zombie too while its other threads still serve, so
 * only a zombie without live threads counts as gone.
 */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists, it is just not ours to signal.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    return readdirSync(`/proc/${pid}/task`).some((task) => {
      const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
      return stat.charAt(stat.lastIndexOf(')') + 2) !== 'Z';
    });
  } catch {
    // No /proc, or it went while we looked: kill(0) answered.
    return existsSync(`/proc/${pid}`) || !existsSync('/proc/self');
  }
}

export function killQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Gone already.
  }
}

/** The command line of a process (arguments joined by spaces), or undefined when it is gone or unreadable. */
export function commandLineOf(pid: number): string | undefined {
  if (existsSync('/proc/self/cmdline')) {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
    } catch {
      return undefined;
    }
  }
  // No /proc (macOS): ask ps.
  const ps = spawnSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' });
  return ps.status === 0 ? ps.stdout.trim() : undefined;
}

/** Polls until the process is gone; false if it is still there after `timeoutMs`. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}
