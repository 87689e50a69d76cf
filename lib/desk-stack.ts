import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import type { Construct, Node } from 'constructs';
import * as z from 'zod';
import type { DeskConfig } from '../domain/config/desk-config.ts';
import { loadDeskConfig } from '../domain/config/load-desk-config.ts';
import { DeskService } from './desk-service.ts';
import { DeskState } from './desk-state.ts';

/**
 * Deployment settings, read from CDK context (`cdk.json`, `cdk.context.json` or `-c key=value`).
 * Values given with `-c` arrive as strings, hence the coercions.
 */
export const DeskContextSchema = z.object({
  'desk:stackName': z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9-]{0,127}$/, 'a CloudFormation stack name')
    .default('PrivacyDesk'),
  /** Browser origins allowed by CORS: an array, or a comma-separated string. Default: none. */
  'desk:corsOrigins': z
    .union([z.array(z.string()), z.string()])
    .default([])
    .transform((value) =>
      (typeof value === 'string' ? value.split(',') : value).map((origin) => origin.trim()).filter(Boolean),
    )
    .pipe(z.array(z.url())),
  'desk:throttleRateLimit': z.coerce.number().positive().default(20),
  'desk:throttleBurstLimit': z.coerce.number().int().positive().default(40),
  /** SES identity (domain or address) the desk sends from. */
  'desk:sesIdentity': z.string().min(1).default('example.org'),
  /** Optional address subscribed to the operator alarm topic (confirm the subscription email). */
  'desk:alarmEmail': z.email().optional(),
  /** The desk configuration (teams, routing, addresses), relative to the repository root. */
  'desk:configFile': z.string().min(1).default('config/desk.config.json'),
});

export type DeskContext = z.infer<typeof DeskContextSchema>;

const CONTEXT_KEYS = Object.keys(DeskContextSchema.shape) as (keyof DeskContext)[];

/** Reads and validates the desk's context keys; a bad value fails synth with the key and the reason. */
export function readDeskContext(node: Node): DeskContext {
  const raw = Object.fromEntries(CONTEXT_KEYS.map((key) => [key, node.tryGetContext(key)]));
  if (raw['desk:stackName'] === undefined && process.env.DESK_STACK_NAME) {
    raw['desk:stackName'] = process.env.DESK_STACK_NAME;
  }
  const parsed = DeskContextSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid desk context: ${issues}`);
  }
  return parsed.data;
}

export interface DeskStackProps extends StackProps {
  readonly context: DeskContext;
  /** The validated desk configuration, bundled into the functions. */
  readonly config: DeskConfig;
}

/**
 * The whole desk in one stack: a stateful construct (key, table, queues, alarm topic) and a service
 * construct (functions, HTTP API, queue consumers, schedules) built from lib/desk-resources.ts.
 */
export class DeskStack extends Stack {
  public readonly state: DeskState;
  public readonly service: DeskService;

  public constructor(scope: Construct, id: string, props: DeskStackProps) {
    super(scope, id, props);
    const { context } = props;
    this.state = new DeskState(this, 'State', {
      namePrefix: this.stackName,
      alarmEmail: context['desk:alarmEmail'],
    });
    this.service = new DeskService(this, 'Service', {
      state: this.state,
      namePrefix: this.stackName,
      corsOrigins: context['desk:corsOrigins'],
      throttle: {
        rateLimit: context['desk:throttleRateLimit'],
        burstLimit: context['desk:throttleBurstLimit'],
      },
      sesIdentity: context['desk:sesIdentity'],
      config: props.config,
    });
    Tags.of(this).add('project', 'privacy-desk');
  }
}

/**
 * Builds the app with one environment-agnostic DeskStack, so `cdk synth` and the tests need no
 * AWS account. `context` is merged over what the CLI passes (cdk.json, `-c`).
 */
export function buildDeskApp(context: Record<string, unknown> = {}): { app: App; stack: DeskStack } {
  const app = new App({ context });
  const deskContext = readDeskContext(app.node);
  // An invalid file fails synth with a ConfigError naming each bad field (never a deployment).
  const config = loadDeskConfig(resolveFromRoot(deskContext['desk:configFile']));
  const stack = new DeskStack(app, deskContext['desk:stackName'], {
    context: deskContext,
    config,
    description: 'Privacy Desk: intake, routing and deadline tracking of privacy requests',
  });
  return { app, stack };
}

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const resolveFromRoot = (file: string) => (isAbsolute(file) ? file : join(PROJECT_ROOT, file));
