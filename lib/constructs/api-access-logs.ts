import { RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { type IAccessLogSettings, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { DeskServiceProps } from '../desk-service-props.ts';

/**
 * The HTTP API's access logs, encrypted with the desk's key. Route and path only: the query string
 * carries case tokens and never reaches the logs. No source IP or user agent either: the desk logs
 * ids, not personal data.
 */
export function apiAccessLogSettings(
  scope: Construct,
  props: Pick<DeskServiceProps, 'logRetention' | 'state'>,
): IAccessLogSettings {
  const accessLogs = new LogGroup(scope, 'ApiAccessLogs', {
    retention: props.logRetention,
    encryptionKey: props.state.key,
    removalPolicy: RemovalPolicy.DESTROY,
  });
  return {
    destination: new LogGroupLogDestination(accessLogs),
    format: AccessLogFormat.custom(
      JSON.stringify({
        requestId: '$context.requestId',
        requestTime: '$context.requestTime',
        routeKey: '$context.routeKey',
        path: '$context.path',
        status: '$context.status',
        protocol: '$context.protocol',
        responseLength: '$context.responseLength',
        responseLatency: '$context.responseLatency',
        integrationStatus: '$context.integrationStatus',
        integrationLatency: '$context.integrationLatency',
        integrationError: '$context.integrationErrorMessage',
        error: '$context.error.message',
      }),
    ),
  };
}
