import type { EscalationTemplate } from '../escalation/index.ts';
import type { Translations } from './catalog.ts';
import daClosedUnverified from './da/closed-unverified.ts';
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
import fiVerificationReminder from './fi/verification-reminder.ts';
import nbClosedUnverified from './nb/closed-unverified.ts';
import nbVerificationReminder from './nb/verification-reminder.ts';
import nlClosedUnverified from './nl/closed-unverified.ts';
import nlDpoDigest from './nl/dpo-digest.ts';
import nlVerificationReminder from './nl/verification-reminder.ts';
import svClosedUnverified from './sv/closed-unverified.ts';
import svVerificationReminder from './sv/verification-reminder.ts';

/**
 * The sweep's emails: the escalation ladder's steps and the delivery-failure alert (staff, English),
 * the manager's daily digest and the DPO's weekly one (staff, no case; the DPO's in the DPO's
 * language where it has one), and the verification housekeeping (requester).
 * Staff emails carry references, types, dates and reasons: never the requester's content.
 */
export const SWEEP_TEMPLATES = {
  'escalation-reminder': { en: enReminder },
  'escalation-extension-decision': { en: enExtensionDecision },
  'escalation-manager-no-first-response': { en: enManagerNoFirstResponse },
  'escalation-manager-unassigned': { en: enManagerUnassigned },
  'escalation-dpo-overdue': { en: enDpoOverdue },
  'escalation-breach-deadline': { en: enBreachDeadline },
  'escalation-breach-overdue': { en: enBreachOverdue },
  'manager-digest': { en: enManagerDigest },
  'dpo-digest': { en: enDpoDigest, nl: nlDpoDigest },
  'delivery-failed': { en: enDeliveryFailed },
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
