import { randomUUID } from 'node:crypto';
import { caseDeadlineOf } from '../case-deadline.ts';
import type { CaseChannel, CaseContent, CaseDeadline, CaseRecord } from '../case-model.ts';
import type { IntakeStore, RecipientAcknowledgements, RouteQueue } from '../case-store.ts';
import { type ContentCipher, type KeyedHasher, openJson, sealJson } from '../content-cipher.ts';
import { computeDueDate, type DeadlinePolicy } from '../deadlines/index.ts';
import type { DeskSettings } from '../desk-settings.ts';
import { IdempotencyKeyReusedError, ValidationError } from '../errors.ts';
import type { Notification, NotificationQueue } from '../notifications/notification.ts';
import { requiresVerification } from '../request-types.ts';
import { selectTeam, teamById } from '../routing/select-team.ts';
import { MS_PER_DAY } from '../time-units.ts';
import { parseOrThrow } from '../validation.ts';
import { hashToken, newSecretToken } from './access-token.ts';
import { admitAcknowledgement } from './acknowledgement-cap.ts';
import { newCaseReference } from './case-reference.ts';
import { type Submission, type SubmissionResponse, SubmissionSchema } from './submission-schema.ts';

/** How long the same email + type + message, or the same Idempotency-Key, returns the first case. */
export const DUPLICATE_WINDOW_MS = MS_PER_DAY;
/** A verification link works this long; the sweep closes unverified requests after it. */
export const VERIFICATION_VALID_MS = 14 * MS_PER_DAY;
const REFERENCE_ATTEMPTS = 5;
/**
 * Concurrent intakes for one address take turns on its acknowledgement count; after this many lost
 * turns (only a flood of one address loses them) the acknowledgement is left out, as over the cap.
 */
const RECIPIENT_ATTEMPTS = 3;

export interface IntakeDeps {
  readonly store: IntakeStore;
  readonly routeQueue: RouteQueue;
  readonly notificationQueue: NotificationQueue;
  readonly cipher: ContentCipher;
  readonly hasher: KeyedHasher;
  readonly settings: DeskSettings;
  readonly now: Date;
  readonly newId?: () => string;
  readonly newReference?: () => string;
  /** Reports a failed enqueue; the case is stored and the sweep re-drives it, so it is not an error. */
  readonly onEnqueueFailure?: (step: 'route' | 'notify', error: unknown) => void;
}

export interface SubmitResult {
  /** 201 for a new case; 200 when an earlier case is returned (retry or duplicate). */
  readonly statusCode: 201 | 200;
  readonly response: SubmissionResponse;
  readonly caseId: string;
}

/** Secrets for the acknowledgement email, sealed into its outbox entry: never in a queue or a log. */
export interface AcknowledgementSecrets {
  readonly accessToken: string;
  readonly verificationToken?: string;
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();
const normaliseMessage = (message: string) => message.replace(/\s+/g, ' ').trim().toLowerCase();

export function statusUrl(publicBaseUrl: string, reference: string, accessToken: string): string {
  return `${publicBaseUrl}/requests/${reference}?token=${encodeURIComponent(accessToken)}`;
}

export function verificationUrl(publicBaseUrl: string, token: string): string {
  return `${publicBaseUrl}/requests/verify?token=${encodeURIComponent(token)}`;
}

/** The Idempotency-Key header: an opaque client value, 1 to 255 visible ASCII characters. */
function checkIdempotencyKey(key: string | undefined): string | undefined {
  if (key === undefined) return undefined;
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
    throw new ValidationError([
      { field: 'Idempotency-Key', message: 'Must be 1 to 255 visible ASCII characters (header)' },
    ]);
  }
  return key;
}

/** The deadline for the handling team's entity; under the verification policy a provisional one. */
export function intakeDeadline(
  submission: Pick<Submission, 'type'>,
  team: { country: string; timeZone: string; holidayRegion?: string },
  receivedAt: Date,
  policy: DeadlinePolicy,
  verifiedAt?: Date,
): CaseDeadline {
  // Until the requester verifies, a verification-policy clock has not started: show the date it
  // would have from receipt, and recompute it at verification.
  const provisional = policy.clockStart === 'verification' && verifiedAt === undefined;
  const due = computeDueDate({
    type: submission.type,
    receivedAt,
    verifiedAt,
    country: team.country,
    region: team.holidayRegion,
    timeZone: team.timeZone,
    policy: provisional ? { ...policy, clockStart: 'receipt' } : policy,
  });
  return caseDeadlineOf(due, {
    originalDueAt: due.dueAt,
    extendedMonths: 0,
    country: team.country,
    region: team.holidayRegion,
    timeZone: team.timeZone,
  });
}

/**
 * Validates a submission and stores it as a new case, atomically with its first audit event and
 * the acknowledgement in the outbox; then enqueues the acknowledgement and, when no verification
 * is needed, the routing. A retry with the same Idempotency-Key and the same request, or the same
 * email, type and message within 24 hours, returns the first case and writes nothing; the same key
 * with another request from the same address is refused (422).
 *
 * An address gets at most `intake.acknowledgementsPerRecipient` acknowledgements per window: beyond
 * it the case is created and answered exactly as any other (the submitter is never told), but no
 * acknowledgement is written, only a `notification.suppressed` audit event.
 */
export async function submitRequest(
  body: unknown,
  idempotencyKeyHeader: string | undefined,
  deps: IntakeDeps,
): Promise<SubmitResult> {
  const submission = parseOrThrow(SubmissionSchema, body);
  const idempotencyKey = checkIdempotencyKey(idempotencyKeyHeader);
  return openCase(submission, { channel: 'form', ...(idempotencyKey ? { idempotencyKey } : {}) }, deps);
}

export interface OpenCaseOptions {
  readonly channel: CaseChannel;
  /** The client's Idempotency-Key, or for an email the hash of its Message-ID. */
  readonly idempotencyKey?: string;
  /**
   * A request staff took by letter, phone or in person: it was received then (the deadline counts
   * from it), the person who entered it is the audit actor, and the staff checked who the requester
   * is, so no email verification. Without an address there is no acknowledgement.
   */
  readonly takenByStaff?: {
    readonly receivedAt: Date;
    readonly actor: string;
    readonly acknowledge: boolean;
  };
}

/**
 * A new case from a validated submission, the way the web form's is made: the rest of
 * `submitRequest`, shared with an email to the desk that matches no case (channel `email`).
 */
export async function openCase(
  submission: Submission,
  options: OpenCaseOptions,
  deps: IntakeDeps,
): Promise<SubmitResult> {
  const { idempotencyKey } = options;
  const { config, deadlinePolicy, publicBaseUrl } = deps.settings;

  const selection = selectTeam(config, submission);
  const team = teamById(config, selection.teamId);
  if (!team) throw new Error(`Routing chose unknown team ${selection.teamId}`);

  const caseId = (deps.newId ?? randomUUID)();
  const staff = options.takenByStaff;
  const receivedAt = (staff?.receivedAt ?? deps.now).toISOString();
  const verificationRequired = !staff && requiresVerification(submission.type);
  const deadline = intakeDeadline(submission, team, staff?.receivedAt ?? deps.now, deadlinePolicy);
  const accessToken = newSecretToken();
  const verificationToken = verificationRequired ? newSecretToken() : undefined;

  const content: CaseContent = {
    name: submission.name,
    email: submission.email,
    ...(submission.phone ? { phone: submission.phone } : {}),
    ...(submission.company ? { company: submission.company } : {}),
    message: submission.message,
  };
  // A request without an address (a letter, a call) matches no one's mail and no other such request.
  const emailHash = deps.hasher.hash(
    'email',
    submission.email ? normaliseEmail(submission.email) : `none:${caseId}`,
  );
  const status = verificationRequired ? 'awaiting_verification' : 'received';
  const normalisedRequest = `${emailHash}|${submission.type}|${normaliseMessage(submission.message)}`;
  // The key is the client's, not a secret: scoped by the requester's address, two people sending
  // the same key (by accident or on purpose) get a case each, and a reused key cannot even reveal
  // that someone else used it. Within one address the key is bound to the request (fingerprint).
  const idempotency = idempotencyKey
    ? {
        key: deps.hasher.hash('idempotency', `${emailHash}|${idempotencyKey}`),
        fingerprint: deps.hasher.hash('idempotency-request', normalisedRequest),
      }
    : undefined;
  // The address hash the case keeps: the sweep's reminders and closing notices count against the
  // same cap without ever reading the address.
  const recipientKey = emailHash;

  const baseResponse: SubmissionResponse = {
    reference: '',
    status,
    dueAt: deadline.dueAt,
    dueDate: deadline.dueDate,
    targetDate: deadline.targetDate ?? deadline.dueDate,
    verificationRequired,
  };
  const expiresAt = new Date(deps.now.getTime() + DUPLICATE_WINDOW_MS).toISOString();
  const secrets: AcknowledgementSecrets = {
    accessToken,
    ...(verificationToken ? { verificationToken } : {}),
  };
  const notification: Notification = {
    notificationId: randomUUID(),
    caseId,
    template: 'acknowledgement',
    recipient: { role: 'requester' },
    // The requester may answer the acknowledgement: the reply is filed on the case.
    replyAs: 'requester',
    createdAt: receivedAt,
    sealedParams: await sealJson(deps.cipher, caseId, 'thread-message', secrets),
  };
  const sealedContent = await sealJson(deps.cipher, caseId, 'case-content', content);

  let referenceAttempts = 0;
  let recipientAttempts = 0;
  let acknowledgements: RecipientAcknowledgements | undefined;
  while (referenceAttempts < REFERENCE_ATTEMPTS) {
    acknowledgements ??= await deps.store.getRecipientAcknowledgements(recipientKey);
    const admission =
      staff && !staff.acknowledge
        ? ({ admitted: false, unaddressed: true } as const)
        : recipientAttempts < RECIPIENT_ATTEMPTS
          ? admitAcknowledgement(acknowledgements.sentAt, deps.now, config.intake)
          : ({ admitted: false } as const);
    const reference = (deps.newReference ?? newCaseReference)();
    const response: SubmissionResponse = {
      ...baseResponse,
      reference,
      statusUrl: statusUrl(publicBaseUrl, reference, accessToken),
    };
    // A duplicate without the Idempotency-Key gets no status link: knowing someone's email and
    // message must not open their case. The link is in the first acknowledgement.
    const duplicateResponse: SubmissionResponse = { ...baseResponse, reference, duplicate: true };
    const record: CaseRecord = {
      caseId,
      reference,
      type: submission.type,
      status,
      language: submission.language,
      country: submission.country,
      relationship: submission.relationship,
      ...(submission.service ? { service: submission.service } : {}),
      ...(options.channel === 'form' ? {} : { channel: options.channel }),
      receivedAt,
      deadline,
      teamId: selection.teamId,
      controllerIsCustomer: selection.controllerIsCustomer,
      emailHash,
      accessTokenHash: hashToken(accessToken),
      content: sealedContent,
    };
    const result = await deps.store.createCase(
      {
        record,
        audit: {
          caseId,
          at: receivedAt,
          action: 'case.received',
          actor: staff?.actor ?? 'requester',
          detail: {
            type: submission.type,
            teamId: selection.teamId,
            rule: selection.ruleId,
            verificationRequired,
            ...(options.channel === 'form' ? {} : { channel: options.channel }),
          },
        },
        duplicateMarker: {
          key: deps.hasher.hash('duplicate', normalisedRequest),
          expiresAt,
          sealedResponse: await sealJson(deps.cipher, caseId, 'submit-response', duplicateResponse),
        },
        ...(idempotency
          ? {
              idempotencyMarker: {
                key: idempotency.key,
                fingerprint: idempotency.fingerprint,
                expiresAt,
                sealedResponse: await sealJson(deps.cipher, caseId, 'submit-response', response),
              },
            }
          : {}),
        ...(verificationToken
          ? {
              verification: {
                tokenHash: hashToken(verificationToken),
                expiresAt: new Date(deps.now.getTime() + VERIFICATION_VALID_MS).toISOString(),
              },
            }
          : {}),
        ...(admission.admitted
          ? {
              notifications: [notification],
              recipientAcknowledgements: {
                key: recipientKey,
                sentAt: admission.sentAt,
                version: acknowledgements.version,
                expiresAt: admission.expiresAt,
              },
            }
          : 'unaddressed' in admission
            ? { notifications: [] }
            : {
                notifications: [],
                moreAudit: [
                  {
                    caseId,
                    at: receivedAt,
                    action: 'notification.suppressed',
                    actor: 'system:intake',
                    detail: { template: notification.template, reason: 'recipient_cap' },
                  },
                ],
              }),
      },
      deps.now,
    );
    if (result.kind === 'reference_taken') {
      referenceAttempts += 1;
      continue;
    }
    if (result.kind === 'recipient_changed') {
      recipientAttempts += 1;
      acknowledgements = undefined;
      continue;
    }
    if (result.kind === 'duplicate') {
      // A replay answers with the first response (status link included) only for the same request.
      if (result.via === 'idempotency_key' && result.fingerprint !== idempotency?.fingerprint) {
        throw new IdempotencyKeyReusedError();
      }
      const earlier = await openJson<SubmissionResponse>(
        deps.cipher,
        result.caseId,
        'submit-response',
        result.sealedResponse,
      );
      return { statusCode: 200, response: earlier, caseId: result.caseId };
    }
    await enqueueFollowUps(
      caseId,
      admission.admitted ? notification : undefined,
      status === 'received',
      deps,
    );
    return { statusCode: 201, response, caseId };
  }
  throw new Error(`No free case reference after ${REFERENCE_ATTEMPTS} attempts`);
}

async function enqueueFollowUps(
  caseId: string,
  notification: Notification | undefined,
  route: boolean,
  deps: IntakeDeps,
) {
  if (notification) {
    try {
      await deps.notificationQueue.enqueue({ caseId, notificationId: notification.notificationId });
    } catch (error) {
      deps.onEnqueueFailure?.('notify', error);
    }
  }
  if (!route) return;
  try {
    await deps.routeQueue.enqueue(caseId);
  } catch (error) {
    deps.onEnqueueFailure?.('route', error);
  }
}
