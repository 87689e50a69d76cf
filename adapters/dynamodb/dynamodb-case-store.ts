import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CaseStore } from '../../domain/case-store.ts';
import { DynamoDbCaseTable } from './dynamodb-case-table.ts';
import { DynamoDbDeliveryStore } from './dynamodb-delivery-store.ts';
import { DynamoDbEscalationStore } from './dynamodb-escalation-store.ts';
import { DynamoDbIntakeStore } from './dynamodb-intake-store.ts';
import { DynamoDbOutboxStore } from './dynamodb-outbox-store.ts';
import { DynamoDbRetentionStore } from './dynamodb-retention-store.ts';
import { DynamoDbRoutingRedriveStore } from './dynamodb-routing-redrive-store.ts';
import { DynamoDbVerificationStore } from './dynamodb-verification-store.ts';

/**
 * Every case port on one table, for the wiring and the local runtime: each method is the small
 * store's that owns it (domain/case-store.ts lists the ports).
 */
export class DynamoDbCaseStore extends DynamoDbCaseTable implements CaseStore {
  private readonly intake: DynamoDbIntakeStore;
  private readonly outbox: DynamoDbOutboxStore;
  private readonly routing: DynamoDbRoutingRedriveStore;
  private readonly escalation: DynamoDbEscalationStore;
  private readonly verification: DynamoDbVerificationStore;
  private readonly retention: DynamoDbRetentionStore;
  private readonly delivery: DynamoDbDeliveryStore;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    super(client, tableName);
    this.intake = new DynamoDbIntakeStore(client, tableName);
    this.outbox = new DynamoDbOutboxStore(client, tableName);
    this.routing = new DynamoDbRoutingRedriveStore(client, tableName);
    this.escalation = new DynamoDbEscalationStore(client, tableName);
    this.verification = new DynamoDbVerificationStore(client, tableName);
    this.retention = new DynamoDbRetentionStore(client, tableName);
    this.delivery = new DynamoDbDeliveryStore(client, tableName);
  }

  createCase: CaseStore['createCase'] = (...args) => this.intake.createCase(...args);
  findByReference: CaseStore['findByReference'] = (...args) => this.intake.findByReference(...args);
  findVerification: CaseStore['findVerification'] = (...args) => this.intake.findVerification(...args);
  markVerified: CaseStore['markVerified'] = (...args) => this.intake.markVerified(...args);

  getNotification: CaseStore['getNotification'] = (...args) => this.outbox.getNotification(...args);
  claimNotificationSend: CaseStore['claimNotificationSend'] = (...args) =>
    this.outbox.claimNotificationSend(...args);
  releaseNotificationSend: CaseStore['releaseNotificationSend'] = (...args) =>
    this.outbox.releaseNotificationSend(...args);
  recordNotificationSent: CaseStore['recordNotificationSent'] = (...args) =>
    this.outbox.recordNotificationSent(...args);
  listPendingNotifications: CaseStore['listPendingNotifications'] = (...args) =>
    this.outbox.listPendingNotifications(...args);
  claimNotificationRedrive: CaseStore['claimNotificationRedrive'] = (...args) =>
    this.outbox.claimNotificationRedrive(...args);
  giveUpNotification: CaseStore['giveUpNotification'] = (...args) => this.outbox.giveUpNotification(...args);

  listAwaitingRouting: CaseStore['listAwaitingRouting'] = (...args) =>
    this.routing.listAwaitingRouting(...args);
  claimRoutingRedrive: CaseStore['claimRoutingRedrive'] = (...args) =>
    this.routing.claimRoutingRedrive(...args);
  giveUpRouting: CaseStore['giveUpRouting'] = (...args) => this.routing.giveUpRouting(...args);

  listOpenCases: CaseStore['listOpenCases'] = (...args) => this.escalation.listOpenCases(...args);
  readTeamOpenCases: CaseStore['readTeamOpenCases'] = (...args) => this.escalation.readTeamOpenCases(...args);
  listClosedCases: CaseStore['listClosedCases'] = (...args) => this.escalation.listClosedCases(...args);
  recordEscalation: CaseStore['recordEscalation'] = (...args) => this.escalation.recordEscalation(...args);
  digestsSent: CaseStore['digestsSent'] = (...args) => this.escalation.digestsSent(...args);
  recordDigest: CaseStore['recordDigest'] = (...args) => this.escalation.recordDigest(...args);
  digestProgress: CaseStore['digestProgress'] = (...args) => this.escalation.digestProgress(...args);
  saveDigestProgress: CaseStore['saveDigestProgress'] = (...args) =>
    this.escalation.saveDigestProgress(...args);

  recordVerificationReminder: CaseStore['recordVerificationReminder'] = (...args) =>
    this.verification.recordVerificationReminder(...args);
  closeUnverified: CaseStore['closeUnverified'] = (...args) => this.verification.closeUnverified(...args);

  listDueForPurge: CaseStore['listDueForPurge'] = (...args) => this.retention.listDueForPurge(...args);
  purgeCase: CaseStore['purgeCase'] = (...args) => this.retention.purgeCase(...args);

  findEmailMessage: CaseStore['findEmailMessage'] = (...args) => this.delivery.findEmailMessage(...args);
  recordDeliveryProblem: CaseStore['recordDeliveryProblem'] = (...args) =>
    this.delivery.recordDeliveryProblem(...args);
}
