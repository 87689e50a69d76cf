/**
 * How long extractReplyText takes on inputs that make email-reply-parser's regular expressions
 * backtrack (seconds to minutes on 20 KB without the limits in domain/inbound). Run:
 * `npm run bench:reply-parser`; results go in bench/README.md.
 */
import { extractReplyText, REPLY_PARSER_LIMITS } from '../domain/inbound/index.ts';

const repeatTo = (unit: string, length: number) =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const cases: { name: string; text: string }[] = [
  { name: '200 KB of "abc. x skrev x" lines', text: repeatTo('abc. x skrev x\n', 200_000) },
  { name: '200 KB of "Op x schreef x" lines', text: repeatTo('Op x schreef x\n', 200_000) },
  { name: 'one 200 KB line of "x 2026 x from x <x"', text: repeatTo('x 2026 x from x <x ', 200_000) },
  { name: 'one 200 KB line of "On a"', text: repeatTo('On a ', 200_000) },
  { name: '200 KB of "From: x" lines', text: repeatTo('From: x <a@b>\n', 200_000) },
  { name: '"skrev" lines at the limit', text: repeatTo('abc. x skrev x\n', REPLY_PARSER_LIMITS.maxChars) },
  {
    name: 'longest "from <" lines at the limit',
    text: repeatTo(
      `${repeatTo('x 2026 x from x <x ', REPLY_PARSER_LIMITS.maxLineChars)}\n`,
      REPLY_PARSER_LIMITS.maxChars,
    ),
  },
];

console.log('| input | median ms (5 runs) | max ms |');
console.log('|---|---|---|');
for (const { name, text } of cases) {
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    extractReplyText(text);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(`| ${name} | ${times[2]?.toFixed(1)} | ${times[4]?.toFixed(1)} |`);
}
