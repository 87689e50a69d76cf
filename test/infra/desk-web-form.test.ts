import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { controlTowerChecks } from '../../lib/control-tower.ts';
import { buildDeskApp } from '../../lib/desk-stack.ts';
import { apiPathPatterns } from '../../lib/desk-web-form.ts';
import { CDK_JSON_CONTEXT, SKIP_BUNDLING, synthDesk } from './desk-template.ts';

const SAME_ORIGIN = { 'desk:webForm': 'cloudfront', 'desk:webFormApi': 'same-origin' };
const CORS = { 'desk:webForm': 'cloudfront', 'desk:webFormApi': 'cors' };

type Behaviour = { PathPattern: string; AllowedMethods?: string[] };
type DistributionConfig = { CacheBehaviors?: Behaviour[]; DefaultRootObject: string; Origins: unknown[] };

function distributionConfig(context: Record<string, unknown>): DistributionConfig | undefined {
  const { template } = synthDesk(context);
  const distributions = Object.values(template.findResources('AWS::CloudFront::Distribution'));
  return distributions[0]?.Properties.DistributionConfig as DistributionConfig | undefined;
}

describe('the web form on CloudFront (optional)', () => {
  // The first synth of the file pays for loading the CDK app (over a minute on a loaded machine).
  it('is off by default: no distribution, no form bucket', { timeout: 180_000 }, () => {
    const { template } = synthDesk();
    expect(Object.keys(template.findResources('AWS::CloudFront::Distribution'))).toEqual([]);
  });

  it('same origin: the private bucket behind origin access control, the API paths as behaviours', () => {
    const { template } = synthDesk(SAME_ORIGIN);
    const config = distributionConfig(SAME_ORIGIN)!;
    const policy = Object.values(template.findResources('AWS::CloudFront::ResponseHeadersPolicy'))[0]
      ?.Properties.ResponseHeadersPolicyConfig as {
      SecurityHeadersConfig: { ContentSecurityPolicy: { ContentSecurityPolicy: string } };
    };

    expect({
      root: config.DefaultRootObject,
      behaviours: (config.CacheBehaviors ?? []).map((behaviour) => behaviour.PathPattern).sort(),
      oac: Object.keys(template.findResources('AWS::CloudFront::OriginAccessControl')).length,
      csp: policy.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy,
    }).toEqual({
      root: 'index.html',
      behaviours: [...apiPathPatterns()].sort(),
      oac: 1,
      csp: "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types 'none'",
    });
    expect(apiPathPatterns()).toEqual(['/health', '/requests', '/requests/*', '/openapi.json']);
  });

  it('CORS: no API behaviours, and the API allows the distribution origin', () => {
    const { template } = synthDesk(CORS);
    const config = distributionConfig(CORS)!;
    const api = Object.values(template.findResources('AWS::ApiGatewayV2::Api'))[0]?.Properties as {
      CorsConfiguration: { AllowOrigins: unknown[]; AllowHeaders: string[] };
    };

    expect({
      behaviours: config.CacheBehaviors ?? [],
      origins: JSON.stringify(api.CorsConfiguration.AllowOrigins),
      headers: api.CorsConfiguration.AllowHeaders,
    }).toEqual({
      behaviours: [],
      origins: expect.stringMatching(/https:\/\/.*DomainName/),
      headers: ['content-type', 'idempotency-key', 'authorization'],
    });
  });

  it.each([
    ['same origin', SAME_ORIGIN],
    ['CORS', CORS],
  ])('%s: cdk-nag reports no unacknowledged finding', (_name, context) => {
    const { app } = synthDesk(context);
    const findings = new AwsSolutionsChecks().validateScope(app).violations.map((violation) => ({
      rule: violation.ruleName,
      resources: violation.violatingResources.map((r) => r.constructPath),
    }));
    expect(findings).toEqual([]);
  });

  it.each([
    ['same origin', SAME_ORIGIN],
    ['CORS', CORS],
  ])('%s: the Control Tower controls pass or are acknowledged', { timeout: 240_000 }, (_name, context) => {
    const { app } = buildDeskApp({ ...CDK_JSON_CONTEXT, ...SKIP_BUNDLING, ...context });
    Validations.of(app).addPlugins(controlTowerChecks());
    try {
      app.synth();
    } catch {
      // The report says what failed.
    }
    const reportFile = join(app.outdir, 'validation-report.json');
    const report = existsSync(reportFile)
      ? (JSON.parse(readFileSync(reportFile, 'utf8')) as {
          pluginReports: {
            violations?: { description: string; violatingConstructs: { constructPath: string }[] }[];
          }[];
        })
      : { pluginReports: [] };
    const failures = report.pluginReports.flatMap((plugin) =>
      (plugin.violations ?? []).flatMap((violation) =>
        violation.violatingConstructs.map(
          (construct) =>
            `${/\[(CT\.[A-Z0-9]+\.PR\.\d+)\]/.exec(violation.description)?.[1]} ${construct.constructPath}`,
        ),
      ),
    );
    expect(failures).toEqual([]);
  });
});
