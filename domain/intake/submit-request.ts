import { randomUUID } from 'node:crypto';
import type { CaseChannel, CaseContent, CaseRecord } from '../case-model.ts';
import type { IntakeStore, RecipientAcknowledgements, RouteQueue } from '../case-store.ts';
import { type ContentCipher, type KeyedHasher, openJson, sealJson } from '../content-cipher.ts';
import type { DeskSettings } from '../desk-settings.ts';
import { IdempotencyKeyReusedError, ValidationError } from '../errors.ts';
import type { Notification, NotificationQueue } from '../notifications/notification.ts';
import { type Language, requiresVerification } from '../request-types.ts';
import { selectTeam, teamById } from '../routing/select-team.ts';
import { MS_PER_DAY } from '../time-units.ts';
import { parseOrThrow } from '../validation.ts';
import { hashToken, newSecretToken } from './access-token.ts';
import { admitAcknowledgement } from './acknowledgement-cap.ts';
import { newCaseReference } from './case-reference.ts';
import { intakeDeadline } from './intake-deadline.ts';
import { requesterLanguage } from './requester-language.ts';
import { statusUrl } from './requester-links.ts';
import { type Submission, type SubmissionResponse, SubmissionSchema } from './submission-schema.ts';

export { intakeDeadline } from './intake-deadline.ts';
export { statusUrl, verificationUrl } from './requester-links.ts';

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
  /** The language decided for this submission (the page a browser gets is in it). */
  readonly language: Language;
}

/** Secrets for the acknowledgement email, sealed into its outbox entry: never in a queue or a log. */
export interface AcknowledgementSecrets {
  readonly accessToken: string;
  readonly verificationToken?: string;
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();
const normaliseMessage = (message: string) => message.replace(/\s+/g, ' ').trim().toLowerCase();

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
  request: { readonly acceptLanguage?: string | undefined } = {},
): Promise<SubmitResult> {
  const submission = parseOrThrow(SubmissionSchema, body);
  const idempotencyKey = checkIdempotencyKey(idempotencyKeyHeader);
  const language = requesterLanguage({
    chosen: submission.language,
    acceptLanguage: request.acceptLanguage,
    country: submission.country,
  });
  return openCase(
    { ...submission, language },
    { channel: 'form', ...(idempotencyKey ? { idempotencyKey } : {}) },
    deps,
  );
}

/** A submission whose language has been decided (`requesterLanguage`). */
export type DecidedSubmission = Submission & { readonly language: Language };

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
  submission: DecidedSubmission,
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
  // Sealing is CPU here and a KMS call in AWS: the two seals and the read of the acknowledgement
  // count go at once rather than one after another (the requester waits for all of them).
  const [sealedParams, sealedContent, firstAcknowledgements] = await Promise.all([
    sealJson(deps.cipher, caseId, 'thread-message', secrets),
    sealJson(deps.cipher, caseId, 'case-content', content),
    deps.store.getRecipientAcknowledgements(recipientKey),
  ]);
  const notification: Notification = {
    notificationId: randomUUID(),
    caseId,
    template: 'acknowledgement',
    recipient: { role: 'requester' },
    // The requester may answer the acknowledgement: the reply is filed on the case.
    replyAs: 'requester',
    createdAt: receivedAt,
    sealedParams,
  };

  let referenceAttempts = 0;
  let recipientAttempts = 0;
  let acknowledgements: RecipientAcknowledgements | undefined = firstAcknowledgements;
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
    const [sealedDuplicateResponse, sealedResponse] = await Promise.all([
      sealJson(deps.cipher, caseId, 'submit-response', duplicateResponse),
      idempotency ? sealJson(deps.cipher, caseId, 'submit-response', response) : undefined,
    ]);
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
            // The legal limit, so the evidence of a purged case can still measure against it.
            dueAt: record.deadline.dueAt,
            ...(options.channel === 'form' ? {} : { channel: options.channel }),
          },
        },
        duplicateMarker: {
          key: deps.hasher.hash('duplicate', normalisedRequest),
          expiresAt,
          sealedResponse: sealedDuplicateResponse,
        },
        ...(idempotency && sealedResponse
          ? {
              idempotencyMarker: {
                key: idempotency.key,
                fingerprint: idempotency.fingerprint,
                expiresAt,
                sealedResponse,
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
      return { statusCode: 200, response: earlier, caseId: result.caseId, language: submission.language };
    }
    await enqueueFollowUps(
      caseId,
      admission.admitted ? notification : undefined,
      status === 'received',
      deps,
    );
    return { statusCode: 201, response, caseId, language: submission.language };
  }
  throw new Error(`No free case reference after ${REFERENCE_ATTEMPTS} attempts`);
}

async function enqueueFollowUps(
  caseId: string,
  notification: Notification | undefined,
  route: boolean,
  deps: IntakeDeps,
) {
  // Independent sends: at once, so the requester waits for one round trip, not two.
  const send = async (step: 'notify' | 'route', enqueue: () => Promise<unknown>) => {
    try {
      await enqueue();
    } catch (error) {
      deps.onEnqueueFailure?.(step, error);
    }
  };
  await Promise.all([
    notification &&
      send('notify', () =>
        deps.notificationQueue.enqueue({ caseId, notificationId: notification.notificationId }),
      ),
    route && send('route', () => deps.routeQueue.enqueue(caseId)),
  ]);
}
