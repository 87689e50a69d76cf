/**
 * The case table as the desk declares it: keys, indexes and TTL attribute, read by the CDK stack,
 * the DynamoDB adapters and the local runtime (re-exported by desk-resources.ts).
 */

export type AttributeType = 'S' | 'N';

export interface KeyAttribute {
  readonly name: string;
  readonly type: AttributeType;
}

export interface IndexDeclaration {
  readonly indexName: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey: KeyAttribute;
  /** Attributes copied into the index besides the keys; the rest needs a read of the base item. */
  readonly nonKeyAttributes: readonly string[];
}

export interface TableDeclaration {
  readonly id: string;
  readonly envVar: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey: KeyAttribute;
  readonly timeToLiveAttribute: string;
  readonly globalSecondaryIndexes: readonly IndexDeclaration[];
}

export const CASE_TABLE = {
  id: 'Cases',
  envVar: 'TABLE_NAME',
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  timeToLiveAttribute: 'expiresAt',
  globalSecondaryIndexes: [
    {
      // Open cases by due instant, sharded (gsi1pk = OPEN#<shard>) so that no partition gets hot;
      // the escalation sweep queries each shard up to its horizon instead of scanning.
      // gsi1sk = <dueAt ISO>#<caseId>; the projection holds what the escalation ladder decides on.
      indexName: 'byDue',
      partitionKey: { name: 'gsi1pk', type: 'S' },
      sortKey: { name: 'gsi1sk', type: 'S' },
      nonKeyAttributes: [
        'caseId',
        'reference',
        'type',
        'status',
        'teamId',
        'assigneeId',
        'assignedAt',
        'receivedAt',
        'verifiedAt',
        'firstResponseAt',
        'deadline',
        'escalationsSent',
      ],
    },
    {
      // Cases waiting for a pipeline step (e.g. stored but not yet routed), by the time they
      // entered that state; the sweep re-drives the ones stuck too long.
      indexName: 'byPendingStep',
      partitionKey: { name: 'gsi2pk', type: 'S' },
      sortKey: { name: 'gsi2sk', type: 'S' },
      nonKeyAttributes: ['caseId', 'status'],
    },
    {
      // A team's open cases by due instant, for the staff lists, the report and the digests: one
      // Query per team instead of every open case. Sparse without attributes of its own: its sort key
      // is byDue's (gsi1sk), removed when a case closes; a paused case keeps a sort key (after every
      // due instant, adapters/dynamodb/keys.ts) but not byDue's gsi1pk. Every case has its teamId
      // from intake on, so a case moves between teams with its teamId and can never be left behind.
      indexName: 'byTeam',
      partitionKey: { name: 'teamId', type: 'S' },
      sortKey: { name: 'gsi1sk', type: 'S' },
      nonKeyAttributes: ['caseId', 'reference', 'type', 'status', 'receivedAt', 'deadline'],
    },
  ],
} as const satisfies TableDeclaration;

export type IndexName = (typeof CASE_TABLE.globalSecondaryIndexes)[number]['indexName'];
