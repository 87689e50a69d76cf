import type { BreachDecision } from '../inbound/staff-commands.ts';

/*
 * The breach register (GDPR Art. 33(5)): for every breach report, when it was received (the desk's
 * awareness), when staff first recorded an assessment, whether the supervisory authority was
 * notified and when (or why not), whether the people affected were informed (Art. 34) and when (or
 * why not), and the remedial action. Staff record it with `#breach` on the case. It holds the
 * case's ids and staff's own words, never the reporter's content, and is kept for the
 * accountability period after the case is purged.
 */

/** What one reply's `#breach` commands change (only the fields they name). */
export interface BreachRegisterUpdate {
  readonly authorityNotified?: { readonly on: string } | { readonly reason: string };
  readonly subjectsInformed?: { readonly on: string } | { readonly reason: string };
  readonly remedialAction?: string;
}

/** The update with where it belongs and who made it. */
export interface BreachRegisterWrite {
  readonly caseId: string;
  readonly reference: string;
  readonly teamId: string;
  readonly receivedAt: string;
  readonly at: string;
  readonly actor: string;
  readonly update: BreachRegisterUpdate;
}

export interface BreachRegisterEntry {
  readonly caseId: string;
  readonly reference: string;
  readonly teamId: string;
  readonly receivedAt: string;
  /** The first time staff recorded a decision. */
  readonly assessedAt?: string;
  readonly authorityNotified?: boolean;
  readonly authorityNotifiedOn?: string;
  readonly notNotifiedReason?: string;
  readonly subjectsInformed?: boolean;
  readonly subjectsInformedOn?: string;
  readonly notInformedReason?: string;
  readonly remedialAction?: string;
  readonly updatedAt?: string;
  readonly updatedBy?: string;
}

export interface BreachRegisterReader {
  /** Entries of breach reports received from `from` (inclusive) to `to` (exclusive), by receipt. */
  listBreachRegister(range: { readonly from?: string; readonly to?: string }): Promise<BreachRegisterEntry[]>;
}

/** The register update and audit actions of a reply's `#breach` commands (validated before). */
export function breachRegisterUpdate(
  commands: readonly { readonly decision: BreachDecision; readonly date?: string; readonly text?: string }[],
): { update: BreachRegisterUpdate; audit: { action: string; detail?: Record<string, string> }[] } {
  const update: {
    authorityNotified?: { on: string } | { reason: string };
    subjectsInformed?: { on: string } | { reason: string };
    remedialAction?: string;
  } = {};
  // The audit records the facts and dates; reasons and actions are the register's (staff's words).
  const audit: { action: string; detail?: Record<string, string> }[] = [];
  for (const command of commands) {
    switch (command.decision) {
      case 'notified':
        update.authorityNotified = { on: command.date ?? '' };
        audit.push({ action: 'breach.authority_notified', detail: { on: command.date ?? '' } });
        break;
      case 'not-notified':
        update.authorityNotified = { reason: command.text ?? '' };
        audit.push({ action: 'breach.authority_not_notified' });
        break;
      case 'informed':
        update.subjectsInformed = { on: command.date ?? '' };
        audit.push({ action: 'breach.subjects_informed', detail: { on: command.date ?? '' } });
        break;
      case 'not-informed':
        update.subjectsInformed = { reason: command.text ?? '' };
        audit.push({ action: 'breach.subjects_not_informed' });
        break;
      case 'remedy':
        update.remedialAction = command.text ?? '';
        audit.push({ action: 'breach.remedial_action_recorded' });
        break;
    }
  }
  return { update, audit };
}

export const BREACH_REGISTER_COLUMNS = [
  'reference',
  'caseId',
  'teamId',
  'receivedAt',
  'assessedAt',
  'authorityNotified',
  'authorityNotifiedOn',
  'notNotifiedReason',
  'subjectsInformed',
  'subjectsInformedOn',
  'notInformedReason',
  'remedialAction',
  'updatedAt',
  'updatedBy',
] as const satisfies readonly (keyof BreachRegisterEntry)[];

const csvField = (value: unknown): string => {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** RFC 4180 CSV, a header line first. */
export function breachRegisterCsv(entries: readonly BreachRegisterEntry[]): string {
  const lines = [BREACH_REGISTER_COLUMNS.join(',')];
  for (const entry of entries)
    lines.push(BREACH_REGISTER_COLUMNS.map((column) => csvField(entry[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The register for people: one block per breach report. */
export function breachRegisterText(entries: readonly BreachRegisterEntry[]): string {
  if (entries.length === 0) return 'No breach reports in this period.\n';
  const yesNo = (value: boolean | undefined, on?: string, reason?: string) =>
    value === undefined ? 'not recorded yet' : value ? `yes, on ${on}` : `no: ${reason}`;
  return `${entries
    .map((entry) =>
      [
        `${entry.reference} (case ${entry.caseId}, team ${entry.teamId})`,
        `  received:            ${entry.receivedAt}`,
        `  assessed:            ${entry.assessedAt ?? 'not yet'}`,
        `  authority notified:  ${yesNo(entry.authorityNotified, entry.authorityNotifiedOn, entry.notNotifiedReason)}`,
        `  people informed:     ${yesNo(entry.subjectsInformed, entry.subjectsInformedOn, entry.notInformedReason)}`,
        `  remedial action:     ${entry.remedialAction ?? 'not recorded yet'}`,
        `  last updated:        ${entry.updatedAt ?? '-'}${entry.updatedBy ? ` by ${entry.updatedBy}` : ''}`,
      ].join('\n'),
    )
    .join('\n\n')}\n`;
}
