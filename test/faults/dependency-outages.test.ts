import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DeskServices } from '../../local/desk-runtime.ts';
import { runSweep } from '../helpers/escalation.ts';
import {
  checkDeliveries,
  deadLetters,
  eventually,
  FAULT_SUBMISSIONS,
  type FaultDeskOptions,
  type FaultWorld,
  quiescent,
  reportFigures,
  type Submission,
  type SubmitOutcome,
  sesOutage,
  startDeskInProcess,
  startFaultWorld,
  storedCases,
  submissions,
  submit,
  submitConcurrently,
} from '../helpers/fault-desk.ts';

/*
 * One of the services the desk depends on goes away while it works, then comes back: SQS at
 * submission, SES while cases are routed and acknowledged, DynamoDB Local restarted in the middle of
 * submissions. The desk's gateway and pollers run in this process; the emulators are really stopped
 * (they stop answering on their port, and keep their state, as the managed services would).
 */

let world: FaultWorld;
let desk: DeskServices | undefined;

beforeAll(async () => {
  world = await startFaultWorld();
});

afterEach(async () => {
  await desk?.stop();
  desk = undefined;
});

afterAll(async () => {
  await world?.stop();
});

async function startDesk(options: FaultDeskOptions): Promise<string> {
  desk = await startDeskInProcess(world, options);
  return desk.gateway.url;
}

const referencesOf = (batch: readonly Submission[], outcomes: readonly SubmitOutcome[]) =>
  new Map(
    outcomes.flatMap((outcome, i) =>
      outcome.kind === 'answered' && outcome.reference ? [[outcome.reference, batch[i]!.email] as const] : [],
    ),
  );

const answerOf = (outcome: SubmitOutcome) =>
  outcome.kind === 'answered' ? String(outcome.status) : `failed (${outcome.error})`;

describe('SQS unavailable at submission', () => {
  it('the requester gets 201 and the case is stored; once SQS is back, a sweep routes and acknowledges it once', async () => {
    // Prepare
    const url = await startDesk({ retryDelaySeconds: 1, visibilityTimeoutSeconds: 5 });
    const batch = submissions(world, 5, 'sqs-down');
    const deadLettersBefore = await deadLetters(world);
    const since = Date.now();
    const casesBefore = (await storedCases(world)).length;

    // Act
    await world.sqs.suspend();
    const outcomes = await Promise.all(batch.map((submission) => submit(url, submission)));
    const health = await fetch(`${url}/health`);
    const stored = await storedCases(world);
    await world.sqs.resume();
    const sweep = await runSweep(new Date(Date.now() + 15 * 60_000));
    await quiescent(world);

    // Assess
    expect(outcomes.map((o) => o.kind === 'answered' && o.status)).toEqual([201, 201, 201, 201, 201]);
    expect({ status: health.status, body: await health.json() }).toEqual({
      status: 503,
      body: { status: 'degraded', checks: { dynamodb: 'ok', sqs: 'down' } },
    });
    expect(stored.length - casesBefore).toBe(5);
    expect(stored.filter((c) => referencesOf(batch, outcomes).has(c.reference)).map((c) => c.status)).toEqual(
      ['received', 'received', 'received', 'received', 'received'],
    );
    expect(sweep.redriven).toHaveLength(5);
    const check = await checkDeliveries(world, referencesOf(batch, outcomes), { since });
    expect(check.problems).toEqual([]);
    expect(await deadLetters(world)).toEqual(deadLettersBefore);
  });
});

describe('SES unavailable while cases are routed', () => {
  it('every email is refused and retried while SES is down, then sent once', async () => {
    // Prepare
    const url = await startDesk({ retryDelaySeconds: 3, visibilityTimeoutSeconds: 15 });
    const batch = submissions(world, 5, 'ses-down');
    const since = Date.now();
    const deadLettersBefore = await deadLetters(world);
    const outage = await sesOutage(world);

    // Act
    const outcomes = await Promise.all(batch.map((submission) => submit(url, submission)));
    const references = referencesOf(batch, outcomes);
    // Both emails of each case (acknowledgement, case-assigned) refused at least twice: tried again.
    await eventually(async () => {
      const retried = [...references].every(([reference, email]) => {
        const { to, toOthers } = outage.attemptsFor(reference, email);
        return to >= 2 && toOthers >= 2;
      });
      return retried || undefined;
    }, 90_000);
    const routedWhileDown = (await storedCases(world)).filter(
      (c) => references.has(c.reference) && c.status === 'assigned',
    ).length;
    await outage.restore();
    // SES down longer than a message's receives dead-letters it; the outbox keeps it, and the
    // sweep re-drives it (in AWS after 5 receives of 3 minutes, here after 5 of 3 seconds). The
    // sweep also re-enqueues what is still being retried: the sender sends each outbox entry once.
    const sweep = await runSweep(new Date(Date.now() + 15 * 60_000));
    await quiescent(world);

    // Assess
    const deadLettered = (await deadLetters(world)).notify - deadLettersBefore.notify;
    reportFigures('SES unavailable while routing', {
      cases: references.size,
      refusedAttempts: [...references].reduce((sum, [reference, email]) => {
        const { to, toOthers } = outage.attemptsFor(reference, email);
        return sum + to + toOthers;
      }, 0),
      deadLettered,
      redrivenBySweep: sweep.notificationsRedriven,
    });
    expect(outcomes.map((o) => o.kind === 'answered' && o.status)).toEqual([201, 201, 201, 201, 201]);
    expect(routedWhileDown).toBe(5);
    const check = await checkDeliveries(world, references, { since });
    expect(check.problems).toEqual([]);
  });
});

describe('DynamoDB Local restarted in the middle of submissions', () => {
  it('requests during the restart fail with 5xx, their retries succeed, and every case is routed and acknowledged once', async () => {
    // Prepare: retries spaced wider than the restart, as the queue's 3-minute visibility is in AWS.
    const url = await startDesk({ retryDelaySeconds: 5, visibilityTimeoutSeconds: 30 });
    const batch = submissions(world, FAULT_SUBMISSIONS, 'dynamodb-restart');
    const deadLettersBefore = await deadLetters(world);
    let answered = 0;
    let restart: Promise<void> | undefined;
    let restartBegan = 0;
    const started = Date.now();

    // Act: restart DynamoDB Local once a quarter has been answered; the clients keep submitting.
    const firstRound = await submitConcurrently(batch, async (submission) => {
      const outcome = await submit(url, submission);
      if (outcome.kind === 'answered' && ++answered === Math.ceil(batch.length / 4)) {
        restartBegan = Date.now();
        restart = world.restartDynamoDb();
      }
      return outcome;
    });
    await restart;
    const restartedAt = Date.now();
    const retries = new Map<number, SubmitOutcome>();
    for (const [i, outcome] of firstRound.entries()) {
      if (outcome.kind !== 'answered' || outcome.status >= 500) retries.set(i, await submit(url, batch[i]!));
    }
    const final = firstRound.map((outcome, i) => retries.get(i) ?? outcome);
    await runSweep(new Date(Date.now() + 15 * 60_000));
    await quiescent(world);

    // Assess
    const references = referencesOf(batch, final);
    // An email SES took while DynamoDB was down could not be recorded as sent: it goes again (at
    // least once, as after a crash). Only such copies, sent before the restart completed, are allowed.
    const check = await checkDeliveries(world, references, {
      since: started,
      unrecordedUntil: Math.ceil(restartedAt / 1000),
    });
    reportFigures('DynamoDB Local restarted mid-run', {
      submissions: batch.length,
      restartMs: restartedAt - restartBegan,
      failedDuringRestart: retries.size,
      duplicatesSentDuringRestart: check.crashWindowDuplicates,
      recoveredMs: Date.now() - started,
    });
    expect(
      firstRound
        .filter((o) => o.kind === 'answered' && o.status < 500)
        .map((o) => o.kind === 'answered' && o.status),
    ).toEqual(firstRound.filter((o) => o.kind === 'answered' && o.status < 500).map(() => 201));
    expect(final.filter((o) => o.kind !== 'answered' || (o.status !== 200 && o.status !== 201))).toEqual([]);
    // Each problem with the answers its submission got, first round and retry.
    const answers = new Map(
      final.flatMap((o, i) =>
        o.kind === 'answered' && o.reference
          ? [
              [
                o.reference,
                [firstRound[i], retries.get(i)].flatMap((a) => (a ? [answerOf(a)] : [])).join(' then '),
              ],
            ]
          : [],
      ),
    );
    expect(check.problems.map((p) => `${p} [${answers.get(p.split(':')[0] ?? '') ?? '?'}]`)).toEqual([]);
    expect(await deadLetters(world)).toEqual(deadLettersBefore);
  });
});
