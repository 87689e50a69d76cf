import type { CaseRecord } from '../case-model.ts';
import type { NotificationRecipient } from '../notifications/notification.ts';
import { MS_PER_HOUR } from '../time-units.ts';
import type { DropReason } from './authorize-sender.ts';

/*
 * Who hears of an email the desk dropped although it was aimed at a case (by a case address, even
 * one that did not verify, by In-Reply-To or by the reference in its subject): the case's assignee,
 * or the team manager while nobody is assigned. A genuine reply the desk could not accept should not
 * vanish; the alert carries ids and the reason, never the dropped content or its claimed sender.
 *
 * Not alerted: auto-replies and the desk's own mail (an alert would invite the next out-of-office
 * and so a mail loop), and mail that names no existing case. Alerts are at most one per case per
 * hour (`dropAlertWindow`), so forged mail cannot turn the desk into a mail cannon; every drop is
 * audited on the case all the same.
 */

const NOT_ALERTED: ReadonlySet<DropReason> = new Set(['loop', 'auto_reply', 'no_case', 'malformed_mime']);

/** How long one alert covers a case: later drops in the same hour are audited only. */
export const DROP_ALERT_WINDOW_MS = MS_PER_HOUR;

export interface DropAlert {
  readonly recipient: NotificationRecipient;
  /** For the audit: who was told. */
  readonly to: 'assignee' | 'manager';
}

export function dropAlertFor(reason: DropReason, record: CaseRecord | undefined): DropAlert | undefined {
  if (record === undefined || NOT_ALERTED.has(reason)) return undefined;
  return record.assigneeId
    ? { recipient: { role: 'member', memberId: record.assigneeId }, to: 'assignee' }
    : { recipient: { role: 'manager', teamId: record.teamId }, to: 'manager' };
}

/** The window an alert at `now` falls in: the UTC hour, `2026-11-20T10`. */
export function dropAlertWindow(now: Date): string {
  return new Date(Math.floor(now.getTime() / DROP_ALERT_WINDOW_MS) * DROP_ALERT_WINDOW_MS)
    .toISOString()
    .slice(0, 13);
}
