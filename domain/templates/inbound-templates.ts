import daCaseClosed from './da/case-closed.ts';
import daExtensionNotice from './da/extension-notice.ts';
import daRefusalNotice from './da/refusal-notice.ts';
import daStaffReply from './da/staff-reply.ts';
import daTypeChanged from './da/type-changed.ts';
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
import fiCaseClosed from './fi/case-closed.ts';
import fiExtensionNotice from './fi/extension-notice.ts';
import fiRefusalNotice from './fi/refusal-notice.ts';
import fiStaffReply from './fi/staff-reply.ts';
import fiTypeChanged from './fi/type-changed.ts';
import nbCaseClosed from './nb/case-closed.ts';
import nbExtensionNotice from './nb/extension-notice.ts';
import nbRefusalNotice from './nb/refusal-notice.ts';
import nbStaffReply from './nb/staff-reply.ts';
import nbTypeChanged from './nb/type-changed.ts';
import nlCaseClosed from './nl/case-closed.ts';
import nlExtensionNotice from './nl/extension-notice.ts';
import nlRefusalNotice from './nl/refusal-notice.ts';
import nlStaffReply from './nl/staff-reply.ts';
import nlTypeChanged from './nl/type-changed.ts';
import svCaseClosed from './sv/case-closed.ts';
import svExtensionNotice from './sv/extension-notice.ts';
import svRefusalNotice from './sv/refusal-notice.ts';
import svStaffReply from './sv/staff-reply.ts';
import svTypeChanged from './sv/type-changed.ts';

/** Emails of the inbound mail feature; the requester-facing ones in every language. */
export const INBOUND_TEMPLATES = {
  'staff-reply': {
    en: enStaffReply,
    nl: nlStaffReply,
    nb: nbStaffReply,
    sv: svStaffReply,
    da: daStaffReply,
    fi: fiStaffReply,
  },
  'requester-reply': { en: enRequesterReply },
  'case-closed': {
    en: enCaseClosed,
    nl: nlCaseClosed,
    nb: nbCaseClosed,
    sv: svCaseClosed,
    da: daCaseClosed,
    fi: fiCaseClosed,
  },
  'extension-notice': {
    en: enExtensionNotice,
    nl: nlExtensionNotice,
    nb: nbExtensionNotice,
    sv: svExtensionNotice,
    da: daExtensionNotice,
    fi: fiExtensionNotice,
  },
  'refusal-notice': {
    en: enRefusalNotice,
    nl: nlRefusalNotice,
    nb: nbRefusalNotice,
    sv: svRefusalNotice,
    da: daRefusalNotice,
    fi: fiRefusalNotice,
  },
  'type-changed': {
    en: enTypeChanged,
    nl: nlTypeChanged,
    nb: nbTypeChanged,
    sv: svTypeChanged,
    da: daTypeChanged,
    fi: fiTypeChanged,
  },
  'case-reassigned': { en: enCaseReassigned },
  'command-error': { en: enCommandError },
  'mail-dropped': { en: enMailDropped },
  'late-refusal': { en: enLateRefusal },
} as const;

export type InboundTemplateName = keyof typeof INBOUND_TEMPLATES;
