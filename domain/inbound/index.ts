/** Inbound mail (issue 6): parsing replies to case emails. Pure, no AWS; the SES handler composes these. */
export {
  AUTO_REPLY_REASONS,
  type AutoReplyReason,
  type AutoReplyVerdict,
  detectAutoReply,
} from './auto-reply.ts';
export { extractReplyText, REPLY_PARSER_LIMITS } from './extract-reply-text.ts';
export { firstMessageId, messageIdsIn } from './message-ids.ts';
export {
  type InboundAttachment,
  type InboundMail,
  MAX_HTML_TO_TEXT_CHARS,
  type MailAddress,
  parseInboundMail,
} from './parse-inbound-mail.ts';
export { type RawHeaderLine, type RawHeaders, rawHeadersOf } from './raw-headers.ts';
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
