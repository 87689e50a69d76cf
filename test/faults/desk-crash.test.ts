import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../local/ports.ts';
import { runSweep } from '../helpers/escalation.ts';
import {
  checkDeliveries,
  type DeskProcess,
  deadLetters,
  FAULT_SUBMISSIONS,
  type FaultWorld,
  quiescent,
  reportFigures,
  type SubmitOutcome,
  startDeskProcess,
  startFaultWorld,
  submissions,
  submit,
  submitConcurrently,
} from '../helpers/fault-desk.ts';

/*
 * kill -9 of the desk's compute (gateway, intake, routing and sending, one process) in the middle of
 * N submissions from 20 concurrent clients. The emulators play SQS, SES and DynamoDB and outlive it.
 * After a restart, the clients' retries (same Idempotency-Key) and one sweep past the stuck
 * threshold, nothing is lost and nothing is done twice.
 */

let world: FaultWorld;
const desks: DeskProcess[] = [];

beforeAll(async () => {
  world = await startFaultWorld();
  world.useDeskEnvironment();
});

afterAll(async () => {
  for (const desk of desks) await desk.kill();
  await world?.stop();
});

/*
 * A failed record comes back after 8 s, as in AWS it comes back after the queue's visibility timeout
 * (180 s), which outlasts a send claim (the sender's timeout, 30 s). A kill between claiming an email
 * and recording it sent leaves the claim standing: its message is refused as busy until the claim
 * runs out, and with 1 s retries its five receives were spent in about 5 s and it went to the
 * dead-letter queue (seen on a loaded machine). 4 retries 8 s apart outlast the claim.
 */
const DESK = { retryDelaySeconds: 8, visibilityTimeoutSeconds: 5 };

describe('kill -9 of the desk during concurrent submissions', () => {
  it(`${FAULT_SUBMISSIONS} submissions: every answered one is routed once and acknowledged once after a restart and a sweep`, async () => {
    // Prepare
    const port = await freePort();
    const first = await startDeskProcess(world, port, DESK);
    desks.push(first);
    const batch = submissions(world, FAULT_SUBMISSIONS, 'crash');
    const killAfter = Math.ceil(FAULT_SUBMISSIONS / 4);
    let answered = 0;
    let killedAt = 0;
    let killing: Promise<void> | undefined;

    // Act: kill -9 once a quarter of the submissions has been answered, up to 20 of them in flight;
    // the clients still waiting to send get connection errors.
    const started = Date.now();
    const firstRound = await submitConcurrently(batch, async (submission) => {
      const outcome = await submit(first.url, submission);
      if (outcome.kind === 'answered' && ++answered === killAfter) {
        killedAt = Date.now();
        killing = first.kill();
      }
      return outcome;
    });
    await killing;
    const second = await startDeskProcess(world, port, DESK);
    desks.push(second);
    const retried = new Map<number, SubmitOutcome>();
    for (const [i, outcome] of firstRound.entries()) {
      if (outcome.kind === 'failed') retried.set(i, await submit(second.url, batch[i]!));
    }
    const sweepAt = new Date(Date.now() + 15 * 60_000);
    const sweep = await runSweep(sweepAt);
    await quiescent(world);
    const recoveredMs = Date.now() - started;

    // Assess
    const final = firstRound.map((outcome, i) => retried.get(i) ?? outcome);
    const requesters = new Map(
      final.flatMap((outcome, i) =>
        outcome.kind === 'answered' && outcome.reference
          ? [[outcome.reference, batch[i]!.email] as const]
          : [],
      ),
    );
    const check = await checkDeliveries(world, requesters, {
      since: started,
      unrecordedUntil: Math.ceil(killedAt / 1000),
    });
    reportFigures('kill -9 during submissions', {
      submissions: FAULT_SUBMISSIONS,
      answeredBeforeKill: firstRound.filter((o) => o.kind === 'answered').length,
      failedByKill: retried.size,
      retriesAnswered201: [...retried.values()].filter((o) => o.kind === 'answered' && o.status === 201)
        .length,
      retriesAnswered200: [...retried.values()].filter((o) => o.kind === 'answered' && o.status === 200)
        .length,
      casesRedriven: sweep.redriven.length,
      notificationsRedriven: sweep.notificationsRedriven,
      crashWindowDuplicates: check.crashWindowDuplicates,
      recoveredMs,
    });
    expect(
      firstRound.filter((o) => o.kind === 'answered').map((o) => o.kind === 'answered' && o.status),
    ).toEqual(firstRound.filter((o) => o.kind === 'answered').map(() => 201));
    expect(final.filter((o) => o.kind !== 'answered' || (o.status !== 200 && o.status !== 201))).toEqual([]);
    expect(check.problems).toEqual([]);
    expect(check.cases).toBe(FAULT_SUBMISSIONS);
    expect(await deadLetters(world)).toEqual({ route: 0, notify: 0, bounces: 0, suppression: 0 });
  });
});
