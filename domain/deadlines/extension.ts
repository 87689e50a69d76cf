import { isRightsRequest } from '../request-types.ts';
import { computeDueDate, type DueDate, type DueDateInput } from './compute-due-date.ts';
import { DeadlineRuleError } from './errors.ts';

/** A proposed Art. 12(3) extension of a rights request, decided at `now`. */
export interface ExtensionRequest extends Omit<DueDateInput, 'extendMonths'> {
  /** 1 or 2 further months. */
  extendMonths: number;
  /** Months already granted for this request (0 when never extended). */
  alreadyExtendedMonths: number;
  /** When the extension is decided (and the requester told): the injected clock. */
  now: Date;
}

/**
 * Throws a DeadlineRuleError unless the extension is allowed (Art. 12(3)): only rights requests, by one
 * or two months, only once (so never beyond three months in total), and only while the first month is
 * running, i.e. `now` is not after the unextended deadline (with its roll-forward and any pauses).
 */
export function assertExtensionAllowed(request: ExtensionRequest): void {
  const { extendMonths, alreadyExtendedMonths, now, ...dueDateInput } = request;
  if (!isRightsRequest(request.type)) {
    throw new DeadlineRuleError('not_extendable', `A ${request.type} has no extendable deadline`);
  }
  if (extendMonths !== 1 && extendMonths !== 2) {
    throw new DeadlineRuleError('invalid_extension', 'An extension is one or two months');
  }
  if (!Number.isInteger(alreadyExtendedMonths) || alreadyExtendedMonths < 0) {
    throw new DeadlineRuleError('invalid_input', 'alreadyExtendedMonths is not a count of months');
  }
  if (alreadyExtendedMonths > 0) {
    throw new DeadlineRuleError(
      'already_extended',
      'The deadline was already extended; it extends only once',
    );
  }
  if (!(now instanceof Date) || Number.isNaN(now.getTime()) || now.getTime() < request.receivedAt.getTime()) {
    throw new DeadlineRuleError('invalid_input', 'now is not a valid instant after receipt');
  }
  const firstMonth = computeDueDate({ ...dueDateInput, extendMonths: 0 });
  if (now.getTime() > firstMonth.dueAt.getTime()) {
    throw new DeadlineRuleError(
      'first_month_over',
      `An extension must be decided within the first month (ended ${firstMonth.dueAt.toISOString()})`,
      firstMonth.dueAt.toISOString(),
    );
  }
}

/**
 * The extended deadline: (1 + n) months from the start, by the same rules as the first month.
 * The reason is required (the requester must be told why) and is not kept here: the caller records it.
 */
export function extendDueDate(request: ExtensionRequest & { reason: string }): DueDate {
  if (request.reason.trim() === '') {
    throw new DeadlineRuleError('reason_required', 'An extension needs a reason for the requester');
  }
  assertExtensionAllowed(request);
  const {
    extendMonths,
    alreadyExtendedMonths: _already,
    now: _now,
    reason: _reason,
    ...dueDateInput
  } = request;
  return computeDueDate({ ...dueDateInput, extendMonths: extendMonths as 1 | 2 });
}
