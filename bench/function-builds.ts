import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Stack } from 'aws-cdk-lib';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { build, type Metafile } from 'esbuild';
import { DeskFunction } from '../lib/constructs/desk-function.ts';
import { esbuildOptionsFor } from '../lib/constructs/function-bundling.ts';
import { buildDeskApp, PROJECT_ROOT } from '../lib/desk-stack.ts';
import { FUNCTIONS, type FunctionDeclaration } from '../resources/desk-resources.ts';

/*
 * The functions as the stack bundles them: the app is synthesized without bundling to learn each
 * function's esbuild defines and template environment, then every entry is built with
 * esbuildOptionsFor (the options NodejsFunction passes to esbuild), plus a floor bundle per function
 * that imports only the SDK clients its declaration says it uses, middy and zod.
 */

export type FunctionKey = keyof typeof FUNCTIONS;

export interface FunctionBuild {
  readonly key: FunctionKey;
  readonly declaration: FunctionDeclaration;
  /** The function's environment from the template; references replaced by plausible strings. */
  readonly environment: Record<string, string>;
  readonly bundle: BuiltBundle;
  readonly floor: BuiltBundle;
}

export interface BuiltBundle {
  readonly file: string;
  readonly bytes: number;
  readonly metafile: Metafile;
}

/** What Lambda itself sets in every execution environment (the SDK wants a region). */
export const LAMBDA_ENVIRONMENT = {
  AWS_REGION: 'eu-west-1',
  AWS_DEFAULT_REGION: 'eu-west-1',
  AWS_ACCESS_KEY_ID: 'AKIDBENCH',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_SESSION_TOKEN: 'bench',
  AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
  AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '256',
  LANG: 'en_US.UTF-8',
  TZ: ':UTC',
  // Lambda runs Node 24, where the SDK prints no "Node 20 support ends" warning; here it would.
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
} as const;

/** A reference (Ref, Fn::GetAtt, Fn::Join …) in the template, as a string the handler can read. */
function placeholder(name: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (name.endsWith('_ARN')) return `arn:aws:kms:eu-west-1:123456789012:key/${name.toLowerCase()}`;
  if (name.includes('QUEUE')) return `https://sqs.eu-west-1.amazonaws.com/123456789012/${name.toLowerCase()}`;
  if (name.endsWith('_URL')) return 'https://privacy.example.org';
  return `bench-${name.toLowerCase()}`;
}

interface SynthesizedFunction {
  readonly key: FunctionKey;
  readonly declaration: FunctionDeclaration;
  readonly define: Readonly<Record<string, string>>;
  readonly environment: Record<string, string>;
}

export function synthesizedFunctions(): SynthesizedFunction[] {
  // The feature flags of cdk.json, as `cdk synth` reads them; bundling skipped (it is done below).
  const context = JSON.parse(readFileSync(join(PROJECT_ROOT, 'cdk.json'), 'utf8')).context as Record<
    string,
    unknown
  >;
  const { stack } = buildDeskApp({ ...context, 'aws:cdk:bundling-stacks': [] });
  const deskFunctions = stack.node
    .findAll()
    .filter((node): node is DeskFunction => node instanceof DeskFunction);
  return (Object.keys(FUNCTIONS) as FunctionKey[]).map((key) => {
    const declaration = FUNCTIONS[key];
    const fn = deskFunctions.find((candidate) => candidate.declaration.id === declaration.id);
    if (!fn) throw new Error(`no DeskFunction for ${declaration.id}`);
    // The environment as the template will hold it (references resolved to Ref / Fn::GetAtt), without
    // a full synth, which takes seconds to tens of seconds on a busy machine.
    const cfn = fn.node.defaultChild as CfnFunction;
    const resolved = Stack.of(fn).resolve(cfn.environment) as
      | { variables?: Record<string, unknown> }
      | undefined;
    const variables = resolved?.variables ?? {};
    return {
      key,
      declaration,
      define: fn.bundlingDefine,
      environment: Object.fromEntries(
        Object.entries(variables).map(([name, value]) => [name, placeholder(name, value)]),
      ),
    };
  });
}

/**
 * The floor of a function: the SDK clients it really uses (from its declaration), constructed the way
 * adapters/aws-clients.ts does, plus middy (and its HTTP middlewares for HTTP functions) and a zod
 * schema; its handler touches each so nothing is tree-shaken away.
 */
export function floorSource(declaration: FunctionDeclaration, extras: readonly string[] = []): string {
  const http = declaration.entry.match(
    /functions\/(health|submit-request|verify-email|request-status|export-case|openapi)\//,
  );
  const lines: string[] = ["import middy from '@middy/core';", "import * as z from 'zod';"];
  const uses: string[] = [];
  if (declaration.table !== 'none') {
    lines.push("import { DynamoDBClient } from '@aws-sdk/client-dynamodb';");
    lines.push("import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';");
    uses.push('DynamoDBDocumentClient.from(new DynamoDBClient({})), GetCommand');
  }
  if (declaration.sendsTo.length > 0) {
    lines.push("import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';");
    uses.push('new SQSClient({}), SendMessageCommand');
  }
  if (declaration.sendsEmail) {
    lines.push("import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';");
    uses.push('new SESv2Client({}), SendEmailCommand');
  }
  if (declaration.mailBucket) {
    lines.push("import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';");
    uses.push('new S3Client({}), GetObjectCommand');
  }
  if (declaration.content !== 'none') {
    // The KMS client for the MAC key, and the Encryption SDK with the KMS keyring and the data-key
    // cache: what sealing and opening content really needs.
    lines.push(
      "import { KMSClient, GenerateMacCommand } from '@aws-sdk/client-kms';",
      "import { buildEncrypt } from '@aws-crypto/encrypt-node';",
      "import { buildDecrypt } from '@aws-crypto/decrypt-node';",
      "import { KmsKeyringNode } from '@aws-crypto/kms-keyring-node';",
      "import { NodeCachingMaterialsManager, getLocalCryptographicMaterialsCache } from '@aws-crypto/caching-materials-manager-node';",
    );
    uses.push(
      'new KMSClient({}), GenerateMacCommand, buildEncrypt({ commitmentPolicy: "REQUIRE_ENCRYPT_REQUIRE_DECRYPT" }), buildDecrypt({ commitmentPolicy: "REQUIRE_ENCRYPT_REQUIRE_DECRYPT" }), KmsKeyringNode, NodeCachingMaterialsManager, getLocalCryptographicMaterialsCache',
    );
  }
  if (http) {
    for (const name of [
      'http-cors',
      'http-error-handler',
      'http-event-normalizer',
      'http-header-normalizer',
      'http-json-body-parser',
      'http-security-headers',
    ]) {
      const id = name.replace(/-(.)/g, (_, c: string) => c.toUpperCase());
      lines.push(`import ${id} from '@middy/${name}';`);
      uses.push(`${id}`);
    }
  }
  lines.push(...extras.map((extra, index) => `import * as extra${index} from '${extra}';`));
  uses.push(...extras.map((_, index) => `extra${index}`));
  lines.push(
    'const Body = z.object({ name: z.string().min(1), email: z.email(), text: z.string().max(10000) });',
    `const used = [${uses.join(', ')}];`,
    'export const handler = middy(async (event) => ({ statusCode: 200, body: JSON.stringify([Body.safeParse(event).success, used.length]) }));',
  );
  return `${lines.join('\n')}\n`;
}

/** `entry` is a file, or `{ source }`: a module of its own resolved from the repository root. */
async function buildBundle(
  entry: string | { readonly source: string },
  outfile: string,
  define: Readonly<Record<string, string>>,
  write = true,
  sourceMap = true,
): Promise<BuiltBundle> {
  const { entryPoints, ...options } = esbuildOptionsFor(
    typeof entry === 'string' ? entry : '',
    outfile,
    define,
  );
  if (!sourceMap) options.sourcemap = false;
  const result = await build({
    ...options,
    ...(typeof entry === 'string'
      ? { entryPoints }
      : {
          stdin: { contents: entry.source, resolveDir: PROJECT_ROOT, loader: 'ts', sourcefile: 'floor.ts' },
        }),
    absWorkingDir: PROJECT_ROOT,
    metafile: true,
    write,
    logLevel: 'silent',
  });
  const output =
    result.metafile.outputs[Object.keys(result.metafile.outputs).find((name) => name.endsWith('.mjs'))!]!;
  return { file: outfile, bytes: output.bytes, metafile: result.metafile };
}

/**
 * Builds every function and its floor into `outDir/<key>/index.mjs` and `outDir/<key>-floor/index.mjs`
 * (`write: false`: in memory only, for the sizes). Functions with the same floor share one build.
 */
export async function buildFunctions(
  outDir: string,
  options: {
    readonly keys?: readonly FunctionKey[];
    readonly write?: boolean;
    /** false: no source map (the bundle's size differs by its last comment line only). */
    readonly sourceMap?: boolean;
  } = {},
): Promise<FunctionBuild[]> {
  const { keys, write = true, sourceMap = true } = options;
  const functions = synthesizedFunctions().filter((fn) => !keys || keys.includes(fn.key));
  const floors = new Map<string, Promise<BuiltBundle>>();
  const floorOf = (fn: SynthesizedFunction) => {
    const source = floorSource(fn.declaration);
    let floor = floors.get(source);
    if (!floor) {
      floor = buildBundle({ source }, join(outDir, `${fn.key}-floor`, 'index.mjs'), {}, write, sourceMap);
      floors.set(source, floor);
    }
    return floor;
  };
  return Promise.all(
    functions.map(async (fn) => {
      const [bundle, floor] = await Promise.all([
        buildBundle(
          join(PROJECT_ROOT, fn.declaration.entry),
          join(outDir, fn.key, 'index.mjs'),
          fn.define,
          write,
          sourceMap,
        ),
        floorOf(fn),
      ]);
      return { key: fn.key, declaration: fn.declaration, environment: fn.environment, bundle, floor };
    }),
  );
}

/** Bytes per package (node_modules/<name>) or folder of ours, largest first. */
export function bytesByPackage(metafile: Metafile): [string, number][] {
  const output = Object.values(metafile.outputs).find((o) => Object.keys(o.inputs).length > 0)!;
  const totals = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const match = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    const name = match ? match[1]! : input.split('/').slice(0, 2).join('/');
    totals.set(name, (totals.get(name) ?? 0) + bytesInOutput);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}
