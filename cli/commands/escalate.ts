import { randomUUID } from 'node:crypto';
import type { SweepReport } from '../../domain/sweep.ts';
import { handlerLoader, lambdaContext } from '../../local/lambda-invoke.ts';
import { scheduledEvent } from '../../local/scheduler.ts';
import { FUNCTIONS } from '../../resources/desk-resources.ts';
import { deskCommand, EXIT_FAILURE, EXIT_OK, requiredOption } from '../desk-command.ts';
import { parseInstantArgument } from '../instant-argument.ts';
import { LocalDeskNotRunningError, localTarget, useLocalDeskEnvironment } from '../local-target.ts';

const USAGE = `Usage: desk escalate --at <ISO-8601 instant>

Runs the scheduled sweep once on the running local desk (npm start) as if the schedule fired at
--at: escalation ladder, verification reminders and closing, manager digests, re-drives. The emails
go out through the local desk's notify queue (see the SES inbox). Prints a JSON summary: each
escalation step with its key, case reference and recipients (member:<id>, manager:<team>, dpo).

  --at   the sweep's clock, with an offset: 2026-03-01T09:00:00Z, 2026-03-01T10:00+01:00

Environment: the DESK_*_PORT variables and DESK_DATA_DIR / DESK_CONFIG_FILE of npm start.`;

/** What the command prints: the report, with each escalation as reference, step and recipients. */
export function escalationSummary(report: SweepReport) {
  return {
    at: report.at,
    escalations: report.escalations.map((sent) => ({
      reference: sent.reference,
      step: sent.key,
      level: sent.level,
      template: sent.template,
      recipients: sent.recipients,
    })),
    escalationsSkipped: report.escalationsSkipped,
    casesRead: report.casesRead,
    verificationReminders: report.verificationReminders,
    closedUnverified: report.closedUnverified,
    startedWithoutVerification: report.startedWithoutVerification,
    digests: report.digests,
    redrivenToRouting: report.redriven.length,
    notificationsRedriven: report.notificationsRedriven,
    redrivesGivenUp: report.redrivesGivenUp,
    purged: report.purged.length,
  };
}

export const escalateCommand = deskCommand({
  name: 'escalate',
  summary: 'Run the escalation sweep once on the local desk, as if at a given instant',
  usage: USAGE,
  options: { at: { type: 'string' } },
  usesAwsSdk: true,
  async run(options, io) {
    const at = parseInstantArgument(requiredOption(options.at, '--at'), '--at');
    try {
      await useLocalDeskEnvironment(await localTarget());
    } catch (error) {
      if (error instanceof LocalDeskNotRunningError) {
        io.stderr(`desk escalate: ${error.message}\n`);
        return EXIT_FAILURE;
      }
      throw error;
    }
    // The handler logs a line per run; keep stdout for the summary unless asked otherwise.
    process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
    const { handler } = await handlerLoader()('sweep');
    const report = (await handler(
      scheduledEvent(at),
      lambdaContext('sweep', FUNCTIONS.sweep, randomUUID()),
    )) as SweepReport;
    io.stdout(`${JSON.stringify(escalationSummary(report), null, 2)}\n`);
    return EXIT_OK;
  },
});
