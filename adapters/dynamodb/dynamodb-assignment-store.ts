import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { OPT_OUT_SCOPES, type OptOutScope } from '../../domain/queue-messages/opt-out-scopes.ts';
import type {
  Assignment,
  AssignmentStore,
  OptOutClosure,
  RoutingWriteOutcome,
  StoredTeamLoad,
  SuppressionEntry,
} from '../../domain/routing/assignment-store.ts';
import { auditPut, type Item, notificationPut, suppressionUpdate, type TransactItem } from './case-items.ts';
import { caseTransitionUpdate } from './case-transition.ts';
import { DynamoDbCaseTable } from './dynamodb-case-table.ts';
import { memberLoadKey, suppressionKey, teamRoutingKey } from './keys.ts';
import type { LabelledItem } from './labelled-transaction.ts';
import { retryUnprocessed } from './retry-unprocessed.ts';

/** Items of a routing transaction whose failed condition means something. */
type RoutingItem = 'case' | 'team';

/** BatchGetItem reads at most 100 keys per call. */
const BATCH_GET_LIMIT = 100;

/**
 * The transaction item that releases one open case of a member (never below zero), for a step that
 * closes or reassigns a case in its own transaction (a staff `#close` or `#assign` reply).
 * `releaseOpenCase` runs it alone.
 */
export function releaseOpenCaseUpdate(tableName: string, memberId: string): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: memberLoadKey(memberId),
      UpdateExpression: 'ADD openCases :minusOne',
      ConditionExpression: 'openCases > :zero',
      ExpressionAttributeValues: { ':minusOne': -1, ':zero': 0 },
    },
  };
}

/**
 * DynamoDB implementation of the router's port. Each routing change is one transaction: the case
 * (conditional on `received`), the team's routing state (conditional on the version read, so that
 * concurrent assignments in a team take turns and loads stay balanced), the assignee's counter, the
 * audit events and the outbox notifications.
 */
export class DynamoDbAssignmentStore extends DynamoDbCaseTable implements AssignmentStore {
  async getTeamLoad(teamId: string, memberIds: readonly string[]): Promise<StoredTeamLoad> {
    const teamKey = teamRoutingKey(teamId);
    const items = await this.batchGet([teamKey, ...memberIds.map(memberLoadKey)]);
    const team = items.find((item) => item.pk === teamKey.pk && item.sk === teamKey.sk);
    const openCases = new Map<string, number>();
    for (const memberId of memberIds) {
      const key = memberLoadKey(memberId);
      const item = items.find((candidate) => candidate.pk === key.pk && candidate.sk === key.sk);
      if (item) openCases.set(memberId, Number(item.openCases ?? 0));
    }
    return {
      openCases,
      ...(typeof team?.lastAssignedMemberId === 'string'
        ? { lastAssignedMemberId: team.lastAssignedMemberId }
        : {}),
      version: Number(team?.assignments ?? 0),
    };
  }

  async assignCase(assignment: Assignment): Promise<RoutingWriteOutcome> {
    // Without a member the case waits for assignment (byPendingStep `assign`), where the escalation
    // sweep finds it for the manager's unassigned step whatever its due date.
    return this.routingTransaction(assignment, [
      caseTransitionUpdate(this.tableName, assignment.caseId, assignment.transition),
      ...(assignment.countsTowardsLoadOf !== undefined
        ? [
            {
              Update: {
                TableName: this.tableName,
                Key: memberLoadKey(assignment.countsTowardsLoadOf),
                UpdateExpression: 'SET memberId = :memberId ADD openCases :one',
                ExpressionAttributeValues: { ':memberId': assignment.countsTowardsLoadOf, ':one': 1 },
              },
            },
          ]
        : []),
    ]);
  }

  async closeOptOut(closure: OptOutClosure): Promise<RoutingWriteOutcome> {
    const informed = closure.memberId !== undefined;
    return this.routingTransaction(closure, [
      caseTransitionUpdate(this.tableName, closure.caseId, closure.transition, {
        sets: [
          'teamId = :teamId',
          'controllerIsCustomer = :controllerIsCustomer',
          // The member told of the opt-out; the case never counts towards their open cases.
          ...(informed ? ['assigneeId = :assigneeId', 'assignedAt = :at'] : []),
        ],
        values: {
          ':teamId': closure.teamId,
          ':controllerIsCustomer': closure.controllerIsCustomer,
          ...(informed ? { ':assigneeId': closure.memberId, ':at': closure.at } : {}),
        },
      }),
      suppressionUpdate(this.tableName, closure.emailHash, closure),
    ]);
  }

  async isSuppressed(emailHash: string): Promise<boolean> {
    return (await this.get(suppressionKey(emailHash))) !== undefined;
  }

  async findSuppression(emailHash: string): Promise<SuppressionEntry | undefined> {
    const item = await this.get(suppressionKey(emailHash));
    if (!item) return undefined;
    const stored = item.scopes instanceof Set ? [...(item.scopes as Set<string>)] : [];
    // Entries written before scopes were recorded came from the form's opt-out, which stops both.
    const scopes =
      stored.length > 0
        ? OPT_OUT_SCOPES.filter((scope: OptOutScope) => stored.includes(scope))
        : [...OPT_OUT_SCOPES];
    return {
      suppressedAt: String(item.suppressedAt),
      scopes,
      lastRequestedAt: String(item.lastRequestedAt ?? item.suppressedAt),
    };
  }

  async releaseOpenCase(memberId: string): Promise<void> {
    const { Update } = releaseOpenCaseUpdate(this.tableName, memberId);
    try {
      await this.client.send(new UpdateCommand(Update as ConstructorParameters<typeof UpdateCommand>[0]));
    } catch (error) {
      // Already at zero (or never counted): nothing to release.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  /**
   * Runs `caseItems` (the case update first, carrying the `received` condition) with the team's
   * round-robin state, the audit events and the notifications.
   */
  private async routingTransaction(
    write: Assignment | OptOutClosure,
    caseItems: TransactItem[],
  ): Promise<RoutingWriteOutcome> {
    const teamItem: LabelledItem<RoutingItem>[] =
      write.memberId !== undefined
        ? [
            {
              label: 'team',
              item: {
                Update: {
                  TableName: this.tableName,
                  Key: teamRoutingKey(write.teamId),
                  UpdateExpression:
                    'SET teamId = :teamId, lastAssignedMemberId = :memberId, updatedAt = :at ADD assignments :one',
                  ConditionExpression:
                    write.teamVersion === 0 ? 'attribute_not_exists(assignments)' : 'assignments = :version',
                  ExpressionAttributeValues: {
                    ':teamId': write.teamId,
                    ':memberId': write.memberId,
                    ':at': write.at,
                    ':one': 1,
                    ...(write.teamVersion === 0 ? {} : { ':version': write.teamVersion }),
                  },
                },
              },
            },
          ]
        : [];
    const [caseItem, ...otherCaseItems] = caseItems;
    if (!caseItem) throw new Error('A routing transaction starts with the case');
    const entries: LabelledItem<RoutingItem>[] = [
      { label: 'case', item: caseItem },
      ...teamItem,
      ...otherCaseItems.map((item) => ({ item })),
      ...write.audit.map((audit) => ({ item: auditPut(this.tableName, audit) })),
      ...write.notifications.map((notification) => ({ item: notificationPut(this.tableName, notification) })),
    ];
    // A concurrent transaction on one of the items (a delivery, an assignment in the team): decide
    // again on what is stored now.
    const outcome = await this.labelledTransaction(entries, { yieldOnConflict: true });
    if (outcome === 'written') return 'written';
    if (outcome !== 'conflict' && outcome.has('case')) return 'already_routed';
    return 'team_changed';
  }

  private async batchGet(keys: readonly { pk: string; sk: string }[]): Promise<Item[]> {
    const items: Item[] = [];
    for (let start = 0; start < keys.length; start += BATCH_GET_LIMIT) {
      const keysOfBatch: Item[] = keys.slice(start, start + BATCH_GET_LIMIT).map((key) => ({ ...key }));
      await retryUnprocessed('Team load reads', keysOfBatch, async (pending) => {
        const { Responses, UnprocessedKeys } = await this.client.send(
          new BatchGetCommand({
            RequestItems: { [this.tableName]: { Keys: [...pending], ConsistentRead: true } },
          }),
        );
        items.push(...(Responses?.[this.tableName] ?? []));
        return UnprocessedKeys?.[this.tableName]?.Keys;
      });
    }
    return items;
  }
}
