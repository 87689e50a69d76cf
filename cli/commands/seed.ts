import { seedPlan } from '../../local/seed-desk.ts';
import { seedDeskFromEnv } from '../../local/seed-desk-from-env.ts';
import { deskCommand, EXIT_FAILURE, EXIT_OK, UsageError } from '../desk-command.ts';
import { parseInstantArgument } from '../instant-argument.ts';
import { LocalDeskNotRunningError, localTarget, useLocalDeskEnvironment } from '../local-target.ts';

const USAGE = `Usage: desk seed [--cases <n>] [--seed <number>] [--at <ISO-8601 instant>]

Fills the running local desk (npm start) with a realistic mix of cases for demos and the staff
console: every team, type and channel, due dates overdue, within 2 days, within a week and later,
extended, paused (when deadlines.pausesEnabled), closed with outcomes, and some still waiting for the
requester's confirmation. Each case is opened, confirmed, routed and handled by the desk's own
functions with the clock set back to its own moments, so the acknowledgements and notices go out
through the SES emulator as they would have. The same --seed gives the same mix (on an empty
desk: npm run reset first).

  --cases   how many cases (default 60, at most 1000)
  --seed    the seed number (default 1)
  --at      "now" for the mix (default: the current time)

Environment: the DESK_*_PORT variables and DESK_DATA_DIR / DESK_CONFIG_FILE of npm start.`;

export const seedCommand = deskCommand({
  name: 'seed',
  summary: 'Fill the local desk with a realistic, repeatable mix of cases',
  usage: USAGE,
  options: { cases: { type: 'string' }, seed: { type: 'string' }, at: { type: 'string' } },
  usesAwsSdk: true,
  async run(options, io) {
    const count = Number(options.cases ?? 60);
    if (!Number.isInteger(count) || count < 1 || count > 1000)
      throw new UsageError('--cases must be 1 to 1000');
    const seed = Number(options.seed ?? 1);
    if (!Number.isInteger(seed) || seed < 0) throw new UsageError('--seed must be a whole number');
    const now = options.at ? parseInstantArgument(options.at, '--at') : new Date();
    try {
      await useLocalDeskEnvironment(await localTarget());
    } catch (error) {
      if (error instanceof LocalDeskNotRunningError) {
        io.stderr(`desk seed: ${error.message}\n`);
        return EXIT_FAILURE;
      }
      throw error;
    }
    process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
    const seeded = await seedDeskFromEnv(seedPlan(count, seed, now), now);
    const kinds = new Map<string, number>();
    for (const entry of seeded) kinds.set(entry.kind, (kinds.get(entry.kind) ?? 0) + 1);
    const skipped = seeded.filter((entry) => entry.skipped.length > 0).length;
    io.stdout(
      `${JSON.stringify(
        {
          cases: seeded.length,
          seed,
          at: now.toISOString(),
          kinds: Object.fromEntries(kinds),
          ...(skipped ? { pausesSkipped: skipped, note: 'pauses need deadlines.pausesEnabled' } : {}),
        },
        null,
        2,
      )}\n`,
    );
    return EXIT_OK;
  },
});
