import type { DeadlineBasis } from './deadlines/index.ts';
import type { Language, RequestType } from './request-types.ts';

/*
 * A case as the desk stores it. Everything here is in clear in the table and is NOT personal data:
 * type, status, dates, team, language, country, keyed hashes. Personal content (CaseContent) is
 * sealed with envelope encryption into `content`.
 */

export const CASE_STATUSES = [
  'awaiting_verification',
  /** Accepted (verified where needed) and waiting for the router. */
  'received',
  'assigned',
  'waiting_for_requester',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CLOSE_OUTCOMES = [
  'fulfilled',
  'partially_fulfilled',
  'refused',
  'redirected',
  'withdrawn',
  'unverified',
] as const;
export type CloseOutcome = (typeof CLOSE_OUTCOMES)[number];

export interface CaseDeadline {
  readonly dueAt: string;
  readonly dueDate: string;
  readonly rolledForwardFrom: string | null;
  /**
   * The stricter date the desk works to and shows the requester (DueDate.targetAt/targetDate);
   * `dueAt` stays the legal limit overdue escalation counts from. Cases stored before it existed
   * have none: their target is `dueAt`.
   */
  readonly targetAt?: string;
  readonly targetDate?: string;
  readonly clockStartedAt: string;
  readonly firstResponseDueAt?: string;
  readonly basis: DeadlineBasis;
  /** The first-month deadline, kept when an extension moves dueAt. */
  readonly originalDueAt: string;
  readonly extendedMonths: 0 | 1 | 2;
  /** The handling entity whose calendar counts. */
  readonly country: string;
  readonly region?: string;
  readonly timeZone: string;
}

/** The date the desk works to: the target where the case has one, else the legal limit. */
export function targetAtOf(deadline: Pick<CaseDeadline, 'dueAt' | 'targetAt'>): string {
  return deadline.targetAt ?? deadline.dueAt;
}

export interface CaseRecord {
  readonly caseId: string;
  /** Human-friendly, non-sequential: PD-7K3M-Q9XA. */
  readonly reference: string;
  readonly type: RequestType;
  readonly status: CaseStatus;
  readonly outcome?: CloseOutcome;
  readonly language: Language;
  /** The requester's country. */
  readonly country: string;
  readonly relationship: string;
  readonly service?: string;
  readonly receivedAt: string;
  readonly verifiedAt?: string;
  readonly deadline: CaseDeadline;
  /** The team whose entity's calendar counts; the router assigns within it. */
  readonly teamId: string;
  /** The group is the processor for the service; the customer is the controller. */
  readonly controllerIsCustomer: boolean;
  readonly assigneeId?: string;
  readonly assignedAt?: string;
  readonly firstResponseAt?: string;
  readonly closedAt?: string;
  /**
   * Refused (or fulfilled only in part) after the first month had ended: later than Art. 12(4)
   * allows, whatever an extension gave. Set once, when the case is closed.
   */
  readonly refusedLate?: true;
  /** HMAC of the normalised email: lookups and duplicate detection without the address. */
  readonly emailHash: string;
  /** SHA-256 of the requester's access token; the token itself is only ever in their email. */
  readonly accessTokenHash: string;
  /** Sealed CaseContent (base64 Encryption SDK message, context {caseId, purpose: case-content}). */
  readonly content: string;
  readonly escalationsSent?: readonly string[];
  /**
   * Set by the router when no member of the team can take the case: it is owned by the team's manager
   * (no assigneeId) until someone assigns it, and the escalation ladder treats it as unassigned.
   */
  readonly needsAttention?: NeedsAttentionReason;
  /** How the request came in when not by the web form (absent: the form). */
  readonly channel?: CaseChannel;
  /** Since when the deadline clock stands still (a staff `#pause`); absent while it runs. */
  readonly pausedAt?: string;
  /** Earlier pauses, ended by `#resume`: the deadline engine adds their time to the deadline. */
  readonly clockPauses?: readonly CasePause[];
}

/** `letter`, `phone`, `in_person`: taken by staff through the staff API. */
export const CASE_CHANNELS = ['form', 'email', 'letter', 'phone', 'in_person'] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];

/** One ended pause of the deadline clock; why it was paused is an internal note in the thread. */
export interface CasePause {
  readonly from: string;
  readonly to: string;
}

export const NEEDS_ATTENTION_REASONS = ['no_eligible_member'] as const;
export type NeedsAttentionReason = (typeof NEEDS_ATTENTION_REASONS)[number];

/** The requester's personal content: only ever stored sealed. */
export interface CaseContent {
  readonly name: string;
  readonly email: string;
  readonly phone?: string;
  readonly company?: string;
  readonly message: string;
}

export interface AuditEvent {
  readonly caseId: string;
  readonly at: string;
  /** What happened, e.g. `case.received`; never the content. */
  readonly action: string;
  /** Who: `requester`, `system:<component>`, or a staff member id. */
  readonly actor: string;
  readonly detail?: Readonly<Record<string, string | number | boolean>>;
}

export type ThreadDirection = 'to_requester' | 'from_requester' | 'to_staff' | 'from_staff' | 'internal';

/** One message of a case's thread; subject and text are sealed. */
export interface ThreadMessage {
  readonly caseId: string;
  readonly messageId: string;
  readonly at: string;
  readonly direction: ThreadDirection;
  readonly template?: string;
  /** Staff member id or role of the other side (never an address). */
  readonly participant: string;
  /** The Message-ID SES gave the email, `<...@email.amazonses.com>`, for threading replies. */
  readonly emailMessageId?: string;
  readonly delivery?: 'sent' | 'bounced' | 'complained';
  /**
   * An inbound email filed although SES could not authenticate its From address (DMARC not PASS):
   * it came to the requester's own reply address, but who wrote it is a claim. Never set otherwise.
   */
  readonly unauthenticated?: true;
  /** Sealed {subject, text} (context {caseId, purpose: thread-message}). */
  readonly sealed: string;
}

/**
 * A thread message without its content: what stays on record of it after the case is purged for
 * retention (with the audit chain, for the accountability period), for evidence packs.
 */
export type ThreadRecord = Omit<ThreadMessage, 'sealed'>;

export interface ThreadMessageContent {
  readonly subject: string;
  readonly text: string;
  /** Files that came with an inbound email (sealed with the rest: file names are content). */
  readonly attachments?: readonly ThreadAttachment[];
}

/** An attachment of an inbound email: kept encrypted in the mail bucket, or refused (too large). */
export interface ThreadAttachment {
  readonly filename: string;
  readonly contentType: string;
  /** Decoded size in bytes. */
  readonly size: number;
  /** S3 key of the encrypted bytes (context {caseId, purpose: attachment}); absent when refused. */
  readonly key?: string;
  /** Part of the HTML body (an inline image) rather than a file sent on purpose. */
  readonly inline?: boolean;
  readonly refused?: 'too_large' | 'total_too_large';
}
