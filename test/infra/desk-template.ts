import { readFileSync } from 'node:fs';
import { Template } from 'aws-cdk-lib/assertions';
import { expect } from 'vitest';
import { buildDeskApp } from '../../lib/desk-stack.ts';

/* The app as `cdk synth` builds it (feature flags from cdk.json), without bundling. */
export const CDK_JSON_CONTEXT = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8'))
  .context as Record<string, unknown>;
export const SKIP_BUNDLING = { 'aws:cdk:bundling-stacks': [] };

export function synthDesk(context: Record<string, unknown> = {}) {
  const { app, stack } = buildDeskApp({ ...CDK_JSON_CONTEXT, ...SKIP_BUNDLING, ...context });
  return { app, stack, template: Template.fromStack(stack) };
}

export type CfnResource = {
  Type: string;
  Properties: Record<string, unknown>;
  DeletionPolicy?: string;
  DependsOn?: string[];
};

export type PolicyStatementJson = {
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource?: unknown;
  Principal?: unknown;
  Condition?: Record<string, Record<string, unknown>>;
  Sid?: string;
};

export const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Lookups in one synthesized template, by what a resource is rather than by its hashed logical id. */
export class DeskTemplate {
  public readonly resources: Record<string, CfnResource>;

  public constructor(public readonly template: Template) {
    this.resources = template.toJSON().Resources as Record<string, CfnResource>;
  }

  public resource(logicalId: string): CfnResource {
    const found = this.resources[logicalId];
    if (!found) throw new Error(`no resource ${logicalId}`);
    return found;
  }

  public onlyLogicalId(type: string, properties: Record<string, unknown>): string {
    const ids = Object.keys(this.template.findResources(type, { Properties: properties }));
    expect(ids, `${type} ${JSON.stringify(properties)}`).toHaveLength(1);
    return ids[0]!;
  }

  public logicalIdsOf(type: string): string[] {
    return Object.entries(this.resources)
      .filter(([, resource]) => resource.Type === type)
      .map(([id]) => id);
  }

  public functionId(description: string): string {
    return this.onlyLogicalId('AWS::Lambda::Function', { Description: description });
  }

  /** The role of a function, from its `Role: {Fn::GetAtt: [role, Arn]}`. */
  public roleIdOfFunction(functionId: string): string {
    const role = this.resource(functionId).Properties.Role as { 'Fn::GetAtt': [string, string] };
    return role['Fn::GetAtt'][0];
  }

  /** Every statement of every AWS::IAM::Policy attached to the role. */
  public statementsOfRole(roleId: string): PolicyStatementJson[] {
    return Object.values(this.resources)
      .filter(
        (resource) =>
          resource.Type === 'AWS::IAM::Policy' &&
          asArray(resource.Properties.Roles as unknown[]).some(
            (role) => JSON.stringify(role) === JSON.stringify({ Ref: roleId }),
          ),
      )
      .flatMap(
        (policy) => (policy.Properties.PolicyDocument as { Statement: PolicyStatementJson[] }).Statement,
      );
  }

  public queueId(physicalName: string): string {
    return this.onlyLogicalId('AWS::SQS::Queue', { QueueName: physicalName });
  }

  public keyIdByDescription(pattern: RegExp): string {
    const ids = this.logicalIdsOf('AWS::KMS::Key').filter((id) =>
      pattern.test(String(this.resource(id).Properties.Description)),
    );
    expect(ids, `one key described ${pattern}`).toHaveLength(1);
    return ids[0]!;
  }

  public keyStatements(keyId: string): PolicyStatementJson[] {
    return (this.resource(keyId).Properties.KeyPolicy as { Statement: PolicyStatementJson[] }).Statement;
  }
}

export const getAtt = (logicalId: string, attribute = 'Arn') => ({ 'Fn::GetAtt': [logicalId, attribute] });
export const ref = (logicalId: string) => ({ Ref: logicalId });

/** True when `value` (a resolved CloudFormation value) mentions the logical id anywhere. */
export const mentions = (value: unknown, logicalId: string): boolean =>
  JSON.stringify(value ?? null).includes(`"${logicalId}"`);
