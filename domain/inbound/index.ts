/** Inbound mail: parsing, identifying, authorising and applying replies to case emails. No AWS. */

export { planReply } from './apply-reply.ts';
export {
  ATTACHMENT_LIMITS,
  type AttachmentDecision,
  type AttachmentLimits,
  decideAttachments,
  describeAttachments,
} from './attachment-policy.ts';
export {
  type Admission,
  type AdmissionInput,
  admitInbound,
  authorOf,
  DROP_REASONS,
  type DropReason,
  type Participant,
  participantActor,
  participantBySender,
  participantForToken,
  participantLabel,
  participantRecipient,
  type SenderFacts,
} from './authorize-sender.ts';
export {
  AUTO_REPLY_REASONS,
  type AutoReplyReason,
  type AutoReplyVerdict,
  detectAutoReply,
} from './auto-reply.ts';
export { COMMANDS_NEED_TOKEN } from './commands-without-token.ts';
export {
  DROP_ALERT_WINDOW_MS,
  type DropAlert,
  dropAlertFor,
  dropAlertWindow,
} from './drop-alert.ts';
export { extractReplyText, REPLY_PARSER_LIMITS } from './extract-reply-text.ts';
export {
  type CaseLookups,
  caseIdOfToken,
  caseReferencesIn,
  deskMessageIdCandidates,
  type Identification,
  type IdentifiedBy,
  identifyCase,
  localPartOf,
  replyTokensIn,
} from './identify-case.ts';
export type {
  CaseChange,
  CaseFieldChanges,
  DropAlertGuard,
  InboundMarker,
  InboundStore,
  InboundWrite,
  InboundWriteOutcome,
} from './inbound-store.ts';
export {
  blockingVerdicts,
  dmarcAuthenticates,
  type MailReceipt,
  mailReceiptOf,
  SesReceiptEventSchema,
  VERDICT_NAMES,
  type VerdictName,
} from './mail-receipt.ts';
export type { AttachmentStore, RawMailSource } from './mail-storage.ts';
export { firstMessageId, messageIdsIn } from './message-ids.ts';
export {
  type InboundAttachment,
  type InboundMail,
  MAX_HEADER_BYTES,
  MAX_HTML_TO_TEXT_CHARS,
  MAX_MIME_PARTS,
  type MailAddress,
  MalformedMailError,
  parseInboundMail,
} from './parse-inbound-mail.ts';
export { type RawHeaderLine, type RawHeaders, rawHeadersOf } from './raw-headers.ts';
export {
  INBOUND_MARKER_DAYS,
  inboundMarkerHash,
  type ReceiveMailDeps,
  type ReceiveOutcome,
  receiveMail,
} from './receive-mail.ts';
export {
  formatCommandError,
  type InboundSecrets,
  type LoadMove,
  MAX_COMMANDS_PER_REPLY,
  MAX_REPLY_TEXT_CHARS,
  type PlannedAudit,
  type PlannedNotification,
  type PlannedThreadMessage,
  type ReplyInput,
  type ReplyPlan,
} from './reply-plan.ts';
export {
  CloseOutcomeSchema,
  type CommandError,
  ExtensionMonthsSchema,
  parseStaffCommands,
  STAFF_COMMAND_USAGE,
  type StaffCommand,
  type StaffCommandKind,
  type StaffCommandParse,
  StaffCommandSchema,
} from './staff-commands.ts';
