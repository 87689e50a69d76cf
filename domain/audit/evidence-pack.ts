import type { CaseContent, CaseRecord, ThreadMessageContent, ThreadRecord } from '../case-model.ts';
import type { CaseStatistics } from '../retention/case-statistics.ts';
import type { ChainVerification, StoredAuditEvent } from './audit-chain.ts';
import type { BreachRegisterEntry } from './breach-register.ts';

/*
 * A case's evidence pack: how the desk handled it, step by step with each time against the legal
 * limit, every message sent with its delivery result, the audit chain and whether it verifies. Built
 * from the audit chain (which outlives the content) and, while the case exists, the case and its
 * thread's metadata. Personal content only when asked for, and that reading is itself audited.
 */

export const EVIDENCE_STEPS: Readonly<Record<string, string>> = {
  'case.received': 'receipt',
  'case.verified': 'verification',
  'case.started_without_verification': 'verification',
  'case.verification_reminded': 'verification reminder',
  'case.team_changed': 'routing decision',
  'case.routed': 'routing decision',
  'case.needs_attention': 'assignment',
  'case.reassigned': 'assignment',
  'case.first_response': 'first response',
  'case.extended': 'extension',
  'case.type_changed': 'type change',
  'case.paused': 'clock paused',
  'case.resumed': 'clock resumed',
  'case.refused': 'refusal',
  'case.refused_late': 'refusal',
  'case.closed': 'closure',
  'case.purged': 'purge',
  'email.bounced': 'delivery problem',
  'email.complained': 'delivery problem',
  'breach.authority_notified': 'breach register',
  'breach.authority_not_notified': 'breach register',
  'breach.subjects_informed': 'breach register',
  'breach.subjects_not_informed': 'breach register',
  'breach.remedial_action_recorded': 'breach register',
  'case.content_read': 'content read',
};

/** Notices that belong to a step: the extension notice to the extension, the refusal notice to the refusal. */
const NOTICE_OF: Readonly<Record<string, string>> = {
  'extension-notice': 'extension notice',
  'refusal-notice': 'refusal notice',
  'late-refusal': 'refusal notice',
  'closed-unverified': 'closure notice',
  'case-closed': 'closure notice',
  acknowledgement: 'acknowledgement',
  'case-assigned': 'assignment notice',
  'case-reassigned': 'assignment notice',
};

export interface EvidenceStep {
  readonly at: string;
  /** receipt, verification, routing decision, assignment, message, extension, refusal, closure ... */
  readonly step: string;
  /** The audit action or the email template. */
  readonly what: string;
  readonly actor?: string;
  readonly detail?: Readonly<Record<string, unknown>>;
  /** Against the legal limit: `3d 4h before the legal limit`, `2h after the legal limit`. */
  readonly againstDeadline?: string;
}

export interface EvidenceMessage {
  readonly at: string;
  readonly template?: string;
  readonly direction: string;
  readonly participant: string;
  readonly delivery?: string;
  readonly sesMessageId?: string;
  readonly notice?: string;
  /** Only with content. */
  readonly subject?: string;
  readonly text?: string;
}

export interface EvidencePack {
  readonly generatedAt: string;
  readonly reference: string;
  readonly caseId: string;
  readonly withContent: boolean;
  /** True when the case was purged for retention: what stays is the chain, statistics and register. */
  readonly purged: boolean;
  readonly case: {
    readonly type?: string;
    readonly status?: string;
    readonly outcome?: string;
    readonly teamId?: string;
    readonly assigneeId?: string;
    readonly receivedAt?: string;
    readonly closedAt?: string;
    readonly dueAt?: string;
    readonly targetAt?: string;
    readonly originalDueAt?: string;
    readonly extendedMonths?: number;
    readonly refusedLate?: boolean;
  };
  readonly steps: readonly EvidenceStep[];
  /**
   * Every email the desk sent or filed, with its delivery result; after a purge without subject and
   * text. 'purged with the case' for a case purged before the desk kept these records.
   */
  readonly messages: readonly EvidenceMessage[] | 'purged with the case';
  readonly statistics?: CaseStatistics;
  readonly breachRegister?: BreachRegisterEntry;
  readonly audit: {
    readonly verification: ChainVerification;
    readonly events: readonly StoredAuditEvent[];
  };
  readonly content?: CaseContent;
}

export interface EvidenceSources {
  readonly reference: string;
  readonly caseId: string;
  readonly record?: CaseRecord;
  /** The thread, or after a purge what stays of it. */
  readonly thread?: readonly ThreadRecord[];
  readonly threadContent?: ReadonlyMap<string, ThreadMessageContent>;
  readonly content?: CaseContent;
  readonly statistics?: CaseStatistics;
  readonly breachRegister?: BreachRegisterEntry;
  readonly events: readonly StoredAuditEvent[];
  readonly verification: ChainVerification;
  readonly now: Date;
}

const HOUR = 3_600_000;

/** `3d 4h before the legal limit`; whole hours, rounded down. */
export function againstDeadline(at: string, dueAt: string): string {
  const diff = new Date(dueAt).getTime() - new Date(at).getTime();
  const hours = Math.floor(Math.abs(diff) / HOUR);
  const text = `${hours >= 24 ? `${Math.floor(hours / 24)}d ` : ''}${hours % 24}h`;
  return diff >= 0 ? `${text} before the legal limit` : `${text} after the legal limit`;
}

export function buildEvidencePack(sources: EvidenceSources): EvidencePack {
  const { record, events } = sources;
  const received = events.find((event) => event.action === 'case.received');
  const receivedDetail = (received?.detail ?? {}) as Record<string, unknown>;
  const dueAt =
    record?.deadline.dueAt ?? (typeof receivedDetail.dueAt === 'string' ? receivedDetail.dueAt : undefined);
  const against = (at: string) => (dueAt ? { againstDeadline: againstDeadline(at, dueAt) } : {});

  const steps: EvidenceStep[] = [];
  for (const event of events) {
    const action = String(event.action);
    const step = EVIDENCE_STEPS[action];
    if (!step) continue;
    const at = String(event.at);
    steps.push({
      at,
      step,
      what: action,
      ...(typeof event.actor === 'string' ? { actor: event.actor } : {}),
      ...(event.detail ? { detail: event.detail as Record<string, unknown> } : {}),
      ...against(at),
    });
  }
  const messages: EvidenceMessage[] | undefined = sources.thread?.map((message) => {
    const content = sources.threadContent?.get(message.messageId);
    return {
      at: message.at,
      ...(message.template ? { template: message.template } : {}),
      direction: message.direction,
      participant: message.participant,
      ...(message.delivery ? { delivery: message.delivery } : {}),
      ...(message.emailMessageId ? { sesMessageId: message.emailMessageId } : {}),
      ...(message.template && NOTICE_OF[message.template] ? { notice: NOTICE_OF[message.template] } : {}),
      ...(content ? { subject: content.subject, text: content.text } : {}),
    };
  });
  for (const message of messages ?? []) {
    steps.push({
      at: message.at,
      step: message.notice ?? 'message',
      what: message.template ?? message.direction,
      actor: message.participant,
      detail: { direction: message.direction, delivery: message.delivery ?? 'filed' },
      ...against(message.at),
    });
  }
  steps.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

  const stats = sources.statistics;
  return {
    generatedAt: sources.now.toISOString(),
    reference: sources.reference,
    caseId: sources.caseId,
    withContent: sources.content !== undefined,
    purged: record === undefined,
    case: record
      ? {
          type: record.type,
          status: record.status,
          ...(record.outcome ? { outcome: record.outcome } : {}),
          teamId: record.teamId,
          ...(record.assigneeId ? { assigneeId: record.assigneeId } : {}),
          receivedAt: record.receivedAt,
          ...(record.closedAt ? { closedAt: record.closedAt } : {}),
          dueAt: record.deadline.dueAt,
          ...(record.deadline.targetAt ? { targetAt: record.deadline.targetAt } : {}),
          originalDueAt: record.deadline.originalDueAt,
          extendedMonths: record.deadline.extendedMonths,
          ...(record.refusedLate ? { refusedLate: true } : {}),
        }
      : {
          ...(stats
            ? {
                type: stats.type,
                status: 'purged',
                ...(stats.outcome ? { outcome: stats.outcome } : {}),
                teamId: stats.teamId,
                receivedAt: stats.receivedAt,
                closedAt: stats.closedAt,
                extendedMonths: stats.extendedMonths,
              }
            : { status: 'purged' }),
          ...(dueAt ? { originalDueAt: dueAt, dueAt } : {}),
        },
    steps,
    messages:
      record === undefined && (messages ?? []).length === 0 ? 'purged with the case' : (messages ?? []),
    ...(stats ? { statistics: stats } : {}),
    ...(sources.breachRegister ? { breachRegister: sources.breachRegister } : {}),
    audit: { verification: sources.verification, events: sources.events },
    ...(sources.content ? { content: sources.content } : {}),
  };
}

const escapeHtml = (value: unknown): string =>
  String(value ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

const detailText = (detail: Readonly<Record<string, unknown>> | undefined) =>
  detail
    ? Object.entries(detail)
        .map(([key, value]) => `${key}: ${String(value)}`)
        .join(', ')
    : '';

/** The pack as a self-contained HTML page (no script, no external resource), every value escaped. */
export function evidencePackHtml(pack: EvidencePack): string {
  const rows = (cells: readonly unknown[][]) =>
    cells.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('\n');
  const verification = pack.audit.verification;
  const verdict = verification.broken
    ? `BROKEN at event ${verification.broken.seq ?? '?'}: ${verification.broken.kind}: ${verification.broken.message}`
    : `intact: ${verification.events} events, head ${verification.head?.seq ?? 0}`;
  const facts = Object.entries(pack.case).map(([key, value]) => [key, value]);
  const register = pack.breachRegister
    ? `<h2>Breach register</h2>\n<table>\n${rows(
        Object.entries(pack.breachRegister).map(([key, value]) => [key, value]),
      )}\n</table>`
    : '';
  const messages =
    pack.messages === 'purged with the case'
      ? '<p>The thread was purged with the case; the audit chain below records what happened.</p>'
      : `${pack.purged ? '<p>Subjects and texts were purged with the case; what was sent, to whom and when stays on record.</p>\n' : ''}<table>\n<tr><th>at</th><th>email</th><th>direction</th><th>participant</th><th>delivery</th><th>SES message id</th>${pack.withContent ? '<th>subject</th><th>text</th>' : ''}</tr>\n${rows(
          pack.messages.map((m) => [
            m.at,
            m.template ?? '',
            m.direction,
            m.participant,
            m.delivery ?? 'filed',
            m.sesMessageId ?? '',
            ...(pack.withContent ? [m.subject ?? '', m.text ?? ''] : []),
          ]),
        )}\n</table>`;
  const content = pack.content
    ? `<h2>Requester's content (read for this pack; the reading is audited)</h2>\n<table>\n${rows(
        Object.entries(pack.content).map(([key, value]) => [key, value]),
      )}\n</table>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Evidence pack ${escapeHtml(pack.reference)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:72rem}table{border-collapse:collapse;margin-bottom:1.5rem}td,th{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}code{font-size:.85em}</style>
</head>
<body>
<h1>Evidence pack ${escapeHtml(pack.reference)}</h1>
<p>Case ${escapeHtml(pack.caseId)}, generated ${escapeHtml(pack.generatedAt)}${pack.purged ? ', after the case was purged for retention' : ''}. ${pack.withContent ? 'Contains the requester&#39;s personal content.' : 'Contains no personal content.'}</p>
<h2>The case</h2>
<table>
${rows(facts)}
</table>
<h2>Steps, against the legal limit</h2>
<table>
<tr><th>at</th><th>step</th><th>what</th><th>by</th><th>details</th><th>against the deadline</th></tr>
${rows(pack.steps.map((s) => [s.at, s.step, s.what, s.actor ?? '', detailText(s.detail), s.againstDeadline ?? '']))}
</table>
<h2>Messages</h2>
${messages}
${register}
${content}
<h2>Audit chain: ${escapeHtml(verdict)}</h2>
<table>
<tr><th>seq</th><th>at</th><th>action</th><th>actor</th><th>details</th><th>hash</th></tr>
${rows(
  pack.audit.events.map((e) => [
    e.seq,
    e.at,
    e.action,
    e.actor,
    detailText(e.detail as Record<string, unknown> | undefined),
    String(e.hash ?? '').slice(0, 16),
  ]),
)}
</table>
</body>
</html>
`;
}
