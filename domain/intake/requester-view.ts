import type {
  AuditEvent,
  CaseContent,
  CaseRecord,
  ThreadMessage,
  ThreadMessageContent,
} from '../case-model.ts';
import type { CaseReader, IntakeStore } from '../case-store.ts';
import { type ContentCipher, openJson } from '../content-cipher.ts';
import { NotFoundError } from '../errors.ts';
import { tokenMatches } from './access-token.ts';
import { normaliseCaseReference } from './case-reference.ts';

const NOT_FOUND = 'No case with this reference and token';

/**
 * Events about the desk's abuse limits, not about the request: the token holder may not own the
 * address the limit protects, and is not told that a limit was reached.
 */
const NOT_IN_EXPORT: ReadonlySet<string> = new Set(['notification.suppressed']);

/**
 * The case behind a reference, if the token is the requester's. Unknown reference and wrong token
 * take the same path (one lookup, one constant-time comparison) and give the same 404.
 */
export async function authorizedCase(
  reference: string | undefined,
  token: string | undefined,
  store: Pick<IntakeStore, 'findByReference'> &
    Pick<CaseReader, 'getCase' | 'listAuditEvents' | 'listThread'>,
): Promise<CaseRecord> {
  const normalised = reference ? normaliseCaseReference(reference) : undefined;
  const entry = normalised ? await store.findByReference(normalised) : undefined;
  if (!tokenMatches(token, entry?.accessTokenHash) || !entry) throw new NotFoundError(NOT_FOUND);
  const record = await store.getCase(entry.caseId);
  if (!record) throw new NotFoundError(NOT_FOUND);
  return record;
}

export interface RequesterMessage {
  readonly at: string;
  readonly direction: 'to_requester' | 'from_requester';
  readonly subject: string;
  readonly text: string;
  readonly delivery?: string;
  /** Which of the desk's messages it is (`extension-notice`, ...), when the desk wrote it. */
  readonly template?: string;
}

async function requesterMessages(
  record: CaseRecord,
  thread: ThreadMessage[],
  cipher: ContentCipher,
  directions: ReadonlySet<string>,
) {
  const visible = thread.filter((message) => directions.has(message.direction));
  return Promise.all(
    visible.map(async (message): Promise<RequesterMessage> => {
      const content = await openJson<ThreadMessageContent>(
        cipher,
        record.caseId,
        'thread-message',
        message.sealed,
      );
      return {
        at: message.at,
        direction: message.direction as RequesterMessage['direction'],
        subject: content.subject,
        text: content.text,
        ...(message.delivery ? { delivery: message.delivery } : {}),
        ...(message.template ? { template: message.template } : {}),
      };
    }),
  );
}

function summary(record: CaseRecord) {
  return {
    reference: record.reference,
    type: record.type,
    status: record.status,
    ...(record.outcome ? { outcome: record.outcome } : {}),
    receivedAt: record.receivedAt,
    ...(record.verifiedAt ? { verifiedAt: record.verifiedAt } : {}),
    dueAt: record.deadline.dueAt,
    dueDate: record.deadline.dueDate,
    // The date requesters are shown; `dueDate` is the legal limit behind it.
    targetDate: record.deadline.targetDate ?? record.deadline.dueDate,
    extendedMonths: record.deadline.extendedMonths,
    ...(record.closedAt ? { closedAt: record.closedAt } : {}),
  };
}

/** What the requester's own views read: the case by its reference, its thread and history, sealed. */
export interface RequesterViewDeps {
  readonly store: Pick<IntakeStore, 'findByReference'> &
    Pick<CaseReader, 'getCase' | 'listAuditEvents' | 'listThread'>;
  readonly cipher: ContentCipher;
}

/** GET /requests/{ref}: status, due date and the messages sent to the requester so far. */
export async function requestStatus(
  reference: string | undefined,
  token: string | undefined,
  deps: RequesterViewDeps,
) {
  const record = await authorizedCase(reference, token, deps.store);
  const thread = await deps.store.listThread(record.caseId);
  return {
    ...summary(record),
    language: record.language,
    messages: await requesterMessages(record, thread, deps.cipher, new Set(['to_requester'])),
  };
}

/**
 * GET /requests/{ref}/export: the requester's whole case as structured JSON (Art. 15 and 20: their
 * case is their data): what they submitted, the dates, every message between them and the desk,
 * and the processing history (what happened when; staff identities are not theirs to receive).
 */
export async function exportCase(
  reference: string | undefined,
  token: string | undefined,
  deps: RequesterViewDeps & { now: Date },
) {
  const record = await authorizedCase(reference, token, deps.store);
  const [thread, audit] = await Promise.all([
    deps.store.listThread(record.caseId),
    deps.store.listAuditEvents(record.caseId),
  ]);
  const content = await openJson<CaseContent>(deps.cipher, record.caseId, 'case-content', record.content);
  return {
    format: 'privacy-desk-case-export/1',
    exportedAt: deps.now.toISOString(),
    case: {
      ...summary(record),
      language: record.language,
      country: record.country,
      relationship: record.relationship,
      ...(record.service ? { service: record.service } : {}),
      deadline: record.deadline,
    },
    submitted: content,
    messages: await requesterMessages(
      record,
      thread,
      deps.cipher,
      new Set(['to_requester', 'from_requester']),
    ),
    history: audit
      .filter((event) => !NOT_IN_EXPORT.has(event.action))
      .sort((a, b) => a.at.localeCompare(b.at))
      .map((event: AuditEvent) => ({
        at: event.at,
        action: event.action,
        by: event.actor === 'requester' ? 'you' : event.actor.startsWith('system:') ? 'system' : 'staff',
      })),
  };
}
