import { randomUUID } from 'node:crypto';
import type { ThreadAttachment } from '../case-model.ts';
import type { IntakeStore, RouteQueue } from '../case-store.ts';
import type { DeskConfig } from '../config/desk-config.ts';
import { memberByEmail, sameAddress } from '../config/member-lookups.ts';
import { sealJson } from '../content-cipher.ts';
import { type Submission, SubmissionSchema } from '../intake/submission-schema.ts';
import { openCase } from '../intake/submit-request.ts';
import { isCaseAddress } from '../reply-token.ts';
import { type Language, normalizeLanguage } from '../request-types.ts';
import { teamById } from '../routing/select-team.ts';
import type { AttachmentDecision } from './attachment-policy.ts';
import type { Identification } from './identify-case.ts';
import type { InboundMarker } from './inbound-store.ts';
import { dmarcAuthenticates, type MailReceipt } from './mail-receipt.ts';
import type { InboundMail, MailAddress } from './parse-inbound-mail.ts';
import { firstHeader } from './raw-headers.ts';
import type { ReceiveMailDeps } from './receive-mail.ts';
import { contentOf } from './reply-plan.ts';

/*
 * An email to the desk that matches no case is a request like any other, never dropped silently: when
 * it passed every inbound check (SES's spam and virus verdicts, a single author, not the desk's own
 * mail, not an auto-reply, DMARC authenticated its From address) and its author is not staff, it
 * becomes a case of type `question` on channel `email`, made as the web form makes one
 * (intake/submit-request.ts `openCase`): routed, acknowledged, its text sealed as the case content.
 * Staff correct the type with `#type`. Staff mail that names no case is still dropped: staff start
 * nothing by writing to the desk.
 *
 * The form asks for what the mail cannot say; a person reads the case anyway, so the desk takes what
 * does the least harm: the language from Content-Language when the desk writes it (else English), the
 * country of the default team's entity, the relationship `other`.
 */

/** The form's limit on a message; the rest of a longer email is cut, with a note. */
const MAX_MESSAGE_CHARS = 10_000;
const CUT_MARK = '\n\n[... the rest of this email was too long and has been cut]';
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * Whether an email that names no case may open one (see above); the earlier checks already passed.
 * Mail to a case address whose token cannot be read is a broken reply, not a new request.
 */
export function mayOpenCase(
  mail: {
    readonly identification: Identification;
    readonly verdicts: MailReceipt['verdicts'];
    readonly author: string;
    readonly recipients: readonly string[];
  },
  config: DeskConfig,
): boolean {
  return (
    mail.identification.by === 'none' &&
    !mail.recipients.some((recipient) => isCaseAddress(recipient, config.inboundDomain)) &&
    dmarcAuthenticates(mail.verdicts) &&
    !isStaffAddress(mail.author, config)
  );
}

function isStaffAddress(address: string, config: DeskConfig): boolean {
  return (
    memberByEmail(config, address) !== undefined ||
    config.teams.some((team) => sameAddress(team.manager.email, address)) ||
    sameAddress(config.dpo.email, address)
  );
}

/**
 * The submission an email stands for; undefined when it has no text to file (no subject, no body).
 * The display name is used when the form would accept it (no link, no control or hiding characters),
 * else the address.
 */
export function submissionFromMail(
  mail: Pick<InboundMail, 'subject' | 'text' | 'headers'>,
  author: MailAddress,
  config: DeskConfig,
): Submission | undefined {
  const subject = mail.subject.replace(CONTROL_CHARACTERS, ' ').trim();
  const text = mail.text
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n\t]+\n/g, '\n')
    .replace(CONTROL_CHARACTERS, '')
    .trim();
  if (subject === '' && text === '') return undefined;
  const whole = [subject, text].filter((part) => part !== '').join('\n\n');
  const message =
    whole.length > MAX_MESSAGE_CHARS
      ? `${whole.slice(0, MAX_MESSAGE_CHARS - CUT_MARK.length)}${CUT_MARK}`
      : whole;
  const team = teamById(config, config.routing.defaultTeamId);
  const base = {
    type: 'question',
    email: author.address,
    relationship: 'other',
    country: team?.country ?? 'NL',
    language: languageOf(mail.headers),
    message,
  };
  const named = SubmissionSchema.safeParse({ ...base, name: author.name.trim() || author.address });
  if (named.success) return named.data;
  const parsed = SubmissionSchema.safeParse({ ...base, name: author.address });
  return parsed.success ? parsed.data : undefined;
}

/** `Content-Language: nl-NL` → `nl`, when the desk writes that language; English otherwise. */
function languageOf(headers: InboundMail['headers']): Language {
  const tag = firstHeader(headers, 'content-language')?.split(',')[0]?.trim().split('-')[0];
  return normalizeLanguage(tag) ?? 'en';
}

/** What opening a case needs beyond the inbound deps: the intake's store and the routing queue. */
export interface MailIntake {
  readonly store: IntakeStore;
  readonly routeQueue: RouteQueue;
  /** A failed enqueue: the case is stored and the sweep re-drives it. */
  readonly onEnqueueFailure?: (step: 'route' | 'notify', error: unknown) => void;
}

/** The email itself, filed as the new case's first thread message with the files it carried. */
export interface OpeningMail {
  readonly subject: string;
  readonly text: string;
  /** Each file kept or refused, in the thread's shape without its storage key (not known yet). */
  readonly attachments: readonly AttachmentDecision[];
  /** Parts beyond the listing limit, only counted. */
  readonly omittedAttachments: number;
  /** The storage key of a kept file of the case. */
  readonly keyOf: (caseId: string, index: number) => string;
  /** Stores the kept files, encrypted under the case (the same keys on a redelivery: idempotent). */
  readonly store: (caseId: string, attachments: readonly ThreadAttachment[]) => Promise<void>;
}

/**
 * Opens the case (idempotent on the email's marker key: a redelivery that comes before the marker is
 * written finds the same case), stores the files the email carried, and then writes the marker with
 * the email as the case's first thread message and an audit event on the new case.
 */
export async function openCaseFromMail(
  submission: Submission,
  markerKey: string,
  marker: InboundMarker,
  sesMessageId: string,
  mail: OpeningMail,
  deps: Pick<
    ReceiveMailDeps,
    'store' | 'cipher' | 'hasher' | 'settings' | 'now' | 'notificationQueue' | 'newId'
  > & {
    readonly intake: MailIntake;
  },
): Promise<{ readonly caseId: string; readonly duplicate: boolean }> {
  const opened = await openCase(
    // submissionFromMail always names the language (Content-Language, else English).
    { ...submission, language: submission.language ?? 'en' },
    { channel: 'email', idempotencyKey: markerKey },
    {
      store: deps.intake.store,
      routeQueue: deps.intake.routeQueue,
      notificationQueue: deps.notificationQueue,
      cipher: deps.cipher,
      hasher: deps.hasher,
      settings: deps.settings,
      now: deps.now,
      ...(deps.intake.onEnqueueFailure ? { onEnqueueFailure: deps.intake.onEnqueueFailure } : {}),
    },
  );
  const { caseId } = opened;
  const attachments: ThreadAttachment[] = mail.attachments.map((decision) =>
    decision.keep ? { ...decision.entry, key: mail.keyOf(caseId, decision.index) } : decision.entry,
  );
  await mail.store(caseId, attachments);
  const at = deps.now.toISOString();
  const outcome = await deps.store.recordInbound({
    marker: { ...marker, caseId, sesMessageId },
    thread: [
      {
        caseId,
        messageId: (deps.newId ?? randomUUID)(),
        at,
        direction: 'from_requester',
        participant: 'requester',
        sealed: await sealJson(
          deps.cipher,
          caseId,
          'thread-message',
          contentOf(mail.subject, mail.text, attachments),
        ),
      },
    ],
    audit: [
      {
        caseId,
        at,
        action: 'mail.opened_case',
        actor: 'system:inbound',
        detail: {
          sesMessageId,
          attachments: attachments.length,
          ...(mail.omittedAttachments > 0 ? { attachmentsOmitted: mail.omittedAttachments } : {}),
        },
      },
    ],
    notifications: [],
  });
  return { caseId, duplicate: outcome === 'duplicate' };
}
