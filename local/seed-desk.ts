import { verify } from '../domain/case-lifecycle.ts';
import type { CaseRecord } from '../domain/case-model.ts';
import type { IntakeStore, RouteQueue } from '../domain/case-store.ts';
import { memberById } from '../domain/config/desk-config.ts';
import type { ContentCipher, KeyedHasher } from '../domain/content-cipher.ts';
import type { DeskSettings } from '../domain/desk-settings.ts';
import type { InboundStore } from '../domain/inbound/inbound-store.ts';
import { openCase } from '../domain/intake/submit-request.ts';
import type { NotificationQueue } from '../domain/notifications/notification.ts';
import type { AssignmentStore } from '../domain/routing/assignment-store.ts';
import { routeCase } from '../domain/routing/route-case.ts';
import type { SuppressionQueue } from '../domain/routing/suppression-queue.ts';
import { applyStaffAction } from '../domain/staff/staff-actions.ts';
import type { StaffCaseStore } from '../domain/staff/staff-case-store.ts';
import { type StaffIdentity, staffIdentity } from '../domain/staff/staff-identity.ts';
import type { SeedKind, SeedPlanEntry } from './seed-plan.ts';

export { SEED_KINDS, type SeedKind, type SeedPlanEntry, seededRandom, seedPlan } from './seed-plan.ts';

/* Makes the cases of a seed plan (seed-plan.ts) with the desk's own functions, each at its own past moment. */

export interface SeedDeps {
  readonly intake: IntakeStore;
  readonly assignments: AssignmentStore;
  readonly staff: StaffCaseStore;
  readonly inbound: InboundStore;
  readonly notificationQueue: NotificationQueue;
  readonly suppressionQueue: SuppressionQueue;
  readonly cipher: ContentCipher;
  readonly hasher: KeyedHasher;
  readonly settings: DeskSettings;
  readonly now: Date;
}

export interface SeededCase {
  readonly reference: string;
  readonly kind: SeedKind;
  readonly record: CaseRecord;
  /** The made-up requester's address (example.net), to find their emails in the SES emulator. */
  readonly requesterEmail: string;
  /** Actions skipped because the configuration does not allow them (pauses while disabled). */
  readonly skipped: readonly string[];
}

// The seed routes each case itself, at its own past moment, instead of through the queue.
const noRouting: RouteQueue = { enqueue: async () => undefined, ping: async () => undefined };

/** The person who acts on a case: its assignee, else its team manager. */
function actor(record: CaseRecord, settings: DeskSettings): StaffIdentity | undefined {
  const { config } = settings;
  const member = memberById(config, record.assigneeId);
  const team = config.teams.find((candidate) => candidate.id === record.teamId);
  const email = member?.email ?? team?.manager.email;
  return email ? staffIdentity(config, email) : undefined;
}

/** Makes the planned cases on the desk; returns them as they ended up. */
export async function seedDesk(plan: readonly SeedPlanEntry[], deps: SeedDeps): Promise<SeededCase[]> {
  const seeded: SeededCase[] = [];
  for (const entry of plan) {
    const at = (instant: Date) => (instant.getTime() > deps.now.getTime() ? deps.now : instant);
    const opened = await openCase(
      { ...entry.submission, language: entry.submission.language ?? 'en' },
      {
        channel: entry.channel,
        idempotencyKey: `seed-${entry.index}-${entry.submission.email}`,
        ...(entry.channel === 'form'
          ? {}
          : { takenByStaff: { receivedAt: entry.receivedAt, actor: 'seed', acknowledge: true } }),
      },
      {
        store: deps.intake,
        routeQueue: noRouting,
        notificationQueue: deps.notificationQueue,
        cipher: deps.cipher,
        hasher: deps.hasher,
        settings: deps.settings,
        now: entry.receivedAt,
      },
    );
    let record = await deps.staff.getCase(opened.caseId);
    if (!record) throw new Error(`seed: case ${opened.caseId} not stored`);
    const skipped: string[] = [];
    if (entry.kind !== 'unconfirmed' && opened.statusCode === 201) {
      const confirmedAt = at(new Date(entry.receivedAt.getTime() + 40 * 60_000));
      if (record.status === 'awaiting_verification') {
        await deps.intake.markVerified(record.caseId, {
          transition: verify(record, { at: confirmedAt.toISOString(), deadline: record.deadline }),
          audit: {
            caseId: record.caseId,
            at: confirmedAt.toISOString(),
            action: 'case.verified',
            actor: 'requester',
          },
          notifications: [],
        });
      }
      await routeCase(
        { caseId: record.caseId },
        {
          store: deps.assignments,
          notificationQueue: deps.notificationQueue,
          suppressionQueue: deps.suppressionQueue,
          cipher: async () => deps.cipher,
          settings: deps.settings,
          now: at(new Date(confirmedAt.getTime() + 60_000)),
        },
      );
      for (const step of entry.actions) {
        record = (await deps.staff.getCase(record.caseId)) ?? record;
        if (step.action.action === 'pause' && !deps.settings.deadlinePolicy.pausesEnabled) {
          skipped.push('pause');
          continue;
        }
        const identity = actor(record, deps.settings);
        if (!identity) {
          skipped.push(step.action.action);
          continue;
        }
        await applyStaffAction(
          record.reference,
          step.action,
          `seed-${entry.index}-${step.action.action}`,
          identity,
          {
            store: deps.staff,
            inbound: deps.inbound,
            notificationQueue: deps.notificationQueue,
            suppressionQueue: deps.suppressionQueue,
            cipher: deps.cipher,
            config: deps.settings.config,
            deadlinePolicy: deps.settings.deadlinePolicy,
            now: at(step.at),
          },
        );
      }
    }
    record = (await deps.staff.getCase(record.caseId)) ?? record;
    seeded.push({
      reference: record.reference,
      kind: entry.kind,
      record,
      requesterEmail: entry.submission.email,
      skipped,
    });
  }
  return seeded;
}
