import type { DeskConfig } from '../config/desk-config.ts';
import { memberById } from '../config/member-lookups.ts';
import { staffTypeLabel } from '../notifications/escalation-values.ts';
import type { NotificationRecipient } from '../notifications/notification.ts';
import type { TemplateContext } from '../notifications/template-values.ts';
import type { TemplateValues } from '../templates/render-template.ts';
import { formatDate, formatDateTime, languageName } from '../templates/type-labels.ts';

/**
 * Values of the staff emails of routing (case-assigned, breach-alert, opt-out-fyi): the decrypted
 * content of the case, which only its representative, their manager and the DPO receive, and who is
 * who. The common values (reference, typeLabel, dueDate, ...) come from template-values.ts.
 */
export function staffCaseValues({ record, content, params, settings, language, recipient }: TemplateContext) {
  const { config } = settings;
  const zone = record.deadline.timeZone;
  const teamId = typeof params.teamId === 'string' ? params.teamId : record.teamId;
  const team = config.teams.find((candidate) => candidate.id === teamId);
  const memberId = typeof params.memberId === 'string' ? params.memberId : undefined;
  const member = memberById(config, memberId);
  return {
    name: content.name,
    email: content.email,
    phone: content.phone,
    company: content.company,
    message: content.message,
    // Staff read the type as the team names it (`access request (Art. 15)`), not as the requester does.
    typeLabel: staffTypeLabel(record.type, language),
    teamName: team?.name ?? teamId,
    // A member removed from the configuration since routing is still named by id.
    memberName: member?.name ?? memberId,
    recipientName: recipientName(recipient, config, teamId) ?? '',
    noEligibleMember: params.needsAttention === 'no_eligible_member',
    languageName: languageName(record.language, language),
    receivedDateTime: formatDateTime(record.receivedAt, language, zone),
    dueDateTime: formatDateTime(record.deadline.dueAt, language, zone),
  } satisfies TemplateValues;
}

function recipientName(
  recipient: NotificationRecipient | undefined,
  config: DeskConfig,
  teamId: string,
): string | undefined {
  switch (recipient?.role) {
    case 'member':
      return memberById(config, recipient.memberId)?.name;
    case 'manager':
      return config.teams.find((team) => team.id === (recipient.teamId ?? teamId))?.manager.name;
    case 'dpo':
      return config.dpo.name;
    default:
      return undefined;
  }
}

/**
 * The opt-out confirmation: since when the desk's own list holds the address (the closing, which
 * wrote the entry), and the working days the marketing systems have (the case's due date is that
 * many working days after receipt).
 */
export function optOutConfirmedValues({ record, settings, language, now }: TemplateContext) {
  return {
    suppressedDate: formatDate(record.closedAt ?? now, language, record.deadline.timeZone),
    marketingSystemsWorkingDays: settings.deadlinePolicy.marketingOptOutWorkingDays,
  } satisfies TemplateValues;
}

/** Routing's entries in SPECIFIC_VALUES (domain/notifications/template-values.ts). */
export const ROUTING_TEMPLATE_VALUES = {
  'case-assigned': staffCaseValues,
  'breach-alert': staffCaseValues,
  'opt-out-fyi': staffCaseValues,
  'opt-out-confirmed': optOutConfirmedValues,
} as const;
