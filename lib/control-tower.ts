import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { CfnGuardValidator } from '@cdklabs/cdk-validator-cfnguard';
import {
  type IAspect,
  type IPolicyValidationContextBeta1,
  type IPolicyValidationPluginBeta1,
  type PolicyValidationPluginReportBeta1,
  Stack,
  Validations,
} from 'aws-cdk-lib';
import { CfnPermission } from 'aws-cdk-lib/aws-lambda';
import type { IConstruct } from 'constructs';

/**
 * The AWS Control Tower proactive controls, as the cfn-guard rules that
 * `@cdklabs/cdk-validator-cfnguard` ships (the rules an account's CloudFormation hooks run at
 * deploy). They run at synth as a CDK policy-validation plugin: a failing rule fails `cdk synth`.
 *
 * Where a control does not fit the desk by design, it is acknowledged on the resource it concerns
 * (`acknowledgeControl`), with the reason, like the cdk-nag acknowledgements: the rule still runs
 * for every other resource. Nothing is disabled for the whole app.
 */
export const CONTROL_TOWER_PLUGIN_NAME = 'cdk-validator-cfnguard';

/**
 * The controls acknowledged somewhere in the stack, and the name of the check inside each rule file
 * (what a violation and an acknowledgement are named by). test/infra checks the names against the
 * rule files.
 */
export const CONTROL_TOWER_CHECKS = {
  'CT.APIGATEWAY.PR.5': 'api_gw_v2_authorization_type_configured_check',
  'CT.LAMBDA.PR.3': 'lambda_inside_vpc_check',
  'CT.S3.PR.2': 's3_bucket_logging_enabled_check',
  'CT.S3.PR.9': 's3_bucket_object_lock_enabled_check',
  'CT.S3.PR.10': 's3_bucket_default_encryption_kms_check',
  'CT.CLOUDFRONT.PR.4': 'cloudfront_origin_failover_enabled_check',
  'CT.CLOUDFRONT.PR.5': 'cloudfront_access_logs_enabled_check',
  'CT.CLOUDFRONT.PR.6': 'cloudfront_custom_ssl_certificate_check',
  'CT.CLOUDFRONT.PR.7': 'cloudfront_sni_enabled_check',
  'CT.CLOUDFRONT.PR.9': 'cloudfront_security_policy_check',
  'CT.CLOUDWATCH.PR.3': 'cloudwatch_log_group_encrypted_check',
} as const;

export type ControlTowerControl = keyof typeof CONTROL_TOWER_CHECKS;

/** The id to acknowledge a control's violations with (on a construct and everything under it). */
export function controlAcknowledgementId(control: ControlTowerControl): string {
  return `${CONTROL_TOWER_PLUGIN_NAME}::${CONTROL_TOWER_CHECKS[control]}`;
}

/** Accepts a control's violations on `scope` (and its children) for a reason written beside it. */
export function acknowledgeControl(scope: IConstruct, control: ControlTowerControl, reason: string): void {
  Validations.of(scope).acknowledge({
    id: controlAcknowledgementId(control),
    reason: `${control}: ${reason}`,
  });
}

/**
 * Values for the pseudo parameters, as CloudFormation resolves them before a hook sees a resource.
 * Any well-formed value does: the rules only ask whether a property is a literal (an account id,
 * say) rather than a `Ref`.
 */
const PSEUDO_PARAMETERS: Readonly<Record<string, string>> = {
  'AWS::AccountId': '123456789012',
  'AWS::Partition': 'aws',
  'AWS::Region': 'eu-west-1',
  'AWS::URLSuffix': 'amazonaws.com',
};

/** The template with every `{ "Ref": "AWS::<pseudo parameter>" }` replaced by a literal value. */
export function resolvePseudoParameters(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(resolvePseudoParameters);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  if (entries.length === 1 && entries[0]![0] === 'Ref' && typeof entries[0]![1] === 'string') {
    const literal = PSEUDO_PARAMETERS[entries[0]![1]];
    if (literal !== undefined) return literal;
  }
  return Object.fromEntries(entries.map(([key, item]) => [key, resolvePseudoParameters(item)]));
}

/** The rule files of the Control Tower controls, one per control, grouped in a folder per service. */
const RULES_FOLDER = join(
  dirname(createRequire(import.meta.url).resolve('@cdklabs/cdk-validator-cfnguard/package.json')),
  'rules/control-tower/cfn-guard',
);

/**
 * The rule files that concern a resource type the templates contain (a rule names its types as
 * string literals, `"AWS::S3::Bucket"`); a rule without any is kept. The others would only report
 * SKIP, and cfn-guard spends most of its time per rule file: 48 rules instead of 474 take a
 * quarter of the time on this stack.
 */
export function ruleFilesFor(resourceTypes: ReadonlySet<string>): string[] {
  return readdirSync(RULES_FOLDER, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((folder) =>
      readdirSync(join(RULES_FOLDER, folder.name))
        .filter((file) => file.endsWith('.guard'))
        .map((file) => join(RULES_FOLDER, folder.name, file)),
    )
    .filter((file) => {
      const types = [...readFileSync(file, 'utf8').matchAll(/["'](AWS::\w+::\w+)["']/g)].map(
        (match) => match[1]!,
      );
      return types.length === 0 || types.some((type) => resourceTypes.has(type));
    })
    .sort();
}

/**
 * The Control Tower rules, run on the templates as a deploy-time hook sees them. The stack is
 * environment-agnostic (synth needs no account), so its template says `{Ref: AWS::AccountId}`
 * where the hook sees the account's id; a rule that wants a literal (CT.LAMBDA.PR.2 on a
 * permission's SourceAccount) would fail on the Ref alone. The plugin therefore checks copies with
 * the pseudo parameters resolved, and reports against the real template paths.
 */
class ControlTowerChecks implements IPolicyValidationPluginBeta1 {
  public readonly name: string;
  public readonly version?: string;
  public readonly ruleIds?: string[];

  public constructor() {
    const everyRule = new CfnGuardValidator({ controlTowerRulesEnabled: true });
    this.name = everyRule.name;
    this.version = everyRule.version;
    this.ruleIds = everyRule.ruleIds;
  }

  public validate(context: IPolicyValidationContextBeta1): PolicyValidationPluginReportBeta1 {
    const folder = mkdtempSync(join(tmpdir(), 'control-tower-'));
    try {
      const originals = new Map<string, string>();
      const resourceTypes = new Set<string>();
      const templatePaths = context.templatePaths.map((templatePath) => {
        const copy = join(folder, basename(templatePath));
        const template = JSON.parse(readFileSync(templatePath, 'utf8')) as {
          Resources?: Record<string, { Type: string }>;
        };
        for (const resource of Object.values(template.Resources ?? {})) resourceTypes.add(resource.Type);
        writeFileSync(copy, JSON.stringify(resolvePseudoParameters(template)));
        originals.set(copy, templatePath);
        return copy;
      });
      const rules = ruleFilesFor(resourceTypes);
      if (rules.length === 0) return { success: true, violations: [] };
      const report = new CfnGuardValidator({ controlTowerRulesEnabled: false, rules }).validate({
        ...context,
        templatePaths,
      });
      return {
        ...report,
        violations: report.violations.map((violation) => ({
          ...violation,
          // The plugin leaves severity out; CDK then counts the violation as no error once any
          // acknowledgement is in the report, and synth passes.
          severity: violation.severity ?? 'error',
          violatingResources: violation.violatingResources.map((resource) => ({
            ...resource,
            templatePath: originals.get(resource.templatePath) ?? resource.templatePath,
          })),
        })),
      };
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
}

/** The plugin for `Validations.of(app).addPlugins(...)`. */
export function controlTowerChecks(): IPolicyValidationPluginBeta1 {
  return new ControlTowerChecks();
}

/**
 * Every Lambda permission for an AWS service names this account as the source (CT.LAMBDA.PR.2),
 * also where a source ARN narrows it already (CDK's API Gateway integration sets only that).
 * Applied to the whole stack, so a permission added later is covered too.
 */
export class PermissionsNameTheirSourceAccount implements IAspect {
  public visit(node: IConstruct): void {
    if (!(node instanceof CfnPermission) || node.sourceAccount !== undefined) return;
    if (typeof node.principal === 'string' && node.principal.endsWith('.amazonaws.com')) {
      node.sourceAccount = Stack.of(node).account;
    }
  }
}
