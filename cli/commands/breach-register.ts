import * as z from 'zod';
import { DynamoDbAuditStore } from '../../adapters/dynamodb/dynamodb-audit-store.ts';
import { breachRegisterCsv, breachRegisterText } from '../../domain/audit/breach-register.ts';
import { CASE_TABLE } from '../../resources/desk-resources.ts';
import { deskCommand, EXIT_FAILURE, EXIT_OK, UsageError } from '../desk-command.ts';
import { deskTableStore } from '../desk-target.ts';

const USAGE = `Usage: desk breach-register [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv]

Prints the breach register (GDPR Art. 33(5)): every breach report received in the period, with when
it was assessed, whether the supervisory authority was notified and when (or why not), whether the
people affected were informed and when (or why not), and the remedial action, as staff recorded them
with #breach on the case. Without the reporter's personal content; kept for the accountability
period, also after the case is purged.

  --from   first day of receipt (inclusive, UTC); default: the first entry
  --to     last day of receipt (inclusive, UTC); default: the last entry
  --csv    CSV (RFC 4180, a header line) instead of text

Environment: the running local desk (npm start); or, with ${CASE_TABLE.envVar} set, that table.`;

const DaySchema = z.iso.date();

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

export const breachRegisterCommand = deskCommand({
  name: 'breach-register',
  summary: 'Print the breach register (Art. 33(5)), as text or CSV',
  usage: USAGE,
  options: { from: { type: 'string' }, to: { type: 'string' }, csv: { type: 'boolean' } },
  usesAwsSdk: true,
  async run(options, io) {
    for (const [flag, value] of [
      ['--from', options.from],
      ['--to', options.to],
    ] as const) {
      if (value !== undefined && !DaySchema.safeParse(value).success) {
        throw new UsageError(`${flag} is not a date (YYYY-MM-DD)`);
      }
    }
    if (options.from && options.to && options.from > options.to) throw new UsageError('--from is after --to');
    const store = await deskTableStore(DynamoDbAuditStore, 'breach-register', io);
    if (!store) return EXIT_FAILURE;
    const entries = await store.listBreachRegister({
      ...(options.from ? { from: options.from } : {}),
      ...(options.to ? { to: nextDay(options.to) } : {}),
    });
    io.stdout(options.csv ? breachRegisterCsv(entries) : breachRegisterText(entries));
    return EXIT_OK;
  },
});
