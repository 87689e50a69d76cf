/**
 * `npm run mail:deliver -- path/to/message.eml [--rcpt case+...@replies.example.org ...]
 * [--spf|--dkim|--dmarc|--spam|--virus pass|fail|gray|processing_failed|disabled]`: hands a raw
 * message to the running `npm start`, which files it exactly as a message SES received (the mail drop,
 * local/mail-drop.ts). A verdict flag overrides what the message's own SES headers say. The gateway
 * port comes from DESK_GATEWAY_PORT (default 3000).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { VERDICT_NAMES } from '../domain/inbound/mail-receipt.ts';
import { MAIL_DROP_PATH, VERDICT_STATUSES } from './mail-drop.ts';

const USAGE =
  'usage: npm run mail:deliver -- <message.eml> [--rcpt <envelope recipient>]... ' +
  `[--spf|--dkim|--dmarc|--spam|--virus <${VERDICT_STATUSES.join('|').toLowerCase()}>]`;

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
  const port = process.env.DESK_GATEWAY_PORT || '3000';
  const url = new URL(`http://localhost:${port}${MAIL_DROP_PATH}`);
  for (const recipient of parsed.values.rcpt ?? []) url.searchParams.append('rcpt', recipient);
  for (const name of VERDICT_NAMES) {
    const value = parsed.values[name];
    if (value === undefined) continue;
    if (!(VERDICT_STATUSES as readonly string[]).includes(value.toUpperCase())) {
      console.error(`--${name}: expected one of ${VERDICT_STATUSES.join(', ').toLowerCase()}\n${USAGE}`);
      return 2;
    }
    url.searchParams.set(name, value.toUpperCase());
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
    options: {
      rcpt: { type: 'string', multiple: true },
      spf: { type: 'string' },
      dkim: { type: 'string' },
      dmarc: { type: 'string' },
      spam: { type: 'string' },
      virus: { type: 'string' },
    },
  });
}

process.exitCode = await main();
