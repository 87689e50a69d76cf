import { parseArgs } from 'node:util';
import { computeDueDate, DeadlineRuleError, type ExtensionMonths } from '../../domain/deadlines/index.ts';
import { REQUEST_TYPES, type RequestType } from '../../domain/request-types.ts';
import { type DeskCommand, EXIT_OK, UsageError } from '../desk-command.ts';

const USAGE = `Usage: desk due-date --received <ISO-8601 instant> --type <type> --country <CC>
                     [--region <subdivision>] [--extend-months 1|2] [--tz <IANA zone>]

Prints the due date of a request as one JSON object:
  {"dueAt": "<instant, UTC>", "dueDate": "<YYYY-MM-DD local>", "rolledForwardFrom": "<YYYY-MM-DD or null>"}

  --received       when the request was received, with an offset: 2025-01-31T10:00:00Z, 2025-01-31T11:00+01:00
  --type           ${REQUEST_TYPES.join(', ')}
  --country        ISO 3166-1 alpha-2 code of the handling entity (NL, NO, SE, ...): holidays and zone
  --region         ISO 3166-2 subdivision with its own public holidays (e.g. BY for DE)
  --extend-months  Art. 12(3) extension of a rights request by 1 or 2 months
  --tz             IANA time zone of the handling entity; defaults to the country's`;

/** An instant with a date, a time and an explicit offset; a bare date or local time is ambiguous. */
const INSTANT_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

export const dueDateCommand: DeskCommand = {
  name: 'due-date',
  summary: 'Print the due date of a request received at a given instant',
  usage: USAGE,
  run(args, io) {
    const options = parseOptions(args);
    if (options.help) {
      io.stdout(`${USAGE}\n`);
      return EXIT_OK;
    }
    const receivedAt = parseInstant(required(options.received, '--received'));
    const type = parseRequestType(required(options.type, '--type'));
    const country = parseCountry(required(options.country, '--country'));
    const extendMonths = parseExtendMonths(options['extend-months']);

    try {
      const due = computeDueDate({
        type,
        receivedAt,
        country,
        region: options.region,
        timeZone: options.tz,
        extendMonths,
      });
      const output = {
        dueAt: due.dueAt.toISOString(),
        dueDate: due.dueDate,
        rolledForwardFrom: due.rolledForwardFrom,
      };
      io.stdout(`${JSON.stringify(output)}\n`);
      return EXIT_OK;
    } catch (error) {
      if (error instanceof DeadlineRuleError) throw new UsageError(error.message);
      throw error;
    }
  },
};

function parseOptions(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        received: { type: 'string' },
        type: { type: 'string' },
        country: { type: 'string' },
        region: { type: 'string' },
        'extend-months': { type: 'string' },
        tz: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function required(value: string | undefined, flag: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`${flag} is required`);
  return value;
}

function parseInstant(value: string): Date {
  const fields = INSTANT_PATTERN.exec(value)
    ?.slice(1)
    .map((field) => Number(field ?? 0));
  const instant = new Date(value);
  if (!fields || Number.isNaN(instant.getTime())) {
    throw new UsageError('--received must be an ISO-8601 instant with an offset, e.g. 2025-01-31T10:00:00Z');
  }
  // Date accepts 30 February (as 2 March) and 24:00; an operator's typo must not become another day.
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, offsetHours = 0, offsetMinutes = 0] =
    fields;
  const inRange =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= new Date(Date.UTC(year, month, 0)).getUTCDate() &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 23 &&
    offsetMinutes <= 59;
  if (!inRange) throw new UsageError(`--received is not a real date and time: ${value}`);
  return instant;
}

function parseRequestType(value: string): RequestType {
  const type = REQUEST_TYPES.find((candidate) => candidate === value);
  if (!type) throw new UsageError(`--type must be one of: ${REQUEST_TYPES.join(', ')}`);
  return type;
}

function parseCountry(value: string): string {
  if (!/^[A-Za-z]{2}$/.test(value))
    throw new UsageError('--country must be a two-letter country code, e.g. NL');
  return value.toUpperCase();
}

function parseExtendMonths(value: string | undefined): ExtensionMonths {
  if (value === undefined) return 0;
  if (value === '1') return 1;
  if (value === '2') return 2;
  throw new UsageError('--extend-months must be 1 or 2');
}
