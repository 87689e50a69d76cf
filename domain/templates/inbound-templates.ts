import daCaseClosed from './da/case-closed.ts';
import daCaseReassigned from './da/case-reassigned.ts';
import daCommandError from './da/command-error.ts';
import daExtensionNotice from './da/extension-notice.ts';
import daLateRefusal from './da/late-refusal.ts';
import daMailDropped from './da/mail-dropped.ts';
import daRefusalNotice from './da/refusal-notice.ts';
import daRequesterReply from './da/requester-reply.ts';
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
import fiCaseReassigned from './fi/case-reassigned.ts';
import fiCommandError from './fi/command-error.ts';
import fiExtensionNotice from './fi/extension-notice.ts';
import fiLateRefusal from './fi/late-refusal.ts';
import fiMailDropped from './fi/mail-dropped.ts';
import fiRefusalNotice from './fi/refusal-notice.ts';
import fiRequesterReply from './fi/requester-reply.ts';
import fiStaffReply from './fi/staff-reply.ts';
import fiTypeChanged from './fi/type-changed.ts';
import nbCaseClosed from './nb/case-closed.ts';
import nbCaseReassigned from './nb/case-reassigned.ts';
import nbCommandError from './nb/command-error.ts';
import nbExtensionNotice from './nb/extension-notice.ts';
import nbLateRefusal from './nb/late-refusal.ts';
import nbMailDropped from './nb/mail-dropped.ts';
import nbRefusalNotice from './nb/refusal-notice.ts';
import nbRequesterReply from './nb/requester-reply.ts';
import nbStaffReply from './nb/staff-reply.ts';
import nbTypeChanged from './nb/type-changed.ts';
import nlCaseClosed from './nl/case-closed.ts';
import nlCaseReassigned from './nl/case-reassigned.ts';
import nlCommandError from './nl/command-error.ts';
import nlExtensionNotice from './nl/extension-notice.ts';
import nlLateRefusal from './nl/late-refusal.ts';
import nlMailDropped from './nl/mail-dropped.ts';
import nlRefusalNotice from './nl/refusal-notice.ts';
import nlRequesterReply from './nl/requester-reply.ts';
import nlStaffReply from './nl/staff-reply.ts';
import nlTypeChanged from './nl/type-changed.ts';
import svCaseClosed from './sv/case-closed.ts';
import svCaseReassigned from './sv/case-reassigned.ts';
import svCommandError from './sv/command-error.ts';
import svExtensionNotice from './sv/extension-notice.ts';
import svLateRefusal from './sv/late-refusal.ts';
import svMailDropped from './sv/mail-dropped.ts';
import svRefusalNotice from './sv/refusal-notice.ts';
import svRequesterReply from './sv/requester-reply.ts';
import svStaffReply from './sv/staff-reply.ts';
import svTypeChanged from './sv/type-changed.ts';

/** Emails of the inbound mail feature, every one in every language the desk writes. */
export const INBOUND_TEMPLATES = {
  'staff-reply': {
    en: enStaffReply,
    nl: nlStaffReply,
    nb: nbStaffReply,
    sv: svStaffReply,
    da: daStaffReply,
    fi: fiStaffReply,
  },
  'requester-reply': {
    en: enRequesterReply,
    nl: nlRequesterReply,
    nb: nbRequesterReply,
    sv: svRequesterReply,
    da: daRequesterReply,
    fi: fiRequesterReply,
  },
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
  'case-reassigned': {
    en: enCaseReassigned,
    nl: nlCaseReassigned,
    nb: nbCaseReassigned,
    sv: svCaseReassigned,
    da: daCaseReassigned,
    fi: fiCaseReassigned,
  },
  'command-error': {
    en: enCommandError,
    nl: nlCommandError,
    nb: nbCommandError,
    sv: svCommandError,
    da: daCommandError,
    fi: fiCommandError,
  },
  'mail-dropped': {
    en: enMailDropped,
    nl: nlMailDropped,
    nb: nbMailDropped,
    sv: svMailDropped,
    da: daMailDropped,
    fi: fiMailDropped,
  },
  'late-refusal': {
    en: enLateRefusal,
    nl: nlLateRefusal,
    nb: nbLateRefusal,
    sv: svLateRefusal,
    da: daLateRefusal,
    fi: fiLateRefusal,
  },
} as const;

export type InboundTemplateName = keyof typeof INBOUND_TEMPLATES;
