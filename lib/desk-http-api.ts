import { Duration, Validations } from 'aws-cdk-lib';
import {
  type CfnRoute,
  type CfnStage,
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  type HttpStage,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { Construct } from 'constructs';
import { apiAccessLogSettings } from './constructs/api-access-logs.ts';
import type { DeskFunction } from './constructs/desk-function.ts';
import { acknowledgeControl } from './control-tower.ts';
import { FUNCTIONS, type FunctionKey, HTTP_ROUTES } from './desk-resources.ts';
import type { DeskServiceProps } from './desk-service-props.ts';
import type { StaffSignIn } from './staff-sign-in.ts';

/**
 * The HTTP API with every HTTP_ROUTES entry: one Lambda integration per function, the staff JWT
 * authorizer on the staff routes, and each route's own throttle as a stage route setting.
 */
export function createDeskHttpApi(
  scope: Construct,
  props: DeskServiceProps,
  functions: Record<FunctionKey, DeskFunction>,
  staffSignIn: StaffSignIn,
): { api: HttpApi; stage: HttpStage } {
  const methods = [...new Set(HTTP_ROUTES.map((route) => CorsHttpMethod[route.method]))];
  const api = new HttpApi(scope, 'HttpApi', {
    description: 'Privacy Desk intake API',
    createDefaultStage: false,
    corsPreflight:
      props.corsOrigins.length > 0
        ? {
            allowOrigins: [...props.corsOrigins],
            allowMethods: [...methods, CorsHttpMethod.OPTIONS],
            allowHeaders: ['content-type', 'idempotency-key', 'authorization'],
            maxAge: Duration.hours(1),
          }
        : undefined,
  });

  const stage = api.addStage('DefaultStage', {
    stageName: '$default',
    autoDeploy: true,
    throttle: { rateLimit: props.throttle.rateLimit, burstLimit: props.throttle.burstLimit },
    accessLogSettings: apiAccessLogSettings(scope, props),
  });

  const integrations = new Map<FunctionKey, HttpLambdaIntegration>();
  // Route settings name routes by key: CloudFormation must create the routes before the stage uses them.
  const cfnStage = stage.node.defaultChild as CfnStage;
  // RouteSettings is plain JSON to CDK (a map by route key): CloudFormation's own property names.
  const routeSettings: Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }> = {};
  for (const route of HTTP_ROUTES) {
    let integration = integrations.get(route.function);
    if (!integration) {
      integration = new HttpLambdaIntegration(
        `${FUNCTIONS[route.function].id}Integration`,
        functions[route.function],
      );
      integrations.set(route.function, integration);
    }
    const staffOnly = 'staffOnly' in route;
    const routes = api.addRoutes({
      path: route.path,
      methods: [HttpMethod[route.method]],
      integration,
      ...(staffOnly ? { authorizer: staffSignIn.authorizer } : {}),
    });
    const throttle = 'throttle' in route ? props.config.throttling[route.throttle] : undefined;
    if (throttle) {
      routeSettings[`${route.method} ${route.path}`] = {
        ThrottlingRateLimit: throttle.rateLimit,
        ThrottlingBurstLimit: throttle.burstLimit,
      };
      for (const routeConstruct of routes)
        cfnStage.addResourceDependency(routeConstruct.node.defaultChild as CfnRoute);
    }
    for (const routeConstruct of staffOnly ? [] : routes) {
      Validations.of(routeConstruct).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          'The intake API is public on purpose: the web form is anonymous and a requester is verified by email, not by an API authorizer.',
      });
      acknowledgeControl(
        routeConstruct,
        'CT.APIGATEWAY.PR.5',
        "the intake API is public on purpose: the web form is anonymous, a requester is verified by email, and the status and export routes check the requester's token themselves (one lookup, one constant-time comparison, the same 404 for every failure); AWS_IAM, JWT or a Lambda authorizer would need credentials a requester does not have.",
      );
    }
  }
  cfnStage.routeSettings = routeSettings;
  return { api, stage };
}
