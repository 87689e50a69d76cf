import { timingSafeEqual } from 'node:crypto';
import { type CaseContent, type CaseRecord, type ThreadMessageContent, targetAtOf } from '../case-model.ts';
import type { DeskConfig } from '../config/desk-config.ts';
import { type ContentCipher, type KeyedHasher, openJson } from '../content-cipher.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import { MS_PER_DAY } from '../time-units.ts';
import { parseOrThrow } from '../validation.ts';
import {
  type CaseDetail,
  CaseDetailQuerySchema,
  type CaseListQuery,
  CaseListQuerySchema,
  type CaseSummary,
  STAFF_PAGE_LIMIT,
} from './staff-api-schemas.ts';
import type { CaseListFilters, CaseListSource, ListPosition, StaffCaseStore } from './staff-case-store.ts';
import { caseAccess, readerActor, type StaffIdentity, visibleTeamIds } from './staff-identity.ts';

/*
 * Reading cases as staff: lists (no content, not audited) and the case itself (its content opened,
 * and that read recorded first, naming the person and the purpose: no record, no content). A case
 * the person may not see answers exactly as a reference that does not exist.
 */

export interface StaffReadDeps {
  readonly store: StaffCaseStore;
  readonly config: DeskConfig;
  readonly now: Date;
}

/** How the case appears in a list: ids, dates, states. */
export function caseSummary(record: CaseRecord, access: 'act' | 'read'): CaseSummary {
  const { deadline } = record;
  return {
    reference: record.reference,
    type: record.type,
    status: record.status,
    ...(record.outcome ? { outcome: record.outcome } : {}),
    teamId: record.teamId,
    ...(record.assigneeId ? { assigneeId: record.assigneeId } : {}),
    country: record.country,
    channel: record.channel ?? 'form',
    receivedAt: record.receivedAt,
    dueAt: deadline.dueAt,
    dueDate: deadline.dueDate,
    targetAt: targetAtOf(deadline),
    targetDate: deadline.targetDate ?? deadline.dueDate,
    extendedMonths: deadline.extendedMonths ?? 0,
    paused: record.pausedAt !== undefined,
    ...(record.firstResponseAt ? { firstResponseAt: record.firstResponseAt } : {}),
    ...(record.closedAt ? { closedAt: record.closedAt } : {}),
    access,
  };
}

/*
 * The cursor: where the list stopped (which source, and the store's position in it), bound to the
 * person and to the filters it was made for, and signed with the desk's keyed hash. A cursor that
 * was changed, or made for someone else or for other filters, is refused (400) before any read.
 */

interface CursorState {
  /** Index of the source in the list's sources. */
  readonly s: number;
  readonly p?: ListPosition;
}

const CURSOR_PURPOSE = 'staff-list-cursor';

function cursorBinding(identity: StaffIdentity, query: CaseListQuery): string {
  const { cursor: _cursor, limit: _limit, ...filters } = query;
  const ordered = Object.entries(filters)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  return `${identity.email.toLowerCase()}|${JSON.stringify(ordered)}`;
}

export function signCursor(state: CursorState, binding: string, hasher: KeyedHasher): string {
  const payload = Buffer.from(JSON.stringify(state)).toString('base64url');
  return `${payload}.${hasher.hash(CURSOR_PURPOSE, `${binding}|${payload}`)}`;
}

export function readCursor(cursor: string, binding: string, hasher: KeyedHasher): CursorState {
  const invalid = () =>
    new ValidationError([{ field: 'cursor', message: 'Not a cursor of this list: start again without it' }]);
  const [payload, mac, ...rest] = cursor.split('.');
  if (!payload || !mac || rest.length > 0) throw invalid();
  const expected = Buffer.from(hasher.hash(CURSOR_PURPOSE, `${binding}|${payload}`));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
  try {
    const state = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as CursorState;
    if (!Number.isInteger(state.s) || state.s < 0) throw invalid();
    return state;
  } catch {
    throw invalid();
  }
}

/**
 * The cases the person may see that match the filters, one page: open cases team by team (in the
 * configuration's order), each team's by legal limit; with `status=closed` the closed cases still
 * kept. A team's cases whose clock is paused come after its running ones; they are never overdue
 * nor due within days (their deadline is not running), and `paused` lists only them or leaves them out.
 */
export async function listStaffCases(
  rawQuery: unknown,
  identity: StaffIdentity,
  deps: StaffReadDeps & { readonly hasher: KeyedHasher },
): Promise<{ cases: CaseSummary[]; next?: string }> {
  const query = parseOrThrow(CaseListQuerySchema, rawQuery ?? {});
  const binding = cursorBinding(identity, query);
  const state: CursorState = query.cursor ? readCursor(query.cursor, binding, deps.hasher) : { s: 0 };
  const limit = query.limit ?? STAFF_PAGE_LIMIT.default;

  let teams = visibleTeamIds(identity, deps.config);
  if (query.team !== undefined) {
    if (!teams.includes(query.team)) {
      throw new ValidationError([{ field: 'team', message: 'Not a team whose cases you see' }]);
    }
    teams = [query.team];
  }
  if (query.mine && identity.memberId === undefined) return { cases: [] };
  if (query.status === 'closed' && (query.overdue || query.dueWithinDays !== undefined)) {
    throw new ValidationError([
      { field: 'status', message: 'Closed cases are not due: leave out overdue and dueWithinDays' },
    ]);
  }
  const now = deps.now;
  const due =
    query.overdue && query.dueWithinDays !== undefined
      ? undefined
      : query.overdue
        ? { before: now }
        : query.dueWithinDays !== undefined
          ? { notBefore: now, before: new Date(now.getTime() + query.dueWithinDays * MS_PER_DAY) }
          : undefined;
  if (query.overdue && query.dueWithinDays !== undefined) {
    throw new ValidationError([{ field: 'overdue', message: 'Use either overdue or dueWithinDays' }]);
  }
  if (query.paused !== undefined && query.status === 'closed') {
    throw new ValidationError([{ field: 'paused', message: 'Only an open case has a clock to pause' }]);
  }
  if (query.paused && (query.overdue || query.dueWithinDays !== undefined)) {
    throw new ValidationError([
      { field: 'paused', message: 'A paused case is never due: leave out overdue and dueWithinDays' },
    ]);
  }
  const filters: CaseListFilters = {
    ...(query.type ? { type: query.type } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(query.extended ? { extendedOnly: true } : {}),
    ...(query.paused !== undefined ? { paused: query.paused } : {}),
    ...(due ? { due } : {}),
    ...(query.mine && identity.memberId ? { assigneeId: identity.memberId } : {}),
    ...(query.country ? { country: query.country } : {}),
    teamIds: teams,
  };
  const sources: CaseListSource[] =
    query.status === 'closed'
      ? Array.from({ length: deps.store.closedCaseShards }, (_, shard) => ({ kind: 'closed', shard }))
      : teams.map((teamId) => ({ kind: 'team', teamId }));

  const cases: CaseSummary[] = [];
  let index = state.s;
  let position = state.p;
  while (index < sources.length && cases.length < limit) {
    const source = sources[index]!;
    const page = await deps.store.listCases(source, filters, limit - cases.length, position);
    for (const record of page.cases) {
      const access = caseAccess(identity, record);
      // The sources hold only visible teams' cases; a case that moved team meanwhile is left out.
      if (access !== 'none') cases.push(caseSummary(record, access));
    }
    if (page.next) {
      position = page.next;
    } else {
      index += 1;
      position = undefined;
    }
  }
  const more = index < sources.length;
  return {
    cases,
    ...(more
      ? { next: signCursor({ s: index, ...(position ? { p: position } : {}) }, binding, deps.hasher) }
      : {}),
  };
}

/** The case of a reference the person may see; otherwise the same 404 as an unknown reference. */
export async function visibleCase(
  reference: string | undefined,
  identity: StaffIdentity,
  deps: Pick<StaffReadDeps, 'store'>,
): Promise<{ record: CaseRecord; access: 'act' | 'read' }> {
  const notFound = () => new NotFoundError('No such case');
  if (!reference || !/^PD-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(reference)) throw notFound();
  const caseId = await deps.store.findCaseIdByReference(reference);
  const record = caseId ? await deps.store.getCase(caseId) : undefined;
  if (!record) throw notFound();
  const access = caseAccess(identity, record);
  if (access === 'none') throw notFound();
  return { record, access };
}

/**
 * The case with its opened content, thread, deadlines and audit trail. The read is recorded first
 * (`case.content_read`, the person as actor, the purpose): if that write fails, nothing is opened.
 */
export async function staffCaseDetail(
  reference: string | undefined,
  rawQuery: unknown,
  identity: StaffIdentity,
  deps: StaffReadDeps & { readonly cipher: ContentCipher },
): Promise<CaseDetail> {
  const { record, access } = await visibleCase(reference, identity, deps);
  const { purpose } = parseOrThrow(CaseDetailQuerySchema, rawQuery ?? {});
  await deps.store.recordAuditEvent({
    caseId: record.caseId,
    at: deps.now.toISOString(),
    action: 'case.content_read',
    actor: readerActor(identity, record),
    detail: { purpose, role: identity.role, via: 'api', access },
  });
  const [content, thread, audit] = await Promise.all([
    openJson<CaseContent>(deps.cipher, record.caseId, 'case-content', record.content),
    deps.store.listThread(record.caseId),
    deps.store.listAuditEvents(record.caseId),
  ]);
  const messages = await Promise.all(
    thread.map(async (message) => {
      const opened = await openJson<ThreadMessageContent>(
        deps.cipher,
        record.caseId,
        'thread-message',
        message.sealed,
      );
      return {
        messageId: message.messageId,
        at: message.at,
        direction: message.direction,
        participant: message.participant,
        ...(message.template ? { template: message.template } : {}),
        ...(message.delivery ? { delivery: message.delivery } : {}),
        ...(message.unauthenticated ? { unauthenticated: true } : {}),
        subject: opened.subject,
        text: opened.text,
        ...(opened.attachments?.length
          ? {
              attachments: opened.attachments.map((attachment) => ({
                filename: attachment.filename,
                contentType: attachment.contentType,
                size: attachment.size,
                ...(attachment.refused ? { refused: attachment.refused } : {}),
              })),
            }
          : {}),
      };
    }),
  );
  const { deadline } = record;
  return {
    ...caseSummary(record, access),
    language: record.language,
    relationship: record.relationship,
    ...(record.service ? { service: record.service } : {}),
    controllerIsCustomer: record.controllerIsCustomer,
    ...(record.verifiedAt ? { verifiedAt: record.verifiedAt } : {}),
    requester: {
      name: content.name,
      email: content.email,
      ...(content.phone ? { phone: content.phone } : {}),
      ...(content.company ? { company: content.company } : {}),
      message: content.message,
    },
    deadline: {
      legalLimit: { dueAt: deadline.dueAt, dueDate: deadline.dueDate },
      target: { targetAt: targetAtOf(deadline), targetDate: deadline.targetDate ?? deadline.dueDate },
      clockStartedAt: deadline.clockStartedAt,
      ...(deadline.firstResponseDueAt ? { firstResponseDueAt: deadline.firstResponseDueAt } : {}),
      extension: { months: deadline.extendedMonths ?? 0, firstMonthEndsAt: deadline.originalDueAt },
      ...(record.pausedAt ? { pausedAt: record.pausedAt } : {}),
      pauses: [...(record.clockPauses ?? [])],
      country: deadline.country,
      timeZone: deadline.timeZone,
    },
    thread: messages,
    audit: audit.map((event) => ({
      at: event.at,
      action: event.action,
      actor: event.actor,
      ...(event.detail ? { detail: { ...event.detail } } : {}),
    })),
  };
}
