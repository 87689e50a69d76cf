import { CfnOutput, Duration, Fn, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { CfnApi, HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as EdgeFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Bucket, type CfnBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import type { DeskConfig } from '../domain/config/desk-config.ts';
import { LANGUAGES } from '../domain/request-types.ts';
import { formPageCsp } from '../web/pages/csp.ts';
import { staticSiteFiles } from '../web/static-site.ts';
import type { DeskFunction } from './constructs/desk-function.ts';
import { PRIVATE_SITE_BUCKET, strictSecurityHeaders } from './constructs/static-site-hosting.ts';
import { acknowledgeControl } from './control-tower.ts';
import { CORS_ORIGINS_ENV, HTTP_ROUTES } from './desk-resources.ts';

/** Where the form's API calls go: the distribution's own origin (a behaviour per API path), or the API's URL. */
export type WebFormApiMode = 'same-origin' | 'cors';

export interface DeskWebFormProps {
  readonly config: DeskConfig;
  readonly api: HttpApi;
  readonly apiMode: WebFormApiMode;
  /** The HTTP functions, which answer CORS for the form's origin in `cors` mode. */
  readonly httpFunctions: readonly DeskFunction[];
  /** The origins already allowed (`desk:corsOrigins`). */
  readonly corsOrigins: readonly string[];
  readonly accessLogBucket: Bucket;
}

/** The API paths as CloudFront path patterns (`/requests/{ref}` → `/requests/*`), each once. */
export function apiPathPatterns(): string[] {
  // `/requests/verify`, `/requests/{ref}` and `/requests/{ref}/export` are all `/requests/*`.
  // The staff API is not the requesters' site: the console reaches it at the API's own URL.
  const requesterRoutes = HTTP_ROUTES.filter((route) => !route.path.startsWith('/staff/'));
  const patterns = requesterRoutes.flatMap((route) => {
    const [first = '', ...rest] = route.path.slice(1).split('/');
    return rest.length > 0 ? [`/${first}/*`] : [`/${first}`];
  });
  return [...new Set(patterns)];
}

/**
 * The viewer-request function: `/` goes to the form in the first of the desk's languages the browser
 * accepts (else English), and a folder (`/nl/`) is served its `index.html` (S3 behind OAC has no
 * index documents).
 */
export function viewerRequestCode(): string {
  return `var LANGUAGES = ${JSON.stringify(LANGUAGES)};
var ALIASES = { no: 'nb', nn: 'nb' };
function pick(header) {
  var ranges = (header || '').split(',').map(function (part, index) {
    var pieces = part.trim().split(';');
    var q = 1;
    pieces.slice(1).forEach(function (p) { var m = /^\\s*q=([0-9.]+)\\s*$/i.exec(p); if (m) q = Number(m[1]); });
    var code = pieces[0].trim().split('-')[0].toLowerCase();
    return { code: ALIASES[code] || code, q: q, index: index };
  }).filter(function (r) { return r.q > 0 && LANGUAGES.indexOf(r.code) !== -1; });
  ranges.sort(function (a, b) { return b.q - a.q || a.index - b.index; });
  return ranges.length > 0 ? ranges[0].code : 'en';
}
function handler(event) {
  var request = event.request;
  if (request.uri === '/' || request.uri === '/index.html') {
    var header = request.headers['accept-language'];
    return { statusCode: 302, statusDescription: 'Found', headers: {
      location: { value: '/' + pick(header && header.value) + '/' },
      'cache-control': { value: 'no-store' }, vary: { value: 'accept-language' } } };
  }
  if (request.uri.endsWith('/')) request.uri += 'index.html';
  return request;
}
`;
}

/**
 * The web form as static files in a private S3 bucket behind CloudFront (origin access control), with
 * the strict policy as a response header. `same-origin`: the API paths are behaviours of the same
 * distribution, so the form posts to its own origin; `cors`: the pages post to the API's URL and the
 * API allows the distribution's origin.
 */
export class DeskWebForm extends Construct {
  public readonly bucket: Bucket;
  public readonly distribution: Distribution;

  public constructor(scope: Construct, id: string, props: DeskWebFormProps) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      ...PRIVATE_SITE_BUCKET,
      versioned: true,
      serverAccessLogsBucket: props.accessLogBucket,
      serverAccessLogsPrefix: 'web-form/',
      lifecycleRules: [{ id: 'ExpireOldVersions', noncurrentVersionExpiration: Duration.days(30) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // S3 event notifications (CT.S3.PR.4) to EventBridge, set on the bucket itself as the desk's
    // buckets do: no notification custom resource.
    (this.bucket.node.defaultChild as CfnBucket).notificationConfiguration = {
      eventBridgeConfiguration: { eventBridgeEnabled: true },
    };
    acknowledgeControl(
      this.bucket,
      'CT.S3.PR.9',
      'the bucket holds the public web form, rewritten by every deploy; Object Lock would keep old pages from being replaced.',
    );
    acknowledgeControl(
      this.bucket,
      'CT.S3.PR.10',
      'the bucket holds the public web form only (no personal data); SSE-S3 lets CloudFront read it through origin access control without a key policy for the distribution.',
    );

    const apiDomain = Fn.select(2, Fn.split('/', props.api.apiEndpoint));
    const apiOrigin = props.apiMode === 'cors' ? props.api.apiEndpoint : '';
    // The header cannot name the API itself in CORS mode (the API allows the distribution: a cycle);
    // it admits the region's API Gateway hosts, and each page's own policy (<meta>) names the API.
    const headerApiOrigin =
      props.apiMode === 'cors'
        ? `https://*.execute-api.${Stack.of(this).region}.${Stack.of(this).urlSuffix}`
        : '';
    const headers = new ResponseHeadersPolicy(this, 'Headers', {
      comment: 'Privacy Desk web form: strict CSP, no framing, no referrer',
      securityHeadersBehavior: strictSecurityHeaders(formPageCsp(headerApiOrigin)),
    });
    const viewerRequest = new EdgeFunction(this, 'ViewerRequest', {
      comment: 'Privacy Desk web form: / by Accept-Language, folders to index.html',
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(viewerRequestCode()),
    });

    const apiBehaviour = {
      origin: new HttpOrigin(apiDomain, { protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY }),
      viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: AllowedMethods.ALLOW_ALL,
      cachePolicy: CachePolicy.CACHING_DISABLED,
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
    };
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Privacy Desk web form',
      defaultRootObject: 'index.html',
      minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
        functionAssociations: [{ function: viewerRequest, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors:
        props.apiMode === 'same-origin'
          ? Object.fromEntries(apiPathPatterns().map((pattern) => [pattern, apiBehaviour]))
          : {},
    });
    const formOrigin = `https://${this.distribution.distributionDomainName}`;

    if (props.apiMode === 'cors') {
      // The API allows the distribution's origin besides the configured ones (preflight and answers).
      const origins = [...props.corsOrigins, formOrigin];
      const cfnApi = props.api.node.defaultChild as CfnApi;
      cfnApi.corsConfiguration = {
        allowOrigins: origins,
        allowMethods: [...new Set(HTTP_ROUTES.map((route) => route.method)), 'OPTIONS'],
        allowHeaders: ['content-type', 'idempotency-key', 'authorization'],
        maxAge: Duration.hours(1).toSeconds(),
      };
      for (const fn of props.httpFunctions) fn.addEnvironment(CORS_ORIGINS_ENV, origins.join(','));
    }

    const files = staticSiteFiles({
      services: props.config.processorServices,
      privacyStatementUrl: props.config.privacyStatementUrl,
      apiBaseUrl: apiOrigin,
    });
    const deployment = new BucketDeployment(this, 'Files', {
      destinationBucket: this.bucket,
      sources: Object.entries(files).map(([name, file]) => Source.data(name, file.body)),
      distribution: this.distribution,
      distributionPaths: ['/*'],
      prune: true,
    });
    acknowledgeWebFormFindings(this, deployment);

    new CfnOutput(this, 'WebFormUrl', {
      key: 'WebFormUrl',
      value: `${formOrigin}/`,
      description: `The web form (CloudFront); the API ${props.apiMode === 'same-origin' ? 'on the same origin' : `at its own URL, CORS allowing this origin`}`,
    });
  }
}

function acknowledgeWebFormFindings(form: DeskWebForm, deployment: BucketDeployment): void {
  Validations.of(form.distribution).acknowledge(
    {
      id: 'AwsSolutions-CFR1',
      reason:
        'The form is for requesters in any country (the GDPR protects people wherever they are); no geo restriction.',
    },
    {
      id: 'AwsSolutions-CFR2',
      reason:
        'The form is static; the API behind it is throttled per route by API Gateway. Attach a WAF web ACL of the organisation if it has one.',
    },
    {
      id: 'AwsSolutions-CFR3',
      reason:
        "CloudFront standard logs need an ACL-enabled bucket; the desk's log bucket enforces bucket-owner ownership. The API keeps its own access log.",
    },
    {
      id: 'AwsSolutions-CFR4',
      reason:
        'The default *.cloudfront.net certificate allows only what CloudFront allows for it; with an own domain and certificate, TLSv1.2_2021 is set (minimumProtocolVersion).',
    },
  );
  const cloudFrontReasons: [Parameters<typeof acknowledgeControl>[1], string][] = [
    [
      'CT.CLOUDFRONT.PR.4',
      'one S3 origin holds the static form; an origin group would need a replicated second bucket for files any deploy rewrites.',
    ],
    [
      'CT.CLOUDFRONT.PR.5',
      "standard logs need an ACL-enabled bucket; the desk's log bucket enforces bucket-owner ownership. The API keeps its own access log.",
    ],
    [
      'CT.CLOUDFRONT.PR.6',
      'the distribution serves on its *.cloudfront.net name until the operator adds a domain and an ACM certificate.',
    ],
    [
      'CT.CLOUDFRONT.PR.7',
      'SNI applies to a custom certificate; the default *.cloudfront.net certificate has none to configure.',
    ],
    [
      'CT.CLOUDFRONT.PR.9',
      'the minimum protocol (TLSv1.2_2021) takes effect with a custom certificate; the default certificate uses what CloudFront sets for it.',
    ],
  ];
  for (const [control, reason] of cloudFrontReasons) acknowledgeControl(form.distribution, control, reason);

  // CDK's BucketDeployment runs one function per stack, a sibling of the desk's constructs.
  const stack = Stack.of(form);
  const handler = stack.node.children.find((child) =>
    child.node.id.startsWith('Custom::CDKBucketDeployment'),
  );
  if (!handler) throw new Error('BucketDeployment handler not found');
  const deploymentReason =
    "CDK's BucketDeployment: its own function copies the form's files from the CDK asset bucket into the form bucket at deploy time";
  Validations.of(handler).acknowledge(
    {
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: `${deploymentReason} (the managed basic-execution policy for its log).`,
    },
    ...['s3:GetBucket*', 's3:GetObject*', 's3:List*', 's3:Abort*', 's3:DeleteObject*'].map((action) => ({
      id: `AwsSolutions-IAM5[Action::${action}]`,
      reason: `${deploymentReason}: CDK's read grant on the asset bucket and write grant on the form bucket.`,
    })),
    ...[
      'Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*',
      `Resource::<${stack.getLogicalId(form.bucket.node.defaultChild as CfnBucket)}.Arn>/*`,
      'Resource::*',
    ].map((resource) => ({
      id: `AwsSolutions-IAM5[${resource}]`,
      reason: `${deploymentReason}: the objects of the asset bucket and of the form bucket, and CloudFront's invalidation (no resource-level permission).`,
    })),
    { id: 'AwsSolutions-L1', reason: `${deploymentReason}; its runtime is the one CDK ships it with.` },
  );
  acknowledgeControl(
    handler,
    'CT.LAMBDA.PR.3',
    `${deploymentReason}; it talks to S3 and CloudFront only, outside any VPC.`,
  );
  acknowledgeControl(
    handler,
    'CT.CLOUDWATCH.PR.3',
    `${deploymentReason}; its log holds file names of the public form, no personal data.`,
  );
  void deployment;
}
