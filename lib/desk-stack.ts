import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Annotations, App, AspectPriority, Aspects, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import type { CfnUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct, Node } from 'constructs';
import * as z from 'zod';
import type { DeskConfig } from '../domain/config/desk-config.ts';
import { loadDeskConfig } from '../domain/config/load-desk-config.ts';
import { buildStaffConsoleSync } from '../scripts/build-staff-console.ts';
import { StaffConsoleHosting } from './constructs/staff-console-hosting.ts';
import { PermissionsNameTheirSourceAccount } from './control-tower.ts';
import { DeskMonitoring } from './desk-monitoring.ts';
import { HTTP_ROUTES } from './desk-resources.ts';
import { DeskService } from './desk-service.ts';
import { DeskState } from './desk-state.ts';
import { DeskWebForm } from './desk-web-form.ts';

/** Repository root: the configuration file and FUNCTIONS entries are relative to it. */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

const commaSeparated = (item: z.ZodType<string, string>) =>
  z
    .union([z.array(z.string()), z.string()])
    .default([])
    .transform((value) =>
      (typeof value === 'string' ? value.split(',') : value).map((entry) => entry.trim()).filter(Boolean),
    )
    .pipe(z.array(item));

/**
 * CloudWatch Logs' retention periods of a year or more: AWS Control Tower's CT.CLOUDWATCH.PR.2
 * asks for at least a year, and the desk's logs (ids and outcomes, no content) always expire.
 */
export const LOG_RETENTION_DAYS = Object.values(RetentionDays).filter(
  (days): days is number => typeof days === 'number' && days >= 365 && days !== RetentionDays.INFINITE,
);

/**
 * Deployment settings, read from CDK context (`cdk.json`, `cdk.context.json` or `-c key=value`).
 * Values given with `-c` arrive as strings, hence the coercions. Everything about the desk itself
 * (teams, routing, addresses, retention) is in the configuration file instead.
 */
export const DeskContextSchema = z.object({
  'desk:stackName': z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9-]{0,127}$/, 'a CloudFormation stack name')
    .default('PrivacyDesk'),
  /** The desk configuration file, relative to the repository root. */
  'desk:configFile': z.string().min(1).default('config/desk.config.json'),
  /** Browser origins allowed by CORS: an array, or a comma-separated string. Default: none. */
  'desk:corsOrigins': commaSeparated(z.url()),
  'desk:throttleRateLimit': z.coerce.number().positive().default(20),
  'desk:throttleBurstLimit': z.coerce.number().int().positive().default(40),
  /**
   * Recipient addresses verified in SES while the account is still in the SES sandbox (SES then
   * authorises sending against the recipient's identity too). Leave empty in production.
   */
  'desk:sesSandboxRecipients': commaSeparated(z.email()),
  /**
   * The sending and inbound domains are SES identities of the account already: the stack refers to
   * them instead of creating them (and prints no DKIM records).
   */
  'desk:sesExistingIdentities': z
    .union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')])
    .default(false),
  /**
   * IAM role ARNs of the marketing systems that read the suppression queue: each may receive and
   * delete its messages and decrypt them through SQS, nothing else. Empty: grant them yourself.
   */
  'desk:suppressionConsumerRoleArns': commaSeparated(
    z.string().regex(/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/, 'an IAM role ARN'),
  ),
  /** Optional address subscribed to the operator alarm topic (confirm the subscription email). */
  'desk:alarmEmail': z.email().optional(),
  /** Days the function logs and the API access log are kept. */
  'desk:logRetentionDays': z.coerce
    .number()
    .refine((days) => LOG_RETENTION_DAYS.includes(days), {
      message: `one of ${LOG_RETENTION_DAYS.join(', ')} (CloudWatch Logs' periods of at least a year, as AWS Control Tower's CT.CLOUDWATCH.PR.2 requires)`,
    })
    .default(365),
  /**
   * `cloudfront`: the web form as static files in a private S3 bucket behind CloudFront. Default
   * `off`: host the form yourself (`npm run build:web`).
   */
  'desk:webForm': z.enum(['off', 'cloudfront']).default('off'),
  /** With `desk:webForm`: the API on the form's origin (`same-origin`) or at its own URL with CORS (`cors`). */
  'desk:webFormApi': z.enum(['same-origin', 'cors']).default('same-origin'),
  /**
   * Where the staff console receives its sign-in (authorization code with PKCE): an array or a
   * comma-separated string of URLs. Default: the local console's.
   */
  'desk:staffConsoleCallbackUrls': commaSeparated(z.url()).transform((urls) =>
    urls.length > 0 ? urls : ['http://localhost:3000/staff/callback'],
  ),
  /** Cognito domain prefix for the hosted staff sign-in pages (unique per region); none: no domain. */
  'desk:staffSignInDomainPrefix': z
    .string()
    .regex(
      /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/,
      'a Cognito domain prefix: lower-case letters, digits, hyphens',
    )
    .optional(),
  /**
   * Host the staff console as static files (S3 behind CloudFront) beside the API: off by default.
   * Needs `desk:staffSignInDomainPrefix` (the console signs in through Cognito's hosted UI).
   */
  'desk:staffConsoleHosting': z
    .union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')])
    .default(false),
});

export type DeskContext = z.infer<typeof DeskContextSchema>;

const CONTEXT_KEYS = Object.keys(DeskContextSchema.shape) as (keyof DeskContext)[];

/** Context keys that may also come from the environment (the local runtime uses the same names). */
const ENVIRONMENT_FALLBACKS: Partial<Record<keyof DeskContext, string>> = {
  'desk:stackName': 'DESK_STACK_NAME',
  'desk:configFile': 'DESK_CONFIG_FILE',
};

/** Reads and validates the desk's context keys; a bad value fails synth with the key and the reason. */
export function readDeskContext(node: Node): DeskContext {
  const raw: Record<string, unknown> = Object.fromEntries(
    CONTEXT_KEYS.map((key) => [key, node.tryGetContext(key)]),
  );
  for (const [key, variable] of Object.entries(ENVIRONMENT_FALLBACKS)) {
    if (raw[key] === undefined && process.env[variable]) raw[key] = process.env[variable];
  }
  const parsed = DeskContextSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid desk context: ${issues}`);
  }
  return parsed.data;
}

/** Loads and validates the configuration file the context names (a ConfigError lists every problem). */
export function loadConfigFor(context: DeskContext): DeskConfig {
  const file = context['desk:configFile'];
  return loadDeskConfig(isAbsolute(file) ? file : join(PROJECT_ROOT, file));
}

export interface DeskStackProps extends StackProps {
  readonly context: DeskContext;
  readonly config: DeskConfig;
}

/**
 * The whole desk in one stack: a stateful construct (keys, table, buckets, queues, alarm topic), a
 * service construct (functions, HTTP API, mail, queue consumers, schedules) built from
 * resources/desk-resources.ts, and the monitoring around them (alarms, dashboard).
 */
export class DeskStack extends Stack {
  public readonly state: DeskState;
  public readonly service: DeskService;
  public readonly monitoring: DeskMonitoring;
  public readonly webForm?: DeskWebForm;
  public readonly staffConsole?: StaffConsoleHosting;

  public constructor(scope: Construct, id: string, props: DeskStackProps) {
    super(scope, id, props);
    const { context, config } = props;
    this.state = new DeskState(this, 'State', {
      namePrefix: this.stackName,
      alarmEmail: context['desk:alarmEmail'],
      suppressionConsumerRoleArns: context['desk:suppressionConsumerRoleArns'],
    });
    this.service = new DeskService(this, 'Service', {
      state: this.state,
      config,
      projectRoot: PROJECT_ROOT,
      namePrefix: this.stackName,
      corsOrigins: context['desk:corsOrigins'],
      throttle: {
        rateLimit: context['desk:throttleRateLimit'],
        burstLimit: context['desk:throttleBurstLimit'],
      },
      sesSandboxRecipients: context['desk:sesSandboxRecipients'],
      sesExistingIdentities: context['desk:sesExistingIdentities'],
      logRetention: context['desk:logRetentionDays'] as RetentionDays,
      staffConsoleCallbackUrls: context['desk:staffConsoleCallbackUrls'],
      ...(context['desk:staffSignInDomainPrefix']
        ? { staffSignInDomainPrefix: context['desk:staffSignInDomainPrefix'] }
        : {}),
    });
    if (context['desk:webForm'] === 'cloudfront') {
      this.webForm = new DeskWebForm(this, 'WebForm', {
        config,
        api: this.service.api,
        apiMode: context['desk:webFormApi'],
        httpFunctions: [...new Set(HTTP_ROUTES.map((route) => this.service.functions[route.function]))],
        corsOrigins: context['desk:corsOrigins'],
        accessLogBucket: this.state.accessLogBucket,
      });
    }
    if (context['desk:staffConsoleHosting']) this.staffConsole = this.hostStaffConsole(context);
    // Link mode's default console address is the local runtime's `/staff/`, which the API in AWS
    // does not serve: every link in a staff email would be dead.
    if (config.notifications.staffEmailContent === 'link' && !config.notifications.staffConsoleUrl) {
      Annotations.of(this).addWarningV2(
        'privacy-desk:staffConsoleUrl',
        `notifications.staffEmailContent is "link" but notifications.staffConsoleUrl is not set: staff emails would link to /staff/ under publicBaseUrl, which the API does not serve. Set it to the console's address${this.staffConsole ? " (the StaffConsole distribution's https address)" : ' (desk:staffConsoleHosting hosts it on CloudFront)'}.`,
      );
    }
    this.monitoring = new DeskMonitoring(this, 'Monitoring', {
      state: this.state,
      service: this.service,
      dashboardName: this.stackName,
    });
    Tags.of(this).add('project', 'privacy-desk');
    Aspects.of(this).add(new PermissionsNameTheirSourceAccount(), { priority: AspectPriority.MUTATING });
  }

  /** The console's files behind CloudFront, its address added to the app client's callbacks. */
  private hostStaffConsole(context: DeskContext): StaffConsoleHosting {
    const prefix = context['desk:staffSignInDomainPrefix'];
    if (!prefix) {
      throw new Error(
        'Invalid desk context: desk:staffConsoleHosting needs desk:staffSignInDomainPrefix (the hosted sign-in)',
      );
    }
    const { staffSignIn } = this.service;
    const hosting = new StaffConsoleHosting(this, 'StaffConsole', {
      sourceDir: buildStaffConsoleSync(),
      apiUrl: this.service.api.apiEndpoint,
      signIn: {
        authDomain: `https://${prefix}.auth.${this.region}.amazoncognito.com`,
        clientId: staffSignIn.client.userPoolClientId,
      },
    });
    const client = staffSignIn.client.node.defaultChild as CfnUserPoolClient;
    const urls = [...context['desk:staffConsoleCallbackUrls'], hosting.url];
    client.callbackUrLs = urls;
    client.logoutUrLs = urls;
    return hosting;
  }
}

/**
 * Builds the app with one environment-agnostic DeskStack, so `cdk synth` and the tests need no
 * AWS account. `context` is merged over what the CLI passes (cdk.json, `-c`); `config` replaces the
 * configuration file (tests).
 */
export function buildDeskApp(
  context: Record<string, unknown> = {},
  config?: DeskConfig,
): { app: App; stack: DeskStack } {
  const app = new App({ context });
  const deskContext = readDeskContext(app.node);
  const stack = new DeskStack(app, deskContext['desk:stackName'], {
    context: deskContext,
    config: config ?? loadConfigFor(deskContext),
    description: 'Privacy Desk: intake, routing, inbound mail and deadline tracking of privacy requests',
  });
  return { app, stack };
}
