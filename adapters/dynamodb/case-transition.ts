import { type CaseTransition, DEADLINE_INDEXES } from '../../domain/case-lifecycle.ts';
import type { TransactItem } from './case-items.ts';
import {
  caseKey,
  openIndexAttributes,
  pausedSortKey,
  pendingIndexAttributes,
  pendingPartition,
  shardOf,
} from './keys.ts';

/** More of the same update: extra SET clauses, conditions and their names and values. */
export interface UpdateExtras {
  readonly sets?: readonly string[];
  readonly conditions?: readonly string[];
  readonly names?: Readonly<Record<string, string>>;
  readonly values?: Readonly<Record<string, unknown>>;
}

/**
 * The case item's update for a lifecycle transition (domain/case-lifecycle.ts): its fields, and the
 * index attributes that put it where the transition says (gsi1pk + gsi1sk: byDue, teamId + gsi1sk:
 * byTeam, as DEADLINE_INDEXES places each deadline state; gsi2: byPendingStep),
 * conditional on the status the transition started from. Nothing here decides a status.
 */
export function caseTransitionUpdate(
  tableName: string,
  caseId: string,
  transition: Pick<CaseTransition, 'from' | 'set' | 'indexes'> & {
    readonly remove?: CaseTransition['remove'];
  },
  extras: UpdateExtras = {},
): TransactItem {
  const names: Record<string, string> = { '#status': 'status', ...extras.names };
  const values: Record<string, unknown> = { ':fromStatus': transition.from, ...extras.values };
  const sets: string[] = [];
  const removes: string[] = [...(transition.remove ?? [])];
  for (const [field, value] of Object.entries(transition.set)) {
    if (value === undefined) continue;
    names[`#${field}`] = field;
    values[`:${field}`] = value;
    sets.push(`#${field} = :${field}`);
  }
  const { open, byPendingStep } = transition.indexes;
  if (open === 'none') removes.push('gsi1pk', 'gsi1sk');
  else if (open !== 'unchanged') {
    const indexes: readonly string[] = DEADLINE_INDEXES[open.clock];
    const running = openIndexAttributes(caseId, open.dueAt);
    // Every open case is in byTeam (its teamId is always set): the sort key places it there.
    values[':gsi1sk'] = indexes.includes('byDue') ? running.gsi1sk : pausedSortKey(caseId, open.dueAt);
    sets.push('gsi1sk = :gsi1sk');
    if (indexes.includes('byDue')) {
      values[':gsi1pk'] = running.gsi1pk;
      sets.push('gsi1pk = :gsi1pk');
    } else {
      removes.push('gsi1pk');
    }
  }
  if (byPendingStep === 'none') removes.push('gsi2pk', 'gsi2sk');
  else if (byPendingStep !== 'unchanged') {
    if (byPendingStep.since === undefined) {
      // Another step, same sort key: the time it entered its wait stays.
      values[':gsi2pk'] = pendingPartition(byPendingStep.step, shardOf(caseId));
      sets.push('gsi2pk = :gsi2pk');
    } else {
      const pending = pendingIndexAttributes(byPendingStep.step, caseId, byPendingStep.since);
      values[':gsi2pk'] = pending.gsi2pk;
      values[':gsi2sk'] = pending.gsi2sk;
      sets.push('gsi2pk = :gsi2pk', 'gsi2sk = :gsi2sk');
    }
  }
  sets.push(...(extras.sets ?? []));
  return {
    Update: {
      TableName: tableName,
      Key: caseKey(caseId),
      UpdateExpression: [
        ...(sets.length > 0 ? [`SET ${sets.join(', ')}`] : []),
        ...(removes.length > 0 ? [`REMOVE ${removes.join(', ')}`] : []),
      ].join(' '),
      ConditionExpression: ['#status = :fromStatus', ...(extras.conditions ?? [])].join(' AND '),
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}
