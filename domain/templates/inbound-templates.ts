import enCaseClosed from './en/case-closed.ts';
import enCaseReassigned from './en/case-reassigned.ts';
import enCommandError from './en/command-error.ts';
import enExtensionNotice from './en/extension-notice.ts';
import enLateRefusal from './en/late-refusal.ts';
import enMailDropped from './en/mail-dropped.ts';
import enRefusalNotice from './en/refusal-notice.ts';
import enRequesterReply from './en/requester-reply.ts';
import enStaffReply from './en/staff-reply.ts';
import enTypeChanged from './en/type-changed.ts';
import nlCaseClosed from './nl/case-closed.ts';
import nlExtensionNotice from './nl/extension-notice.ts';
import nlRefusalNotice from './nl/refusal-notice.ts';
import nlStaffReply from './nl/staff-reply.ts';
import nlTypeChanged from './nl/type-changed.ts';

/** Emails of the inbound mail feature; requester-facing ones in English and Dutch. */
export const INBOUND_TEMPLATES = {
  'staff-reply': { en: enStaffReply, nl: nlStaffReply },
  'requester-reply': { en: enRequesterReply },
  'case-closed': { en: enCaseClosed, nl: nlCaseClosed },
  'extension-notice': { en: enExtensionNotice, nl: nlExtensionNotice },
  'refusal-notice': { en: enRefusalNotice, nl: nlRefusalNotice },
  'type-changed': { en: enTypeChanged, nl: nlTypeChanged },
  'case-reassigned': { en: enCaseReassigned },
  'command-error': { en: enCommandError },
  'mail-dropped': { en: enMailDropped },
  'late-refusal': { en: enLateRefusal },
} as const;

export type InboundTemplateName = keyof typeof INBOUND_TEMPLATES;
