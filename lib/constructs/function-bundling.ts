import type { BuildOptions } from 'esbuild';

/**
 * How every desk function is bundled, in one place without CDK imports: DeskFunction hands these to
 * NodejsFunction, and the cold-start benchmark and the bundle tests build with esbuild directly from
 * the same values (esbuildOptionsFor mirrors the command line NodejsFunction runs).
 */
export const FUNCTION_BUNDLING = {
  format: 'esm',
  /** Matches the Lambda runtime in desk-function.ts: change them together. */
  target: 'node24',
  minify: true,
  sourceMap: true,
  mainFields: ['module', 'main'],
  // CommonJS dependencies inside an ESM bundle still call require().
  banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
  // Bundle everything, the AWS SDK included.
  externalModules: [],
} as const;

/** The esbuild options of `esbuild --bundle <entry> …` as NodejsFunction runs it with FUNCTION_BUNDLING. */
export function esbuildOptionsFor(
  entryPoint: string,
  outfile: string,
  define: Readonly<Record<string, string>> = {},
): BuildOptions {
  return {
    entryPoints: [entryPoint],
    bundle: true,
    outfile,
    platform: 'node',
    format: FUNCTION_BUNDLING.format,
    target: FUNCTION_BUNDLING.target,
    minify: FUNCTION_BUNDLING.minify,
    sourcemap: FUNCTION_BUNDLING.sourceMap,
    mainFields: [...FUNCTION_BUNDLING.mainFields],
    banner: { js: FUNCTION_BUNDLING.banner },
    external: [...FUNCTION_BUNDLING.externalModules],
    define: { ...define },
  };
}
