import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFunctions, type FunctionBuild } from '../../bench/function-builds.ts';
import { FUNCTIONS, QUEUE_CONSUMERS, type QueueKey } from '../../resources/desk-resources.ts';

/**
 * Packages no function may carry: date-holidays and its moment-timezone, moment and astronomia weigh
 * about 1.5 MB minified. Holidays come from domain/deadlines/holiday-table.generated.ts, built ahead of
 * time by scripts/build-holiday-table.ts; time zones go through Intl.
 */
const FORBIDDEN = /node_modules\/(?:date-holidays[^/]*|moment[^/]*|astronomia|caldate|date-chinese)\//;

/**
 * The CDK side (lib/, aws-cdk-lib, constructs, cdk-nag) never reaches a function: runtime code reads
 * the resource declarations from resources/, which has no CDK import.
 */
const CDK = /node_modules\/(?:aws-cdk-lib|constructs|cdk-nag|@cdklabs\/[^/]+)\//;

/** The Encryption SDK: only functions that seal or open content may load it. */
const ENCRYPTION_SDK =
  /node_modules\/(?:@aws-crypto\/(?!sha256|crc32|util|supports-web-crypto)[^/]+|asn1\.js|bn\.js)\//;

/**
 * A bundle may weigh at most this much more than its floor (the SDK clients the function uses,
 * middy and zod; see bench/function-builds.ts). The goal is 1.3; the margin keeps the test about
 * real regressions (a library pulled in by accident), not a few kilobytes of domain code.
 */
const MAX_SIZE_OVER_FLOOR = 1.5;
/** receive-mail also carries mailparser (about 1.3 MB with its character sets); its own floor below. */
const MAILPARSER_ALLOWANCE_BYTES = 1_400_000;
/**
 * staff-actions also carries the email catalogue (every message in six languages, 140 KB minified)
 * for the console's preview of the notice an action sends; no SDK floor has it.
 */
const NOTICE_CATALOGUE_ALLOWANCE_BYTES = 150_000;

/**
 * Modules that build the configuration's zod schemas at import. The stack validates the configuration
 * at synth and bakes the result into each bundle; a function that still carried these would build the
 * whole schema at every cold start without ever parsing with it (the bundler drops them only while
 * nothing a function runs reaches them).
 */
const CONFIG_SCHEMA_MODULES = [
  'domain/config/desk-config.ts',
  'domain/config/config-fields.ts',
  'domain/config/retention-and-limits.ts',
  'domain/config/supervisory-authorities.ts',
  'domain/deadlines/policy.ts',
  'domain/deadlines/holiday-adjustments.ts',
  'domain/escalation/ladder-config.ts',
  'domain/desk-settings.ts',
];

/**
 * The module of each queue's message schema. A function builds the schemas of the queues it sends to
 * or consumes, and no other: zod builds a schema when its module loads, and the bundler can drop a
 * module only when nothing the function runs imports it.
 */
const QUEUE_SCHEMA_MODULES: Record<QueueKey, string> = {
  route: 'domain/queue-messages/route-message.ts',
  notify: 'domain/queue-messages/notify-message.ts',
  bounces: 'domain/queue-messages/delivery-event-message.ts',
  suppression: 'domain/queue-messages/suppression-message.ts',
};
const QUEUE_SCHEMA_PATH = /^domain\/queue-messages(?:\.ts$|\/.+-message\.ts$)/;

// Every function and its floor built once, in memory, exactly as the stack bundles them.
let builds: FunctionBuild[];
beforeAll(async () => {
  builds = await buildFunctions(join(tmpdir(), 'privacy-desk-bundle-test'), {
    write: false,
    sourceMap: false,
  });
}, 240_000);

const buildOf = (id: string) => {
  const found = builds.find((build) => build.declaration.id === id);
  if (!found) throw new Error(`no build of ${id}`);
  return found;
};
const inputsOf = (id: string) => Object.keys(buildOf(id).bundle.metafile.inputs);
/** The inputs that left code in the bundle (a module tree-shaken away is among the inputs only). */
const bundledInputsOf = (id: string) =>
  Object.values(buildOf(id).bundle.metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs)
      .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
      .map(([input]) => input),
  );

const declarations = Object.entries(FUNCTIONS).map(([key, declaration]) => ({
  id: declaration.id,
  content: declaration.content,
  queues: [
    ...declaration.sendsTo,
    ...QUEUE_CONSUMERS.filter((consumer) => consumer.function === key).map((consumer) => consumer.queue),
  ] as QueueKey[],
}));

describe('function bundles', () => {
  it.each(declarations)('$id carries no holiday library', ({ id }) => {
    expect(inputsOf(id).filter((input) => FORBIDDEN.test(input))).toEqual([]);
  });

  it.each(declarations)('$id carries nothing of the CDK', ({ id }) => {
    expect(inputsOf(id).filter((input) => CDK.test(input))).toEqual([]);
  });

  it.each(declarations.filter((declaration) => declaration.content === 'none'))(
    '$id never touches content and carries no Encryption SDK',
    ({ id }) => {
      expect(inputsOf(id).filter((input) => ENCRYPTION_SDK.test(input))).toEqual([]);
    },
  );

  it.each(declarations)('$id does not build the configuration schema at import', ({ id }) => {
    expect(bundledInputsOf(id).filter((input) => CONFIG_SCHEMA_MODULES.includes(input))).toEqual([]);
  });

  it.each(declarations)('$id builds only the message schemas of its own queues', ({ id, queues }) => {
    const allowed = new Set(queues.map((queue) => QUEUE_SCHEMA_MODULES[queue]));
    const carried = bundledInputsOf(id).filter((input) => QUEUE_SCHEMA_PATH.test(input));
    expect(carried.filter((input) => !allowed.has(input))).toEqual([]);
  });

  it.each(declarations)(`$id weighs at most ${MAX_SIZE_OVER_FLOOR}× its floor`, ({ id }) => {
    // Prepare
    const { bundle, floor } = buildOf(id);
    const allowance =
      id === FUNCTIONS.receiveMail.id
        ? MAILPARSER_ALLOWANCE_BYTES
        : id === FUNCTIONS.staffActions.id
          ? NOTICE_CATALOGUE_ALLOWANCE_BYTES
          : 0;

    // Assess
    expect(bundle.bytes).toBeLessThanOrEqual(MAX_SIZE_OVER_FLOOR * floor.bytes + allowance);
  });

  it('computes deadlines from the generated holiday table', () => {
    expect(inputsOf(FUNCTIONS.submitRequest.id)).toContain('domain/deadlines/holiday-table.generated.ts');
  });

  it('seals content with the Encryption SDK where the declaration says so', () => {
    expect(inputsOf(FUNCTIONS.submitRequest.id).some((input) => ENCRYPTION_SDK.test(input))).toBe(true);
  });
});
