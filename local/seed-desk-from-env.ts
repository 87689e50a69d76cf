import { keysFromEnv } from '../adapters/crypto/keys-from-env.ts';
import {
  assignmentStoreFromEnv,
  inboundStoreFromEnv,
  intakeStoreFromEnv,
  notificationQueueFromEnv,
  settingsFromEnv,
  staffStoreFromEnv,
  suppressionQueueFromEnv,
} from '../functions/shared/wiring.ts';
import { type SeededCase, seedDesk } from './seed-desk.ts';
import type { SeedPlanEntry } from './seed-plan.ts';

/**
 * Seeds the desk the environment names (the local runtime's tables, queues and keys), as the
 * functions themselves would reach it: `desk seed` and the console's browser test share this wiring.
 */
export async function seedDeskFromEnv(plan: readonly SeedPlanEntry[], now: Date): Promise<SeededCase[]> {
  const { cipher, hasher } = await keysFromEnv();
  return seedDesk(plan, {
    intake: intakeStoreFromEnv(),
    assignments: assignmentStoreFromEnv(),
    staff: staffStoreFromEnv(),
    inbound: inboundStoreFromEnv(),
    notificationQueue: notificationQueueFromEnv(),
    suppressionQueue: suppressionQueueFromEnv(),
    cipher,
    hasher,
    settings: settingsFromEnv(),
    now,
  });
}
