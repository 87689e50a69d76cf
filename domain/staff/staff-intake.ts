import { ValidationError } from '../errors.ts';
import type { Submission } from '../intake/submission-schema.ts';
import { type IntakeDeps, openCase } from '../intake/submit-request.ts';
import { parseOrThrow } from '../validation.ts';
import { StaffCaseOpeningSchema } from './staff-api-schemas.ts';
import type { StaffIdentity } from './staff-identity.ts';

/*
 * A request that came by letter, by phone or in person, entered by a staff member: made as the web
 * form makes a case (intake/submit-request.ts `openCase`: the team by the routing rules, routed,
 * sealed), received when it reached the group (the deadline counts from then, not from the
 * typing), no email verification (the staff member took it from the person), and acknowledged by
 * email only when an address was given.
 */

/** Staff may date a request back this far: older paper belongs in a case by hand, with the DPO. */
const MAX_BACKDATING_DAYS = 92;

export interface StaffOpenResult {
  readonly statusCode: 201 | 200;
  readonly reference: string;
  readonly caseId: string;
  readonly duplicate: boolean;
  readonly acknowledged: boolean;
}

export async function openStaffCase(
  body: unknown,
  idempotencyKey: string | undefined,
  identity: StaffIdentity,
  deps: IntakeDeps,
): Promise<StaffOpenResult> {
  const opening = parseOrThrow(StaffCaseOpeningSchema, body ?? null);
  const receivedAt = new Date(opening.receivedAt);
  if (receivedAt.getTime() > deps.now.getTime()) {
    throw new ValidationError([{ field: 'receivedAt', message: 'Must not be in the future' }]);
  }
  if (deps.now.getTime() - receivedAt.getTime() > MAX_BACKDATING_DAYS * 86_400_000) {
    throw new ValidationError([{ field: 'receivedAt', message: `At most ${MAX_BACKDATING_DAYS} days ago` }]);
  }
  if (idempotencyKey !== undefined && !/^[\x21-\x7e]{1,255}$/.test(idempotencyKey)) {
    throw new ValidationError([
      { field: 'Idempotency-Key', message: 'Must be 1 to 255 visible ASCII characters (header)' },
    ]);
  }
  const submission: Submission = {
    type: opening.type,
    name: opening.name,
    email: opening.email ?? '',
    relationship: opening.relationship,
    country: opening.country,
    language: opening.language,
    message: opening.message,
    consent: undefined,
    ...(opening.phone ? { phone: opening.phone } : {}),
    ...(opening.company ? { company: opening.company } : {}),
    ...(opening.service ? { service: opening.service } : {}),
  };
  const acknowledge = opening.email !== undefined;
  const opened = await openCase(
    submission,
    {
      channel: opening.channel,
      // Scoped to the person entering it: a retry of the same entry opens nothing twice.
      ...(idempotencyKey
        ? { idempotencyKey: `staff:${identity.email.toLowerCase()}:${idempotencyKey}` }
        : {}),
      takenByStaff: { receivedAt, actor: staffActor(identity), acknowledge },
    },
    deps,
  );
  return {
    statusCode: opened.statusCode,
    reference: opened.response.reference,
    caseId: opened.caseId,
    duplicate: opened.statusCode === 200,
    acknowledged: acknowledge && opened.statusCode === 201,
  };
}

/** The audit actor of the person entering a request: as the email commands name them. */
function staffActor(identity: StaffIdentity): string {
  if (identity.dpo) return 'dpo';
  if (identity.managedTeamIds[0]) return `manager:${identity.managedTeamIds[0]}`;
  return identity.memberId ?? 'unknown';
}
