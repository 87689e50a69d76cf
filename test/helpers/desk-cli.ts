import { runDesk } from '../../cli/desk.ts';

export interface DeskCliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `desk <argv>` in this process, on the environment the test file's desk has set; its output captured. */
export async function runDeskCli(...argv: string[]): Promise<DeskCliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runDesk(argv, {
    stdout: (text) => {
      out.push(text);
    },
    stderr: (text) => {
      err.push(text);
    },
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}
