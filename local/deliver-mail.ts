/**
 * `npm run mail:deliver -- path/to/message.eml [--rcpt case+...@replies.example.org ...]`: hands a raw
 * message to the running `npm start`, which files it exactly as a message SES received (the mail drop,
 * local/mail-drop.ts). The gateway port comes from DESK_GATEWAY_PORT (default 3000).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MAIL_DROP_PATH } from './mail-drop.ts';

const USAGE = 'usage: npm run mail:deliver -- <message.eml> [--rcpt <envelope recipient>]...';

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [file] = parsed.positionals;
  if (!file || parsed.positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  let raw: Buffer;
  try {
    raw = await readFile(path.resolve(process.env.INIT_CWD ?? process.cwd(), file));
  } catch (error) {
    console.error(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
    return 2;
  }
  const port = process.env.DESK_GATEWAY_PORT || '3000';
  const url = new URL(`http://localhost:${port}${MAIL_DROP_PATH}`);
  for (const recipient of parsed.values.rcpt ?? []) url.searchParams.append('rcpt', recipient);
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers: { 'content-type': 'message/rfc822' }, body: raw });
  } catch {
    console.error(`no desk answers on ${url.origin}: is \`npm start\` running (DESK_GATEWAY_PORT=${port})?`);
    return 1;
  }
  const answer = await response.text();
  if (!response.ok) {
    console.error(`the desk answered ${response.status}: ${answer}`);
    return 1;
  }
  console.log(answer);
  return 0;
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: { rcpt: { type: 'string', multiple: true } },
  });
}

process.exitCode = await main();
