import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../resources/desk-resources.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

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

/** The files esbuild takes into a function's bundle, resolved as lib/constructs/desk-function.ts bundles. */
async function bundleInputs(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [`${ROOT}${entry}`],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    mainFields: ['module', 'main'],
    outfile: 'bundle.mjs',
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

describe('function bundles', () => {
  it.each(Object.values(FUNCTIONS).map((declaration) => ({ id: declaration.id, entry: declaration.entry })))(
    '$id carries no holiday library',
    async ({ entry }) => {
      // Act
      const inputs = await bundleInputs(entry);

      // Assess
      expect(inputs.filter((input) => FORBIDDEN.test(input))).toEqual([]);
    },
  );

  it.each(Object.values(FUNCTIONS).map((declaration) => ({ id: declaration.id, entry: declaration.entry })))(
    '$id carries nothing of the CDK',
    async ({ entry }) => {
      // Act
      const inputs = await bundleInputs(entry);

      // Assess
      expect(inputs.filter((input) => CDK.test(input))).toEqual([]);
    },
  );

  it('computes deadlines from the generated holiday table', async () => {
    // Act
    const inputs = await bundleInputs(FUNCTIONS.submitRequest.entry);

    // Assess
    expect(inputs).toContain('domain/deadlines/holiday-table.generated.ts');
  });
});
