import { loadDeskConfig } from '../../domain/config/load-desk-config.ts';
import {
  computeDueDate,
  DEFAULT_DEADLINE_POLICY,
  type DeadlinePolicy,
  DeadlineRuleError,
  type ExtensionMonths,
} from '../../domain/deadlines/index.ts';
import { deskSettings } from '../../domain/desk-settings.ts';
import { REQUEST_TYPES, type RequestType } from '../../domain/request-types.ts';
import { deskCommand, EXIT_OK, requiredOption as required, UsageError } from '../desk-command.ts';
import { parseInstantArgument } from '../instant-argument.ts';

const USAGE = `Usage: desk due-date --received <ISO-8601 instant> --type <type> --country <CC>
                     [--region <subdivision>] [--extend-months 1|2] [--tz <IANA zone>] [--config <file>]

Prints the due date of a request as one JSON object:
  {"dueAt": "<instant, UTC>", "dueDate": "<YYYY-MM-DD local>", "targetDate": "<YYYY-MM-DD local>",
   "targetAt": "<instant, UTC>", "rolledForwardFrom": "<YYYY-MM-DD or null>"}
dueAt/dueDate is the legal limit (rolled forward over weekends and holidays); targetAt/targetDate the
stricter date the desk works to (the last working day on or before the unrolled date).

  --received       when the request was received, with an offset: 2025-01-31T10:00:00Z, 2025-01-31T11:00+01:00
  --type           ${REQUEST_TYPES.join(', ')}
  --country        ISO 3166-1 alpha-2 code of the handling entity (NL, NO, SE, ...): holidays and zone
  --region         ISO 3166-2 subdivision with its own public holidays (e.g. BY for DE)
  --extend-months  Art. 12(3) extension of a rights request by 1 or 2 months
  --tz             IANA time zone of the handling entity; defaults to the country's
  --config         a desk configuration file whose holiday additions and removals (deadlines.holidays) count`;

export const dueDateCommand = deskCommand({
  name: 'due-date',
  summary: 'Print the due date of a request received at a given instant',
  usage: USAGE,
  options: {
    received: { type: 'string' },
    type: { type: 'string' },
    country: { type: 'string' },
    region: { type: 'string' },
    'extend-months': { type: 'string' },
    tz: { type: 'string' },
    config: { type: 'string' },
  },
  run(options, io) {
    const receivedAt = parseInstantArgument(required(options.received, '--received'), '--received');
    const type = parseRequestType(required(options.type, '--type'));
    const country = parseCountry(required(options.country, '--country'));
    const extendMonths = parseExtendMonths(options['extend-months']);
    const policy = policyOf(options.config);

    try {
      const due = computeDueDate({
        type,
        receivedAt,
        country,
        region: options.region,
        timeZone: options.tz,
        extendMonths,
        policy,
      });
      const output = {
        dueAt: due.dueAt.toISOString(),
        dueDate: due.dueDate,
        targetDate: due.targetDate,
        targetAt: due.targetAt.toISOString(),
        rolledForwardFrom: due.rolledForwardFrom,
      };
      io.stdout(`${JSON.stringify(output)}\n`);
      return EXIT_OK;
    } catch (error) {
      if (error instanceof DeadlineRuleError) throw new UsageError(error.message);
      throw error;
    }
  },
});

/**
 * The default policy, with the configuration's holiday changes when a file is named. Only the holidays:
 * the command has no verification instant nor pauses to apply the rest of a deployment's policy to.
 */
function policyOf(configFile: string | undefined): DeadlinePolicy {
  if (configFile === undefined) return DEFAULT_DEADLINE_POLICY;
  const { deadlinePolicy } = deskSettings(loadDeskConfig(configFile), configFile);
  return { ...DEFAULT_DEADLINE_POLICY, holidays: deadlinePolicy.holidays };
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
