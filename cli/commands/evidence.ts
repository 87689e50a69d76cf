import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DynamoDbAuditStore } from '../../adapters/dynamodb/dynamodb-audit-store.ts';
import { verifyChain } from '../../domain/audit/audit-chain.ts';
import { buildEvidencePack, evidencePackHtml } from '../../domain/audit/evidence-pack.ts';
import type { CaseContent, ThreadMessageContent, ThreadRecord } from '../../domain/case-model.ts';
import { openJson } from '../../domain/content-cipher.ts';
import { CASE_TABLE } from '../../resources/desk-resources.ts';
import { deskCommand, EXIT_FAILURE, EXIT_OK, UsageError } from '../desk-command.ts';
import { deskTableStore } from '../desk-target.ts';
import { resolveCase } from './audit.ts';

const USAGE = `Usage: desk evidence --case PD-XXXX-XXXX [--with-content] [--out DIR]

Writes a case's evidence pack, for a supervisory authority or a court: receipt, verification,
routing decision, assignment, every message sent with its delivery result, extension and its
notice, refusal and its notice, closure, each with its time against the legal limit, the breach
register entry of a breach report, and the audit chain with its verification result. As JSON
(<reference>.evidence.json) and as a readable HTML report (<reference>.evidence.html) in --out
(default: the current folder). A case purged for retention still has its pack, from the audit chain
and the anonymous statistics it left.

  --case           the case's reference (or case id)
  --with-content   also the requester's details and message and the text of every message. The
                   reading is itself recorded in the case's audit chain (case.content_read).
  --out            the folder to write to (made if missing)

Environment: the running local desk (npm start); or, with ${CASE_TABLE.envVar} and the content key
variables set, that table and those keys.`;

export const evidenceCommand = deskCommand({
  name: 'evidence',
  summary: "Write a case's evidence pack (JSON and HTML)",
  usage: USAGE,
  options: { case: { type: 'string' }, 'with-content': { type: 'boolean' }, out: { type: 'string' } },
  usesAwsSdk: true,
  async run(options, io) {
    const value = options.case?.trim();
    if (!value) throw new UsageError('--case is required');
    const withContent = options['with-content'] === true;
    const store = await deskTableStore(DynamoDbAuditStore, 'evidence', io);
    if (!store) return EXIT_FAILURE;
    const caseId = await resolveCase(store, value);
    const trail = caseId ? await store.readAuditTrail(caseId) : undefined;
    if (!caseId || !trail || trail.events.length === 0) {
      io.stderr(`desk evidence: no case ${value} (neither open nor kept after a purge)\n`);
      return EXIT_FAILURE;
    }
    const record = await store.getCase(caseId);
    if (withContent && !record) {
      io.stderr(
        `desk evidence: the content of ${value} was purged for retention; only the pack without content exists\n`,
      );
      return EXIT_FAILURE;
    }
    const now = new Date();
    const reference = record?.reference ?? value.toUpperCase();
    let content: CaseContent | undefined;
    let threadContent: Map<string, ThreadMessageContent> | undefined;
    const liveThread = record ? await store.listThread(caseId) : undefined;
    const thread: readonly ThreadRecord[] = liveThread ?? (await store.listThreadRecords(caseId));
    if (withContent && record) {
      // Recorded before anything is opened: no reading without its audit event.
      await store.appendAuditEvent({
        caseId,
        at: now.toISOString(),
        action: 'case.content_read',
        actor: `operator:${process.env.USER ?? 'cli'}`,
        detail: { purpose: 'evidence_pack' },
      });
      const { keysFromEnv } = await import('../../adapters/crypto/keys-from-env.ts');
      const { cipher } = await keysFromEnv();
      content = await openJson<CaseContent>(cipher, caseId, 'case-content', record.content);
      threadContent = new Map();
      for (const message of liveThread ?? []) {
        threadContent.set(
          message.messageId,
          await openJson<ThreadMessageContent>(cipher, caseId, 'thread-message', message.sealed),
        );
      }
    }
    // Read again: with content, the chain now holds the reading.
    const finalTrail = withContent ? await store.readAuditTrail(caseId) : trail;
    const closed = [...finalTrail.events].reverse().find((event) => event.action === 'case.closed');
    const received = finalTrail.events.find((event) => event.action === 'case.received');
    const statistics =
      typeof closed?.at === 'string' ? await store.getStatistics(closed.at, caseId) : undefined;
    const breachRegister =
      typeof received?.at === 'string' ? await store.getBreachRegisterEntry(received.at, caseId) : undefined;
    const pack = buildEvidencePack({
      reference,
      caseId,
      ...(record ? { record } : {}),
      thread,
      ...(threadContent ? { threadContent } : {}),
      ...(content ? { content } : {}),
      ...(statistics ? { statistics } : {}),
      ...(breachRegister ? { breachRegister } : {}),
      events: finalTrail.events,
      verification: verifyChain(caseId, finalTrail.events, finalTrail.head),
      now,
    });
    const out = path.resolve(options.out ?? '.');
    mkdirSync(out, { recursive: true });
    const base = path.join(out, `${reference}.evidence`);
    const mode = withContent ? 0o600 : 0o644;
    writeFileSync(`${base}.json`, `${JSON.stringify(pack, null, 2)}\n`, { mode });
    writeFileSync(`${base}.html`, evidencePackHtml(pack), { mode });
    io.stdout(
      `${base}.json\n${base}.html\n${pack.steps.length} steps; audit chain ${pack.audit.verification.broken ? `BROKEN: ${pack.audit.verification.broken.message}` : 'intact'}${withContent ? '; contains personal content' : ''}\n`,
    );
    return pack.audit.verification.broken ? EXIT_FAILURE : EXIT_OK;
  },
});
