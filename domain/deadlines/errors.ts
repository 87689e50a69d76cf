/** Why a deadline cannot be computed or moved. Stable strings: callers map them to responses. */
export type DeadlineRuleCode =
  /** The holiday table has no calendar for the country, or none for the region. */
  | 'unknown_country'
  | 'unknown_region'
  /** A date in a year the holiday table does not cover (holiday-table.ts): never guessed as a working day. */
  | 'outside_holiday_table'
  /** The zone is not an IANA zone, or the country has no default zone and none was given. */
  | 'unknown_time_zone'
  | 'no_default_time_zone'
  /** The policy starts the clock at email verification and the request is not verified yet. */
  | 'clock_not_started'
  /** Pauses were passed while the policy has them off, or for a type whose clock cannot stop. */
  | 'pauses_disabled'
  | 'pauses_not_applicable'
  | 'invalid_pause'
  /** Art. 12(3) extensions: rights requests only, by 1 or 2 months, once, within the first month. */
  | 'not_extendable'
  | 'invalid_extension'
  | 'already_extended'
  | 'first_month_over'
  | 'reason_required'
  /** Dates that contradict each other (verified before received, extension decided before receipt). */
  | 'invalid_input';

/** A deadline rule refused the input. Carries no personal data: codes and dates only. */
export class DeadlineRuleError extends Error {
  override readonly name = 'DeadlineRuleError';
  readonly code: DeadlineRuleCode;
  /** The instant the rule turned on, where it names one (`first_month_over`: when the first month ended). */
  readonly at: string | undefined;

  constructor(code: DeadlineRuleCode, message: string, at?: string) {
    super(message);
    this.code = code;
    this.at = at;
  }
}
