import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS, METRICS, QUEUES } from '../../lib/desk-resources.ts';
import { DeskTemplate, ref, synthDesk } from './desk-template.ts';

/* Prepare */
const { template, stack } = synthDesk();
const desk = new DeskTemplate(template);
const alarmTopicId = desk.onlyLogicalId('AWS::SNS::Topic', { DisplayName: 'Privacy Desk operator alarms' });
const dashboardId = desk.logicalIdsOf('AWS::CloudWatch::Dashboard')[0]!;
/**
 * The dashboard body as JSON, each CloudFormation reference in it replaced by `{{LogicalId}}` (or
 * `{{AWS::Region}}`), so that widgets and metrics can be read as data.
 */
type Widget = { type: string; properties: { title?: string; metrics?: unknown[][]; alarms?: string[] } };
const dashboard = (() => {
  const body = desk.resource(dashboardId).Properties.DashboardBody as { 'Fn::Join': [string, unknown[]] };
  const text = body['Fn::Join'][1]
    .map((part) => {
      if (typeof part === 'string') return part;
      const token = part as { Ref?: string; 'Fn::GetAtt'?: [string, string] };
      return `{{${token.Ref ?? token['Fn::GetAtt']![0]}}}`;
    })
    .join('');
  return JSON.parse(text) as { widgets: Widget[] };
})();
const widget = (title: string) => {
  const found = dashboard.widgets.find((w) => w.properties.title === title);
  if (!found) throw new Error(`no widget ${title}`);
  return found;
};
/** [namespace, metric name, dimension name, dimension value] of each metric of a widget. */
const metricsOf = (title: string) =>
  (widget(title).properties.metrics ?? []).map((metric) => metric.filter((part) => typeof part === 'string'));

describe('alarms', () => {
  it('alarms on overdue cases: the sweep metric, Maximum above zero over 15 minutes', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: METRICS.namespace,
      MetricName: METRICS.overdueCases,
      Dimensions: [{ Name: 'service', Value: METRICS.serviceName }],
      Statistic: 'Maximum',
      Period: 900,
      EvaluationPeriods: 1,
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 0,
      TreatMissingData: 'notBreaching',
      AlarmActions: [ref(alarmTopicId)],
    });
  });

  it('alarms on re-drives given up: the sweep metric, Sum above zero over 15 minutes', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: METRICS.namespace,
      MetricName: METRICS.redrivesGivenUp,
      Dimensions: [{ Name: 'service', Value: METRICS.serviceName }],
      Statistic: 'Sum',
      Period: 900,
      EvaluationPeriods: 1,
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 0,
      TreatMissingData: 'notBreaching',
      AlarmActions: [ref(alarmTopicId)],
    });
  });

  it.each([
    ['Reputation.BounceRate', 0.04],
    ['Reputation.ComplaintRate', 0.0008],
  ])('alarms on the SES %s before SES reviews the account', (metricName, threshold) => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SES',
      MetricName: metricName,
      Threshold: threshold,
      AlarmActions: [ref(alarmTopicId)],
    });
  });

  it('every alarm notifies the operator topic and says what to do', () => {
    template.allResourcesProperties('AWS::CloudWatch::Alarm', {
      AlarmActions: [ref(alarmTopicId)],
      AlarmDescription: Match.stringLikeRegexp('.{40,}'),
    });
  });
});

describe('dashboard', () => {
  it('is named after the stack', () => {
    expect(desk.resource(dashboardId).Properties.DashboardName).toBe(stack.stackName);
  });

  it('shows API requests, 4xx, 5xx and latency', () => {
    const apiId = desk.logicalIdsOf('AWS::ApiGatewayV2::Api')[0]!;
    expect(metricsOf('API requests and errors')).toEqual(
      ['Count', '4xx', '5xx'].map((name) => ['AWS/ApiGateway', name, 'ApiId', `{{${apiId}}}`]),
    );
    expect(metricsOf('API latency (ms)').map((metric) => metric[1])).toEqual([
      'Latency',
      'Latency',
      'IntegrationLatency',
    ]);
  });

  it.each([
    ['Function errors', 'Errors'],
    ['Function throttles', 'Throttles'],
    ['Function duration p99 (ms)', 'Duration'],
    ['Function invocations', 'Invocations'],
  ])('shows %s of every function', (title, metricName) => {
    expect(metricsOf(title)).toEqual(
      Object.values(FUNCTIONS).map((fn) => [
        'AWS/Lambda',
        metricName,
        'FunctionName',
        `{{${desk.functionId(fn.description)}}}`,
      ]),
    );
  });

  it.each([
    ['Queue depth (messages visible)', 'ApproximateNumberOfMessagesVisible'],
    ['Oldest message age (s)', 'ApproximateAgeOfOldestMessage'],
  ])('shows %s of every work queue', (title, metricName) => {
    expect(metricsOf(title)).toEqual(
      Object.values(QUEUES).map((queue) => [
        'AWS/SQS',
        metricName,
        'QueueName',
        `{{${desk.queueId(`PrivacyDesk-${queue.name}`)}}}`,
      ]),
    );
  });

  it('shows the depth of every dead-letter and failure queue', () => {
    const workQueues = new Set(
      Object.values(QUEUES).map((queue) => desk.queueId(`PrivacyDesk-${queue.name}`)),
    );
    const deadLetterQueues = desk.logicalIdsOf('AWS::SQS::Queue').filter((id) => !workQueues.has(id));
    expect(
      metricsOf('Dead-letter queues (messages visible)')
        .map((metric) => metric[3])
        .sort(),
    ).toEqual(deadLetterQueues.map((id) => `{{${id}}}`).sort());
  });

  it('shows overdue cases', () => {
    expect(metricsOf('Overdue cases')).toEqual([
      [METRICS.namespace, METRICS.overdueCases, 'service', METRICS.serviceName],
    ]);
  });

  it('shows re-drives given up beside overdue cases', () => {
    expect(metricsOf('Overdue cases, re-drives given up and SES reputation').slice(0, 2)).toEqual([
      [METRICS.namespace, METRICS.overdueCases, 'service', METRICS.serviceName],
      [METRICS.namespace, METRICS.redrivesGivenUp, 'service', METRICS.serviceName],
    ]);
  });

  it('lists every alarm of the stack in its alarm widget', () => {
    expect([...(widget('Alarms').properties.alarms ?? [])].sort()).toEqual(
      desk
        .logicalIdsOf('AWS::CloudWatch::Alarm')
        .map((id) => `{{${id}}}`)
        .sort(),
    );
  });

  it('is linked from the outputs', () => {
    template.hasOutput('DashboardUrl', {
      Value: {
        'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp(`#dashboards:name=${stack.stackName}$`)])],
      },
    });
  });
});
