import daCaseReassigned from './da/case-reassigned.ts';
import daCommandError from './da/command-error.ts';
import daLateRefusal from './da/late-refusal.ts';
import daMailDropped from './da/mail-dropped.ts';
import daRequesterReply from './da/requester-reply.ts';
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
import fiCaseReassigned from './fi/case-reassigned.ts';
import fiCommandError from './fi/command-error.ts';
import fiLateRefusal from './fi/late-refusal.ts';
import fiMailDropped from './fi/mail-dropped.ts';
import fiRequesterReply from './fi/requester-reply.ts';
import nbCaseReassigned from './nb/case-reassigned.ts';
import nbCommandError from './nb/command-error.ts';
import nbLateRefusal from './nb/late-refusal.ts';
import nbMailDropped from './nb/mail-dropped.ts';
import nbRequesterReply from './nb/requester-reply.ts';
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
import svCaseReassigned from './sv/case-reassigned.ts';
import svCommandError from './sv/command-error.ts';
import svLateRefusal from './sv/late-refusal.ts';
import svMailDropped from './sv/mail-dropped.ts';
import svRequesterReply from './sv/requester-reply.ts';

/** Emails of the inbound mail feature; requester-facing ones in English and Dutch. */
export const INBOUND_TEMPLATES = {
  'staff-reply': { en: enStaffReply, nl: nlStaffReply },
  'requester-reply': {
    en: enRequesterReply,
    nl: nlRequesterReply,
    nb: nbRequesterReply,
    sv: svRequesterReply,
    da: daRequesterReply,
    fi: fiRequesterReply,
  },
  'case-closed': { en: enCaseClosed, nl: nlCaseClosed },
  'extension-notice': { en: enExtensionNotice, nl: nlExtensionNotice },
  'refusal-notice': { en: enRefusalNotice, nl: nlRefusalNotice },
  'type-changed': { en: enTypeChanged, nl: nlTypeChanged },
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
