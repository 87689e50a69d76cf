import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

/* The desk of bench/submit.ts in its child process (bench/submit-desk.ts), and the bench's side of its stdin/stdout protocol. */

export interface Desk {
  readonly child: ChildProcess;
  readonly api: string;
  /** Sends `pause` or `resume` and waits for the desk's answer. */
  command(name: 'pause' | 'resume'): Promise<void>;
}

export interface DeskProcessOptions {
  readonly root: string;
  /** Where `--cpu-prof` writes the profiles; undefined: no profile. */
  readonly profileDir: string | undefined;
  readonly env: Record<string, string>;
}

export function startDesk({ root, profileDir, env }: DeskProcessOptions): Promise<Desk> {
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const args = [
    // One file per thread (tsx's loader runs in a worker); the main thread's has thread id 0.
    ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
    '--import',
    'tsx',
    path.join(root, 'bench', 'submit-desk.ts'),
  ];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let output = '';
  const waiters: { word: string; resolve: () => void }[] = [];
  const command = (name: 'pause' | 'resume') =>
    new Promise<void>((resolve) => {
      waiters.push({ word: name === 'pause' ? 'paused' : 'resumed', resolve });
      child.stdin?.write(`${name}\n`);
    });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /ready (\S+)/.exec(output);
      if (ready?.[1]) resolve({ child, api: ready[1], command });
      for (const waiter of [...waiters]) {
        if (output.includes(`\n${waiter.word}\n`)) {
          output = output.replace(`\n${waiter.word}\n`, '\n');
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve();
        }
      }
    });
    child.on('exit', (code) => reject(new Error(`desk exited with ${code} before it was ready`)));
  });
}
