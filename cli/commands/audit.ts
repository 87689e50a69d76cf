import { checkpointVerifierFromEnv } from '../../adapters/crypto/checkpoint-signing.ts';
import { DynamoDbAuditStore } from '../../adapters/dynamodb/dynamodb-audit-store.ts';
import { describeBreak, verifyAudit } from '../../domain/audit/verify-audit.ts';
import { CASE_TABLE } from '../../resources/desk-resources.ts';
import { deskCommand, EXIT_FAILURE, EXIT_OK, UsageError } from '../desk-command.ts';
import { deskTableStore } from '../desk-target.ts';

const USAGE = `Usage: desk audit verify (--case PD-XXXX-XXXX | --all)

Checks the audit trail: the signed daily checkpoints (their chain and signatures), then each case's
hash chain (every event's hash, sequence and link, the chain head) and the heads the checkpoints
recorded for it. A case purged for retention still verifies: its chain is kept for the
accountability period. Exit code 0 when everything holds; 1 naming the first broken event (or
checkpoint); 2 for bad arguments.

  --case   one case, by its reference (or case id)
  --all    every case with an audit chain, and every case a checkpoint names

Environment: the running local desk (npm start, its DESK_*_PORT variables and DESK_DATA_DIR: the
local signing key's public half); or, with ${CASE_TABLE.envVar} set, that table, and KMS
(kms:GetPublicKey) for the signing key each checkpoint names.`;

/** The case id a `--case` value names: a reference (PD-XXXX-XXXX) or a case id. */
export async function resolveCase(store: DynamoDbAuditStore, value: string): Promise<string | undefined> {
  if (/^PD-[0-9A-Z]{4}-[0-9A-Z]{4}$/i.test(value)) return store.findCaseIdByReference(value.toUpperCase());
  return value;
}

export const auditCommand = deskCommand({
  name: 'audit',
  summary: 'Verify the audit chains and the signed checkpoints',
  usage: USAGE,
  action: 'verify',
  options: { case: { type: 'string' }, all: { type: 'boolean' } },
  usesAwsSdk: true,
  async run(options, io) {
    if ((options.case === undefined) === (options.all !== true)) {
      throw new UsageError('give either --case <reference> or --all');
    }
    const store = await deskTableStore(DynamoDbAuditStore, 'audit', io);
    if (!store) return EXIT_FAILURE;
    let scope: { caseId: string } | 'all' = 'all';
    let reference: string | undefined;
    if (options.case !== undefined) {
      const caseId = await resolveCase(store, options.case.trim());
      if (!caseId) {
        io.stderr(`desk audit: no case ${options.case} (neither open nor kept after a purge)\n`);
        return EXIT_FAILURE;
      }
      scope = { caseId };
      reference = options.case.trim().toUpperCase();
    }
    const report = await verifyAudit(
      { trails: store, checkpoints: store, verifier: checkpointVerifierFromEnv() },
      scope,
    );
    const latest = report.latestCheckpoint
      ? `, latest ${report.latestCheckpoint.seq} of ${report.latestCheckpoint.day}`
      : '';
    if (report.broken) {
      io.stderr(`desk audit: BROKEN: ${describeBreak(report.broken, reference)}\n`);
      const others = report.cases.filter((result) => result.broken).length;
      io.stdout(
        `${report.cases.length} case(s) checked, ${others} broken; ${report.checkpoints} checkpoint(s)${latest}\n`,
      );
      return EXIT_FAILURE;
    }
    const events = report.cases.reduce((sum, result) => sum + result.events, 0);
    io.stdout(
      `ok: ${report.cases.length} case(s), ${events} event(s) intact; ${report.checkpoints} checkpoint(s) signed and chained${latest}\n`,
    );
    return EXIT_OK;
  },
});
