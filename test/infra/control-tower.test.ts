import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isDeepStrictEqual as isEqual } from 'node:util';
import { Validations } from 'aws-cdk-lib';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { describe, expect, it } from 'vitest';
import {
  CONTROL_TOWER_CHECKS,
  type ControlTowerControl,
  controlTowerChecks,
  resolvePseudoParameters,
  ruleFilesFor,
} from '../../lib/control-tower.ts';
import {
  deadLetterQueueName,
  FUNCTIONS,
  HTTP_ROUTES,
  QUEUES,
  type QueueKey,
} from '../../lib/desk-resources.ts';
import { buildDeskApp, type DeskStack } from '../../lib/desk-stack.ts';
import { CDK_JSON_CONTEXT, DeskTemplate, getAtt, SKIP_BUNDLING, synthDesk } from './desk-template.ts';
import { deskIds } from './least-privilege.ts';

interface ReportedViolation {
  ruleName: string;
  description: string;
  reason?: string;
  violatingConstructs: { constructPath: string }[];
}

interface ValidationReport {
  pluginReports: {
    pluginName: string;
    violations: ReportedViolation[];
    suppressedViolations?: ReportedViolation[];
  }[];
}

/** One row per control and construct: `CT.S3.PR.10 PrivacyDesk/State/AccessLogBucket/Resource`. */
const rows = (violations: ReportedViolation[] | undefined) =>
  (violations ?? [])
    .flatMap((violation) => {
      const control = /\[(CT\.[A-Z0-9]+\.PR\.\d+)\]/.exec(violation.description)?.[1] ?? violation.ruleName;
      return violation.violatingConstructs.map((construct) => `${control} ${construct.constructPath}`);
    })
    .sort();

/**
 * Synthesizes the app (as `cdk synth` does, without bundling) with the Control Tower rules as a
 * validation plugin, and returns what the plugin failed on and what was acknowledged.
 */
function checkControlTower(context: Record<string, unknown> = {}, change?: (stack: DeskStack) => void) {
  const { app, stack } = buildDeskApp({ ...CDK_JSON_CONTEXT, ...SKIP_BUNDLING, ...context });
  change?.(stack);
  Validations.of(app).addPlugins(controlTowerChecks());
  let synthError: unknown;
  try {
    app.synth();
  } catch (error) {
    synthError = error;
  }
  const reportFile = join(app.outdir, 'validation-report.json');
  const report: ValidationReport = existsSync(reportFile)
    ? JSON.parse(readFileSync(reportFile, 'utf8'))
    : { pluginReports: [] };
  const guard = report.pluginReports.filter((plugin) => plugin.pluginName === 'cdk-validator-cfnguard');
  return {
    synthError,
    failures: rows(guard.flatMap((plugin) => plugin.violations)),
    acknowledged: guard.flatMap((plugin) => plugin.suppressedViolations ?? []),
  };
}

const routePath = (route: (typeof HTTP_ROUTES)[number]) =>
  `PrivacyDesk/Service/HttpApi/${route.method}${route.path.replaceAll('/', '--')}/Resource`;

/** Every acknowledgement in the stack: the README's deploy section lists the same ones. */
const EXPECTED_ACKNOWLEDGEMENTS: Record<ControlTowerControl, string[]> = {
  // The staff routes carry the JWT authorizer: only the public intake routes are acknowledged.
  'CT.APIGATEWAY.PR.5': HTTP_ROUTES.filter((route) => !('staffOnly' in route)).map(routePath),
  'CT.LAMBDA.PR.3': Object.values(FUNCTIONS).map((fn) => `PrivacyDesk/Service/${fn.id}/Resource`),
  'CT.S3.PR.2': ['PrivacyDesk/State/AccessLogBucket/Resource'],
  'CT.S3.PR.9': ['PrivacyDesk/State/AccessLogBucket/Resource', 'PrivacyDesk/State/MailBucket/Resource'],
  'CT.S3.PR.10': ['PrivacyDesk/State/AccessLogBucket/Resource'],
};

/* Prepare: one run of the rules on the app as `cdk synth` builds it. */
const desk = checkControlTower();

describe('AWS Control Tower proactive controls (cfn-guard rules, at synth)', () => {
  it('no rule fails on the stack', () => {
    expect(desk.failures).toEqual([]);
    expect(desk.synthError).toBeUndefined();
  });

  it('acknowledges only the controls that do not fit by design, on exactly the resources concerned', () => {
    const expected = Object.entries(EXPECTED_ACKNOWLEDGEMENTS)
      .flatMap(([control, paths]) => paths.map((path) => `${control} ${path}`))
      .sort();

    expect(rows(desk.acknowledged)).toEqual(expected);
  });

  it('gives a reason for every acknowledgement, and the README names each control', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

    for (const violation of desk.acknowledged) {
      expect(violation.reason, violation.ruleName).toMatch(/^CT\.[A-Z0-9]+\.PR\.\d+: .{40,}/);
    }
    for (const control of Object.keys(CONTROL_TOWER_CHECKS)) {
      expect(readme).toContain(`\`${control}\``);
    }
  });

  it('still fails synth on a log group that is not encrypted or kept less than a year (guards the check itself)', () => {
    const { failures, synthError } = checkControlTower({}, (stack) => {
      new LogGroup(stack, 'UnencryptedLogGroup', { retention: RetentionDays.ONE_YEAR });
      new LogGroup(stack, 'ShortLivedLogGroup', {
        retention: RetentionDays.ONE_MONTH,
        encryptionKey: stack.state.key,
      });
    });

    expect(failures).toEqual([
      'CT.CLOUDWATCH.PR.2 PrivacyDesk/ShortLivedLogGroup/Resource',
      'CT.CLOUDWATCH.PR.3 PrivacyDesk/UnencryptedLogGroup/Resource',
    ]);
    // Synth fails although the report also holds acknowledged violations of other controls.
    expect(String(synthError)).toMatch(/CT\.CLOUDWATCH\.PR\.3/);
  });

  it.each(Object.entries(CONTROL_TOWER_CHECKS))('%s is checked by the rule named %s', (control, check) => {
    const rulesFolder = join(
      dirname(createRequire(import.meta.url).resolve('@cdklabs/cdk-validator-cfnguard/package.json')),
      'rules/control-tower/cfn-guard',
    );
    const ruleFile = `${control.toLowerCase().replaceAll('.', '-')}.guard`;
    const folder = readdirSync(rulesFolder).find((service) =>
      existsSync(join(rulesFolder, service, ruleFile)),
    );

    expect(folder, ruleFile).toBeDefined();
    expect(readFileSync(join(rulesFolder, folder!, ruleFile), 'utf8')).toContain(`rule ${check} when`);
  });
});

describe('the rules see the template as the deploy-time hook does', () => {
  it('resolves pseudo parameters, and nothing else', () => {
    const template = {
      Resources: {
        Permission: {
          Properties: {
            SourceAccount: { Ref: 'AWS::AccountId' },
            SourceArn: {
              'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':execute-api:', { Ref: 'Api' }]],
            },
          },
        },
      },
    };

    expect(resolvePseudoParameters(template)).toEqual({
      Resources: {
        Permission: {
          Properties: {
            SourceAccount: '123456789012',
            SourceArn: { 'Fn::Join': ['', ['arn:', 'aws', ':execute-api:', { Ref: 'Api' }]] },
          },
        },
      },
    });
  });
});

describe('what the stack does to satisfy the controls', () => {
  const { template } = synthDesk();
  const desk = new DeskTemplate(template);
  const ids = deskIds(desk);
  const storageKeyArn = getAtt(ids.storageKey);
  const thisAccount = { Ref: 'AWS::AccountId' };

  it('every Lambda permission for a service names this account as the source (CT.LAMBDA.PR.2)', () => {
    const permissions = desk.logicalIdsOf('AWS::Lambda::Permission').map((id) => ({
      id,
      principal: desk.resource(id).Properties.Principal,
      sourceAccount: desk.resource(id).Properties.SourceAccount,
    }));

    expect(permissions.length).toBeGreaterThanOrEqual(HTTP_ROUTES.length);
    expect(permissions.filter((permission) => !isEqual(permission.sourceAccount, thisAccount))).toEqual([]);
  });

  it('every log group is encrypted with the storage key and kept a year by default (CT.CLOUDWATCH.PR.2, .3)', () => {
    const logGroups = desk.logicalIdsOf('AWS::Logs::LogGroup').map((id) => desk.resource(id).Properties);

    expect(logGroups).toHaveLength(Object.keys(FUNCTIONS).length + 1);
    for (const logGroup of logGroups) {
      expect(logGroup).toMatchObject({ KmsKeyId: storageKeyArn, RetentionInDays: 365 });
    }
  });

  it('keeps the logs as long as desk:logRetentionDays says', () => {
    const longer = new DeskTemplate(synthDesk({ 'desk:logRetentionDays': '731' }).template);
    const retentions = longer
      .logicalIdsOf('AWS::Logs::LogGroup')
      .map((id) => longer.resource(id).Properties.RetentionInDays);

    expect(new Set(retentions)).toEqual(new Set([731]));
  });

  it.each([['30'], ['366'], ['9999']])('refuses desk:logRetentionDays %s', (days) => {
    expect(() => synthDesk({ 'desk:logRetentionDays': days })).toThrow(
      /Invalid desk context: desk:logRetentionDays: one of 365, 400, 545, 731/,
    );
  });

  it('lets CloudWatch Logs use the storage key for this account and region only', () => {
    expect(desk.keyStatements(ids.storageKey)).toContainEqual(
      expect.objectContaining({
        Effect: 'Allow',
        Principal: { Service: { 'Fn::Join': ['', ['logs.', { Ref: 'AWS::Region' }, '.amazonaws.com']] } },
        Condition: {
          ArnLike: {
            'kms:EncryptionContext:aws:logs:arn': {
              'Fn::Join': [
                '',
                [
                  'arn:',
                  { Ref: 'AWS::Partition' },
                  ':logs:',
                  { Ref: 'AWS::Region' },
                  ':',
                  thisAccount,
                  ':log-group:*',
                ],
              ],
            },
          },
        },
      }),
    );
  });

  it.each([
    ['storage', 'storageKey'],
    ['content', 'contentKey'],
    ['HMAC', 'macKey'],
  ] as const)('the %s key refuses grants that are not for an AWS resource (CT.KMS.PR.3)', (_name, key) => {
    expect(desk.keyStatements(ids[key])).toContainEqual({
      Sid: 'GrantsOnlyForAwsResourcesOrByAwsServices',
      Effect: 'Deny',
      Principal: { AWS: '*' },
      Action: 'kms:CreateGrant',
      Resource: '*',
      Condition: {
        BoolIfExists: { 'kms:GrantIsForAWSResource': 'false', 'aws:PrincipalIsAWSService': 'false' },
      },
    });
  });

  it.each(Object.entries(QUEUES) as [QueueKey, (typeof QUEUES)[QueueKey]][])(
    "the %s queue's dead-letter queue accepts that queue's redrive only (CT.SQS.PR.1)",
    (key, queue) => {
      expect(desk.resource(ids.queue(key)).Properties.RedrivePolicy).toBeDefined();
      expect(
        desk.resource(desk.queueId(`PrivacyDesk-${deadLetterQueueName(queue)}`)).Properties
          .RedriveAllowPolicy,
      ).toEqual({
        redrivePermission: 'byQueue',
        sourceQueueArns: [
          {
            'Fn::Join': [
              '',
              [
                'arn:',
                { Ref: 'AWS::Partition' },
                ':sqs:',
                { Ref: 'AWS::Region' },
                ':',
                thisAccount,
                `:PrivacyDesk-${queue.name}`,
              ],
            ],
          },
        ],
      });
    },
  );

  it('the failure queues of services are declared dead-letter queues (CT.SQS.PR.1)', () => {
    for (const name of ['PrivacyDesk-schedule-dlq', 'PrivacyDesk-receiveMail-failed']) {
      expect(desk.resource(desk.queueId(name)).Properties.RedriveAllowPolicy, name).toEqual({
        redrivePermission: 'allowAll',
      });
    }
  });

  it('both buckets are versioned and publish their object events to EventBridge (CT.S3.PR.4, .11)', () => {
    const buckets = desk.logicalIdsOf('AWS::S3::Bucket');

    expect(buckets).toHaveLength(2);
    for (const bucket of buckets) {
      expect(desk.resource(bucket).Properties).toMatchObject({
        VersioningConfiguration: { Status: 'Enabled' },
        NotificationConfiguration: { EventBridgeConfiguration: { EventBridgeEnabled: true } },
      });
    }
  });

  it('the access-log bucket expires old logs and their deleted versions', () => {
    const accessLogBucket = desk.logicalIdsOf('AWS::S3::Bucket').find((id) => id !== ids.mailBucket)!;

    expect(desk.resource(accessLogBucket).Properties.LifecycleConfiguration).toEqual({
      Rules: [
        {
          Id: 'ExpireAccessLogs',
          ExpirationInDays: 365,
          NoncurrentVersionExpiration: { NoncurrentDays: 30 },
          Status: 'Enabled',
        },
        { Id: 'RemoveExpiredDeleteMarkers', ExpiredObjectDeleteMarker: true, Status: 'Enabled' },
      ],
    });
  });
});

describe('which rules run', () => {
  it('only the rules that name a resource type the template has', () => {
    const rules = ruleFilesFor(new Set(['AWS::S3::Bucket']));
    const short = rules.map((file) => file.split('/').slice(-2).join('/'));

    expect(short).toEqual(expect.arrayContaining(['s3/ct-s3-pr-2.guard', 's3/ct-s3-pr-10.guard']));
    expect(short.filter((rule) => rule.startsWith('ec2/') || rule.startsWith('lambda/'))).toEqual([]);
    for (const rule of rules) {
      expect(readFileSync(rule, 'utf8'), rule).toContain('AWS::S3::Bucket');
    }
  });
});
