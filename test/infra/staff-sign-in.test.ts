import { describe, expect, it } from 'vitest';
import { FUNCTIONS, HTTP_ROUTES, STAFF_AUTH_ENV } from '../../lib/desk-resources.ts';
import { DeskTemplate, synthDesk } from './desk-template.ts';

/*
 * The staff sign-in: a user pool nobody joins by themselves, MFA required, a group per role, a
 * public console client for the code flow with PKCE, and the JWT authorizer on every /staff/ route
 * (and on no public one); the staff functions verify the same pool's tokens themselves.
 */
const { template } = synthDesk();
const desk = new DeskTemplate(template);
const poolId = desk.logicalIdsOf('AWS::Cognito::UserPool')[0]!;

describe('the staff sign-in', () => {
  it('is one user pool: admin-created users only, MFA required (authenticator app), threat protection enforced', () => {
    expect(desk.logicalIdsOf('AWS::Cognito::UserPool')).toHaveLength(1);
    expect(desk.resource(poolId).Properties).toMatchObject({
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
      DeletionProtection: 'ACTIVE',
    });
  });

  it('has the groups representative, manager and dpo', () => {
    const groups = desk
      .logicalIdsOf('AWS::Cognito::UserPoolGroup')
      .map((id) => desk.resource(id).Properties.GroupName)
      .sort();
    expect(groups).toEqual(['dpo', 'manager', 'representative']);
  });

  it('has one console client: no secret, authorization code flow only, OpenID scopes', () => {
    const clients = desk.logicalIdsOf('AWS::Cognito::UserPoolClient');
    expect(clients).toHaveLength(1);
    const client = desk.resource(clients[0]!).Properties;
    expect(client).toMatchObject({
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      PreventUserExistenceErrors: 'ENABLED',
    });
    expect([...(client.AllowedOAuthScopes as string[])].sort()).toEqual(['email', 'openid', 'profile']);
  });

  it('guards exactly the /staff/ routes with the JWT authorizer of that pool and client', () => {
    const authorizers = desk.logicalIdsOf('AWS::ApiGatewayV2::Authorizer');
    expect(authorizers).toHaveLength(1);
    const authorizer = desk.resource(authorizers[0]!).Properties;
    expect(authorizer).toMatchObject({
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
    });
    expect(JSON.stringify(authorizer.JwtConfiguration)).toContain(poolId);
    const guarded = desk
      .logicalIdsOf('AWS::ApiGatewayV2::Route')
      .map((id) => desk.resource(id).Properties)
      .map((route) => [route.RouteKey as string, route.AuthorizationType ?? 'NONE'] as const);
    const expected = HTTP_ROUTES.map(
      (route) => [`${route.method} ${route.path}`, 'staffOnly' in route ? 'JWT' : 'NONE'] as const,
    );
    expect(Object.fromEntries(guarded)).toEqual(Object.fromEntries(expected));
  });

  it('tells each staff function the issuer, the client and the keys to verify tokens with again', () => {
    for (const key of ['staffCases', 'staffActions', 'staffReports'] as const) {
      const fn = desk.resource(desk.functionId(FUNCTIONS[key].description));
      const variables = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(JSON.stringify(variables[STAFF_AUTH_ENV.issuer]), key).toContain(poolId);
      expect(JSON.stringify(variables[STAFF_AUTH_ENV.jwksUrl]), key).toContain('/.well-known/jwks.json');
      expect(JSON.stringify(variables[STAFF_AUTH_ENV.audience]), key).toContain('StaffConsoleClient');
    }
    const health = desk.resource(desk.functionId(FUNCTIONS.health.description));
    expect(
      (health.Properties.Environment as { Variables: Record<string, unknown> }).Variables[
        STAFF_AUTH_ENV.issuer
      ],
    ).toBeUndefined();
  });
});
