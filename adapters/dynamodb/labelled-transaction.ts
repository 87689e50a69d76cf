import type { CancellationReason, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { TransactItem } from './case-items.ts';

/*
 * DynamoDB gives the reasons a transaction was cancelled as a list in the order of its items. A store
 * that keeps each item beside a label reads a reason by what it was written for, so adding an item
 * in front of another can never make a store read the wrong one.
 */

/** One item of a transaction; `label` names the items whose failure the store tells apart. */
export interface LabelledItem<L extends string> {
  readonly label?: L;
  readonly item: TransactItem;
}

export const transactItems = <L extends string>(entries: readonly LabelledItem<L>[]): TransactItem[] =>
  entries.map((entry) => entry.item);

/** The reason of each labelled item, by label (the first item of a label when several share it). */
export function reasonsByLabel<L extends string>(
  entries: readonly LabelledItem<L>[],
  error: Pick<TransactionCanceledException, 'CancellationReasons'>,
): ReadonlyMap<L, CancellationReason> {
  const reasons = error.CancellationReasons ?? [];
  const byLabel = new Map<L, CancellationReason>();
  entries.forEach((entry, index) => {
    const reason = reasons[index];
    if (entry.label !== undefined && reason !== undefined && !byLabel.has(entry.label)) {
      byLabel.set(entry.label, reason);
    }
  });
  return byLabel;
}

/** The labels whose item's condition failed. */
export function failedConditions<L extends string>(
  entries: readonly LabelledItem<L>[],
  error: Pick<TransactionCanceledException, 'CancellationReasons'>,
): ReadonlySet<L> {
  const failed = new Set<L>();
  for (const [label, reason] of reasonsByLabel(entries, error)) {
    if (reason.Code === 'ConditionalCheckFailed') failed.add(label);
  }
  return failed;
}
