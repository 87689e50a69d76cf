import { Template } from 'aws-cdk-lib/assertions';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { describe, expect, it } from 'vitest';
import { CONTENT_KEY_ACTIONS, KEY_ADMIN_ACTIONS } from '../../lib/constructs/content-keys.ts';
import { FUNCTIONS, type FunctionDeclaration, type FunctionKey } from '../../lib/desk-resources.ts';
import { buildDeskApp } from '../../lib/desk-stack.ts';
import {
  asArray,
  CDK_JSON_CONTEXT,
  DeskTemplate,
  getAtt,
  SKIP_BUNDLING,
  synthDesk,
} from './desk-template.ts';
import { deskIds, expectLeastPrivilege, grantsOfRole } from './least-privilege.ts';

/* Prepare */
const { template } = synthDesk();
const desk = new DeskTemplate(template);
const ids = deskIds(desk);
const functionEntries = Object.entries(FUNCTIONS) as [FunctionKey, FunctionDeclaration][];
const roleOf = (key: FunctionKey) => desk.roleIdOfFunction(desk.functionId(FUNCTIONS[key].description));

describe('each function may do what its declaration says, and nothing else', () => {
  it.each(functionEntries.map(([key]) => [key]))('%s', (key) => {
    expectLeastPrivilege(desk, key);
  });

  it.each([
    ['a write on a read-only table', 'dynamodb:PutItem'],
    ['a queue it does not send to', 'sqs:SendMessage'],
    ['the content key to a function without content', 'kms:Decrypt'],
  ])('the check fails on %s (guards the check itself)', (_what, action) => {
    const { stack } = buildDeskApp({ ...CDK_JSON_CONTEXT, ...SKIP_BUNDLING });
    const { health } = stack.service.functions;
    const resource = {
      'dynamodb:PutItem': stack.state.table.tableArn,
      'sqs:SendMessage': stack.state.queues.notify.queue.queueArn,
      'kms:Decrypt': stack.state.contentKeys.contentKey.keyArn,
    }[action]!;
    health.addToRolePolicy(new PolicyStatement({ actions: [action], resources: [resource] }));
    expect(() => expectLeastPrivilege(new DeskTemplate(Template.fromStack(stack)), 'health')).toThrow();
  });

  it('no role of the stack is granted an action on every resource ("*")', () => {
    const everything = desk
      .logicalIdsOf('AWS::IAM::Role')
      .flatMap((role) => grantsOfRole(desk, role).map((grant) => ({ role, ...grant })))
      .filter((grant) => grant.resource === '*');
    expect(everything).toEqual([]);
  });

  it('no role needs cloudwatch:PutMetricData: metrics are EMF log lines', () => {
    const putMetricData = desk
      .logicalIdsOf('AWS::IAM::Role')
      .flatMap((role) => grantsOfRole(desk, role))
      .filter((grant) => grant.action.startsWith('cloudwatch:'));
    expect(putMetricData).toEqual([]);
  });
});

describe('content keys', () => {
  const contentKeyStatements = desk.keyStatements(ids.contentKey);
  const macKeyStatements = desk.keyStatements(ids.macKey);
  /** The roles a key policy lets use an action (named in aws:PrincipalArn conditions). */
  const rolesAllowed = (statements: typeof contentKeyStatements, action: string) =>
    statements
      .filter((statement) => asArray(statement.Action).includes(action))
      .map((statement) => {
        const principalArn = statement.Condition?.ArnEquals?.['aws:PrincipalArn'] as
          | { 'Fn::GetAtt': [string, string] }
          | undefined;
        expect(principalArn, `${action} is allowed to a named role only`).toBeDefined();
        return principalArn!['Fn::GetAtt'][0];
      })
      .sort();
  const rolesOf = (predicate: (fn: FunctionDeclaration) => boolean) =>
    functionEntries
      .filter(([, fn]) => predicate(fn))
      .map(([key]) => roleOf(key))
      .sort();

  it('are two separate keys from the storage key, retained on stack deletion', () => {
    expect(new Set([ids.storageKey, ids.contentKey, ids.macKey]).size).toBe(3);
    for (const id of [ids.contentKey, ids.macKey]) {
      expect(desk.resource(id).DeletionPolicy).toBe('Retain');
    }
  });

  it('the content key is symmetric with rotation; the MAC key is HMAC_256 for GENERATE_VERIFY_MAC', () => {
    expect(desk.resource(ids.contentKey).Properties).toMatchObject({ EnableKeyRotation: true });
    expect(desk.resource(ids.contentKey).Properties.KeySpec).toBeUndefined();
    expect(desk.resource(ids.macKey).Properties).toMatchObject({
      KeySpec: 'HMAC_256',
      KeyUsage: 'GENERATE_VERIFY_MAC',
      EnableKeyRotation: false,
    });
  });

  it('lets the account administer both keys but use neither', () => {
    for (const statements of [contentKeyStatements, macKeyStatements]) {
      const account = statements.filter((statement) => statement.Condition === undefined);
      expect(account).toEqual([
        expect.objectContaining({
          Sid: 'AccountAdministersButCannotUseTheKey',
          Action: [...KEY_ADMIN_ACTIONS],
        }),
      ]);
      expect(JSON.stringify(account)).not.toMatch(
        /kms:\*|Decrypt|Encrypt|GenerateDataKey|GenerateMac|CreateGrant/,
      );
    }
  });

  it("grants kms:Decrypt on the content key only to the roles of `content: 'decrypt'` functions", () => {
    expect(rolesAllowed(contentKeyStatements, 'kms:Decrypt')).toEqual(
      rolesOf((fn) => fn.content === 'decrypt'),
    );
  });

  it('grants kms:GenerateDataKey on the content key and kms:GenerateMac on the MAC key to every content function', () => {
    const contentRoles = rolesOf((fn) => fn.content !== 'none');
    expect(rolesAllowed(contentKeyStatements, 'kms:GenerateDataKey')).toEqual(contentRoles);
    expect(rolesAllowed(macKeyStatements, 'kms:GenerateMac')).toEqual(contentRoles);
  });

  it('key policy statements name only the actions the declaration needs', () => {
    const allowed = [...contentKeyStatements, ...macKeyStatements].filter(
      (s) => s.Effect === 'Allow' && s.Condition,
    );
    for (const statement of allowed) {
      const actions = asArray(statement.Action).sort();
      expect([
        [...CONTENT_KEY_ACTIONS.encrypt.content].sort(),
        [...CONTENT_KEY_ACTIONS.decrypt.content].sort(),
        [...CONTENT_KEY_ACTIONS.decrypt.mac].sort(),
      ]).toContainEqual(actions);
    }
  });

  it('passes both key ARNs to the content functions only', () => {
    for (const [key, fn] of functionEntries) {
      const variables = (
        desk.resource(desk.functionId(fn.description)).Properties.Environment as {
          Variables: Record<string, unknown>;
        }
      ).Variables;
      expect([variables.DESK_CONTENT_KEY_ARN, variables.DESK_MAC_KEY_ARN], key).toEqual(
        fn.content === 'none' ? [undefined, undefined] : [getAtt(ids.contentKey), getAtt(ids.macKey)],
      );
    }
  });
});

describe('the audit signing key', () => {
  it('is an ECC_NIST_P256 signing key, retained on stack deletion', () => {
    expect(desk.resource(ids.auditSigningKey)).toMatchObject({
      DeletionPolicy: 'Retain',
      Properties: { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' },
    });
  });

  it('lets only the sweep sign; the account may read the public key and verify, never sign', () => {
    const statements = desk.keyStatements(ids.auditSigningKey);
    const signing = statements.filter((statement) => [statement.Action].flat().includes('kms:Sign'));
    expect(signing).toHaveLength(1);
    expect(JSON.stringify(signing[0]!.Condition)).toContain(roleOf('sweep'));
    const account = statements.find(
      (statement) => statement.Sid === 'AccountAdministersAndVerifiesButCannotSign',
    );
    expect([account?.Action].flat()).toEqual(expect.arrayContaining(['kms:GetPublicKey', 'kms:Verify']));
    expect([account?.Action].flat()).not.toContain('kms:Sign');
  });
});
