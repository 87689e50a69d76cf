import { CfnOutput, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import {
  AccountRecovery,
  CfnUserPoolGroup,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  UserPool,
  type UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { STAFF_ROLES } from '../domain/staff/staff-identity.ts';

export interface StaffSignInProps {
  readonly namePrefix: string;
  /** Where the staff console may receive the authorization code (its callback pages). */
  readonly callbackUrls: readonly string[];
  /** A Cognito domain prefix for the hosted sign-in pages; without it the stack creates none. */
  readonly domainPrefix?: string;
}

/**
 * The staff sign-in: a Cognito user pool for the desk's staff only (no self sign-up: an operator
 * creates each user, for an address in the configuration; MFA required, by authenticator app;
 * Cognito's threat protection enforcing), a group per staff role, and one public app client for the
 * staff console, authorization code flow with PKCE. The pool vouches for the email address; the
 * functions read the role from the configuration, so a group is for people to see, never trusted.
 * The HTTP API's JWT authorizer checks the pool's ID tokens on every /staff/ route.
 */
export class StaffSignIn extends Construct {
  public readonly userPool: UserPool;
  public readonly client: UserPoolClient;
  public readonly issuer: string;
  public readonly jwksUrl: string;
  public readonly authorizer: HttpJwtAuthorizer;

  public constructor(scope: Construct, id: string, props: StaffSignInProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'UserPool', {
      userPoolName: `${props.namePrefix}-staff`,
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: false } },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const role of STAFF_ROLES) {
      new CfnUserPoolGroup(this, `Group-${role}`, {
        userPoolId: this.userPool.userPoolId,
        groupName: role,
        description: `Privacy Desk staff: ${role} (the desk reads the role from its configuration)`,
      });
    }
    this.client = this.userPool.addClient('StaffConsoleClient', {
      userPoolClientName: 'staff-console',
      // A browser application: no secret; the authorization code flow with PKCE.
      generateSecret: false,
      authFlows: { userSrp: false, userPassword: false, adminUserPassword: false, custom: false },
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [...props.callbackUrls],
        logoutUrls: [...props.callbackUrls],
      },
      preventUserExistenceErrors: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      enableTokenRevocation: true,
    });
    if (props.domainPrefix) {
      this.userPool.addDomain('SignInDomain', { cognitoDomain: { domainPrefix: props.domainPrefix } });
    }
    this.issuer = `https://cognito-idp.${Stack.of(this).region}.amazonaws.com/${this.userPool.userPoolId}`;
    this.jwksUrl = `${this.issuer}/.well-known/jwks.json`;
    this.authorizer = new HttpJwtAuthorizer('StaffJwtAuthorizer', this.issuer, {
      authorizerName: 'staff-jwt',
      jwtAudience: [this.client.userPoolClientId],
      identitySource: ['$request.header.Authorization'],
    });

    new CfnOutput(this, 'StaffUserPoolId', {
      key: 'StaffUserPoolId',
      value: this.userPool.userPoolId,
      description:
        'Cognito user pool of the staff: create each staff member there, with the address the configuration names',
    });
    new CfnOutput(this, 'StaffConsoleClientId', {
      key: 'StaffConsoleClientId',
      value: this.client.userPoolClientId,
      description: 'App client of the staff console (authorization code flow with PKCE)',
    });
    new CfnOutput(this, 'StaffTokenIssuer', { key: 'StaffTokenIssuer', value: this.issuer });
  }
}
