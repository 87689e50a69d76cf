import type { EscalationTemplate } from '../escalation/index.ts';
import type { Translations } from './catalog.ts';
import daClosedUnverified from './da/closed-unverified.ts';
import daDeliveryFailed from './da/delivery-failed.ts';
import daDpoDigest from './da/dpo-digest.ts';
import daBreachDeadline from './da/escalation-breach-deadline.ts';
import daBreachOverdue from './da/escalation-breach-overdue.ts';
import daDpoOverdue from './da/escalation-dpo-overdue.ts';
import daExtensionDecision from './da/escalation-extension-decision.ts';
import daManagerNoFirstResponse from './da/escalation-manager-no-first-response.ts';
import daManagerUnassigned from './da/escalation-manager-unassigned.ts';
import daReminder from './da/escalation-reminder.ts';
import daManagerDigest from './da/manager-digest.ts';
import daVerificationReminder from './da/verification-reminder.ts';
import enClosedUnverified from './en/closed-unverified.ts';
import enDeliveryFailed from './en/delivery-failed.ts';
import enDpoDigest from './en/dpo-digest.ts';
import enBreachDeadline from './en/escalation-breach-deadline.ts';
import enBreachOverdue from './en/escalation-breach-overdue.ts';
import enDpoOverdue from './en/escalation-dpo-overdue.ts';
import enExtensionDecision from './en/escalation-extension-decision.ts';
import enManagerNoFirstResponse from './en/escalation-manager-no-first-response.ts';
import enManagerUnassigned from './en/escalation-manager-unassigned.ts';
import enReminder from './en/escalation-reminder.ts';
import enManagerDigest from './en/manager-digest.ts';
import enVerificationReminder from './en/verification-reminder.ts';
import fiClosedUnverified from './fi/closed-unverified.ts';
import fiDeliveryFailed from './fi/delivery-failed.ts';
import fiDpoDigest from './fi/dpo-digest.ts';
import fiBreachDeadline from './fi/escalation-breach-deadline.ts';
import fiBreachOverdue from './fi/escalation-breach-overdue.ts';
import fiDpoOverdue from './fi/escalation-dpo-overdue.ts';
import fiExtensionDecision from './fi/escalation-extension-decision.ts';
import fiManagerNoFirstResponse from './fi/escalation-manager-no-first-response.ts';
import fiManagerUnassigned from './fi/escalation-manager-unassigned.ts';
import fiReminder from './fi/escalation-reminder.ts';
import fiManagerDigest from './fi/manager-digest.ts';
import fiVerificationReminder from './fi/verification-reminder.ts';
import nbClosedUnverified from './nb/closed-unverified.ts';
import nbDeliveryFailed from './nb/delivery-failed.ts';
import nbDpoDigest from './nb/dpo-digest.ts';
import nbBreachDeadline from './nb/escalation-breach-deadline.ts';
import nbBreachOverdue from './nb/escalation-breach-overdue.ts';
import nbDpoOverdue from './nb/escalation-dpo-overdue.ts';
import nbExtensionDecision from './nb/escalation-extension-decision.ts';
import nbManagerNoFirstResponse from './nb/escalation-manager-no-first-response.ts';
import nbManagerUnassigned from './nb/escalation-manager-unassigned.ts';
import nbReminder from './nb/escalation-reminder.ts';
import nbManagerDigest from './nb/manager-digest.ts';
import nbVerificationReminder from './nb/verification-reminder.ts';
import nlClosedUnverified from './nl/closed-unverified.ts';
import nlDeliveryFailed from './nl/delivery-failed.ts';
import nlDpoDigest from './nl/dpo-digest.ts';
import nlBreachDeadline from './nl/escalation-breach-deadline.ts';
import nlBreachOverdue from './nl/escalation-breach-overdue.ts';
import nlDpoOverdue from './nl/escalation-dpo-overdue.ts';
import nlExtensionDecision from './nl/escalation-extension-decision.ts';
import nlManagerNoFirstResponse from './nl/escalation-manager-no-first-response.ts';
import nlManagerUnassigned from './nl/escalation-manager-unassigned.ts';
import nlReminder from './nl/escalation-reminder.ts';
import nlManagerDigest from './nl/manager-digest.ts';
import nlVerificationReminder from './nl/verification-reminder.ts';
import svClosedUnverified from './sv/closed-unverified.ts';
import svDeliveryFailed from './sv/delivery-failed.ts';
import svDpoDigest from './sv/dpo-digest.ts';
import svBreachDeadline from './sv/escalation-breach-deadline.ts';
import svBreachOverdue from './sv/escalation-breach-overdue.ts';
import svDpoOverdue from './sv/escalation-dpo-overdue.ts';
import svExtensionDecision from './sv/escalation-extension-decision.ts';
import svManagerNoFirstResponse from './sv/escalation-manager-no-first-response.ts';
import svManagerUnassigned from './sv/escalation-manager-unassigned.ts';
import svReminder from './sv/escalation-reminder.ts';
import svManagerDigest from './sv/manager-digest.ts';
import svVerificationReminder from './sv/verification-reminder.ts';

/**
 * The sweep's emails: the escalation ladder's steps and the delivery-failure alert (staff), the
 * manager's daily digest and the DPO's weekly one (staff, no case), each in its recipient's
 * language, and the verification housekeeping (requester).
 * Staff emails carry references, types, dates and reasons: never the requester's content.
 */
export const SWEEP_TEMPLATES = {
  'escalation-reminder': {
    en: enReminder,
    nl: nlReminder,
    nb: nbReminder,
    sv: svReminder,
    da: daReminder,
    fi: fiReminder,
  },
  'escalation-extension-decision': {
    en: enExtensionDecision,
    nl: nlExtensionDecision,
    nb: nbExtensionDecision,
    sv: svExtensionDecision,
    da: daExtensionDecision,
    fi: fiExtensionDecision,
  },
  'escalation-manager-no-first-response': {
    en: enManagerNoFirstResponse,
    nl: nlManagerNoFirstResponse,
    nb: nbManagerNoFirstResponse,
    sv: svManagerNoFirstResponse,
    da: daManagerNoFirstResponse,
    fi: fiManagerNoFirstResponse,
  },
  'escalation-manager-unassigned': {
    en: enManagerUnassigned,
    nl: nlManagerUnassigned,
    nb: nbManagerUnassigned,
    sv: svManagerUnassigned,
    da: daManagerUnassigned,
    fi: fiManagerUnassigned,
  },
  'escalation-dpo-overdue': {
    en: enDpoOverdue,
    nl: nlDpoOverdue,
    nb: nbDpoOverdue,
    sv: svDpoOverdue,
    da: daDpoOverdue,
    fi: fiDpoOverdue,
  },
  'escalation-breach-deadline': {
    en: enBreachDeadline,
    nl: nlBreachDeadline,
    nb: nbBreachDeadline,
    sv: svBreachDeadline,
    da: daBreachDeadline,
    fi: fiBreachDeadline,
  },
  'escalation-breach-overdue': {
    en: enBreachOverdue,
    nl: nlBreachOverdue,
    nb: nbBreachOverdue,
    sv: svBreachOverdue,
    da: daBreachOverdue,
    fi: fiBreachOverdue,
  },
  'manager-digest': {
    en: enManagerDigest,
    nl: nlManagerDigest,
    nb: nbManagerDigest,
    sv: svManagerDigest,
    da: daManagerDigest,
    fi: fiManagerDigest,
  },
  'dpo-digest': {
    en: enDpoDigest,
    nl: nlDpoDigest,
    nb: nbDpoDigest,
    sv: svDpoDigest,
    da: daDpoDigest,
    fi: fiDpoDigest,
  },
  'delivery-failed': {
    en: enDeliveryFailed,
    nl: nlDeliveryFailed,
    nb: nbDeliveryFailed,
    sv: svDeliveryFailed,
    da: daDeliveryFailed,
    fi: fiDeliveryFailed,
  },
  'verification-reminder': {
    en: enVerificationReminder,
    nl: nlVerificationReminder,
    nb: nbVerificationReminder,
    sv: svVerificationReminder,
    da: daVerificationReminder,
    fi: fiVerificationReminder,
  },
  'closed-unverified': {
    en: enClosedUnverified,
    nl: nlClosedUnverified,
    nb: nbClosedUnverified,
    sv: svClosedUnverified,
    da: daClosedUnverified,
    fi: fiClosedUnverified,
  },
} as const satisfies { readonly [K in EscalationTemplate]: Translations } & Record<string, Translations>;

/** Templates sent without a case: their notification lives in a team's digest partition. */
export const TEAM_TEMPLATES: ReadonlySet<string> = new Set(['manager-digest', 'dpo-digest']);
