import type { IntakeLimits } from '../config/desk-config.ts';
import { MS_PER_HOUR } from '../time-units.ts';

export type AcknowledgementAdmission =
  | {
      readonly admitted: true;
      /** The acknowledgements still counted, this one last: what to store. */
      readonly sentAt: readonly string[];
      /** When the newest entry stops counting: the stored item may expire then. */
      readonly expiresAt: string;
    }
  | { readonly admitted: false };

/**
 * Whether one more acknowledgement may go to an address that was sent those at `sentAt`: at most
 * `acknowledgementsPerRecipient` within the last `acknowledgementWindowHours`, a sliding window, so
 * no 24 hours ever see more than the cap (a daily counter would allow twice the cap around midnight).
 */
export function admitAcknowledgement(
  sentAt: readonly string[],
  now: Date,
  limits: IntakeLimits,
): AcknowledgementAdmission {
  const windowMs = limits.acknowledgementWindowHours * MS_PER_HOUR;
  const windowStart = now.getTime() - windowMs;
  const counted = sentAt.filter((at) => Date.parse(at) > windowStart).sort();
  if (counted.length >= limits.acknowledgementsPerRecipient) return { admitted: false };
  return {
    admitted: true,
    sentAt: [...counted, now.toISOString()],
    expiresAt: new Date(now.getTime() + windowMs).toISOString(),
  };
}
