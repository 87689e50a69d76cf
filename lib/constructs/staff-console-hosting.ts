import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  Distribution,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { cognitoConsoleSettings, staffConsoleCsp } from '../../web/staff-console-hosting.ts';
import { PRIVATE_SITE_BUCKET, strictSecurityHeaders } from './static-site-hosting.ts';

/*
 * The staff console's static files in a private S3 bucket behind CloudFront (origin access control:
 * only the distribution reads the bucket), with the console's Content-Security-Policy on every
 * answer: scripts and styles from the console's own origin only, requests to the staff API and to
 * Cognito's hosted UI (the token exchange) and nowhere else. The console's settings (API URL, hosted
 * UI domain, app client) are written beside it as config.json, so one build serves any deployment.
 * The app client must list `https://<distribution domain>/` as its callback and sign-out URL, and
 * the staff API must allow the distribution's origin in CORS (`desk:corsOrigins`).
 */

export interface StaffConsoleSignIn {
  /** The user pool's hosted UI, e.g. https://desk-staff.auth.eu-north-1.amazoncognito.com */
  readonly authDomain: string;
  readonly clientId: string;
}

export interface StaffConsoleHostingProps {
  /** The built console (scripts/build-staff-console.ts). */
  readonly sourceDir: string;
  /** The HTTP API's URL (https://…/), where the console sends its requests. */
  readonly apiUrl: string;
  readonly signIn: StaffConsoleSignIn;
}

export class StaffConsoleHosting extends Construct {
  public readonly bucket: Bucket;
  public readonly distribution: Distribution;
  public readonly url: string;

  public constructor(scope: Construct, id: string, props: StaffConsoleHostingProps) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Files', {
      ...PRIVATE_SITE_BUCKET,
      // Built files only: a new deploy writes them again.
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: true,
    });
    // Origins as given (they may be deploy-time tokens): the API's endpoint and the hosted UI.
    const apiOrigin = props.apiUrl.replace(/\/+$/, '');
    const authOrigin = props.signIn.authDomain;
    const headers = new ResponseHeadersPolicy(this, 'Headers', {
      securityHeadersBehavior: strictSecurityHeaders(staffConsoleCsp({ api: apiOrigin, signIn: authOrigin })),
      customHeadersBehavior: {
        customHeaders: [{ header: 'Cache-Control', value: 'no-store', override: true }],
      },
    });
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Privacy Desk staff console',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: headers,
      },
    });
    this.url = `https://${this.distribution.distributionDomainName}/`;
    new BucketDeployment(this, 'Deploy', {
      sources: [
        Source.asset(props.sourceDir),
        Source.jsonData(
          'config.json',
          cognitoConsoleSettings({
            apiUrl: apiOrigin,
            authDomain: authOrigin,
            clientId: props.signIn.clientId,
            consoleUrl: this.url,
          }),
        ),
      ],
      destinationBucket: this.bucket,
      distribution: this.distribution,
      memoryLimit: 256,
    });
    // cdk-nag findings this construct accepts, with their reasons (policy validation acknowledgements).
    for (const { id, reason } of [
      {
        id: 'AwsSolutions-S1',
        reason: 'Built static files, rewritten at each deploy; CloudFront serves them.',
      },
      {
        id: 'AwsSolutions-CFR1',
        reason: 'Staff sign in with MFA through Cognito wherever they travel; no geo restriction.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason: 'Static files only; the API behind its own authorizer and throttle.',
      },
      { id: 'AwsSolutions-CFR3', reason: 'Static files only: the API has its access log.' },
      {
        id: 'AwsSolutions-CFR4',
        reason: 'The default CloudFront certificate; a custom domain with TLS 1.2 is the operator’s choice.',
      },
      { id: 'AwsSolutions-IAM4', reason: 'CDK’s BucketDeployment and auto-delete custom resources.' },
      { id: 'AwsSolutions-IAM5', reason: 'CDK’s BucketDeployment copies the asset into this bucket.' },
      { id: 'AwsSolutions-L1', reason: 'CDK’s BucketDeployment function picks its own runtime.' },
    ]) {
      Validations.of(this).acknowledge({ id, reason });
    }
  }
}
