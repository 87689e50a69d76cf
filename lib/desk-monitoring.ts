import { Aws, CfnOutput, Duration } from 'aws-cdk-lib';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  Metric,
  SingleValueWidget,
  TextWidget,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Construct } from 'constructs';
import type { DeadLetterQueue } from './constructs/queue-with-dlq.ts';
import { METRICS } from './desk-resources.ts';
import type { DeskService } from './desk-service.ts';
import type { DeskState } from './desk-state.ts';

export interface DeskMonitoringProps {
  readonly state: DeskState;
  readonly service: DeskService;
  /** CloudWatch dashboard name (the console link in the outputs is built from it). */
  readonly dashboardName: string;
}

/** SES reviews an account at a 5% bounce rate and a 0.1% complaint rate; warn before that. */
const SES_BOUNCE_RATE_ALARM = 0.04;
const SES_COMPLAINT_RATE_ALARM = 0.0008;

const WIDGET_WIDTH = 12;
const FIVE_MINUTES = Duration.minutes(5);

/**
 * What operators watch: the alarms that are about the desk as a whole (overdue cases, SES
 * reputation) and one dashboard of everything, built from what the stack contains (every function,
 * queue, dead-letter queue and alarm), so new declarations appear on it without an edit here.
 */
export class DeskMonitoring extends Construct {
  public readonly dashboard: Dashboard;
  public readonly overdueCasesAlarm: Alarm;
  public readonly redrivesGivenUpAlarm: Alarm;
  public readonly sesBounceRateAlarm: Alarm;
  public readonly sesComplaintRateAlarm: Alarm;

  public constructor(scope: Construct, id: string, props: DeskMonitoringProps) {
    super(scope, id);
    const { state, service } = props;
    const alarmAction = new SnsAction(state.alarmTopic);

    // The desk's own metrics (published by the sweep), in 15-minute periods.
    const deskMetric = (metricName: string, statistic: 'Maximum' | 'Sum') =>
      new Metric({
        namespace: METRICS.namespace,
        metricName,
        dimensionsMap: { service: METRICS.serviceName },
        statistic,
        period: Duration.minutes(15),
      });
    const overdueCases = deskMetric(METRICS.overdueCases, 'Maximum');
    this.overdueCasesAlarm = this.alarmAbove(
      'OverdueCasesAlarm',
      overdueCases,
      0,
      'At least one open case is past its legal or internal deadline (published by the sweep). The DPO gets escalation emails too; see the dashboard and the case list.',
    );

    // Work the sweep re-drove `maxRedriveAttempts` times and gave up on (domain/sweep/redrive-stuck-work.ts):
    // an email nobody received or a case nobody routed. An alarm rather than an email, because what
    // failed is most often the email path itself.
    const redrivesGivenUp = deskMetric(METRICS.redrivesGivenUp, 'Sum');
    this.redrivesGivenUpAlarm = this.alarmAbove(
      'RedrivesGivenUpAlarm',
      redrivesGivenUp,
      0,
      "The sweep gave up re-driving an outbox email or a case's routing after maxRedriveAttempts: someone was not told, or a case was not routed. The sweep function's log ('re-drive given up') names the case and notification ids, the case's audit trail has notification.given_up or case.routing_given_up; the dead-letter queues hold the failed messages. Fix the cause, then redrive the dead-letter queue.",
    );

    // Account-level SES reputation (published by SES with reputation metrics on): a desk that keeps
    // bouncing or drawing complaints gets its sending paused, and then no deadline email goes out.
    const reputation = (metricName: string) =>
      new Metric({ namespace: 'AWS/SES', metricName, statistic: 'Maximum', period: Duration.hours(1) });
    this.sesBounceRateAlarm = this.alarmAbove(
      'SesBounceRateAlarm',
      reputation('Reputation.BounceRate'),
      SES_BOUNCE_RATE_ALARM,
      `The account's SES bounce rate is above ${SES_BOUNCE_RATE_ALARM * 100}% (SES reviews the account at 5%). Check the bounces queue and the addresses the desk sends to.`,
    );
    this.sesComplaintRateAlarm = this.alarmAbove(
      'SesComplaintRateAlarm',
      reputation('Reputation.ComplaintRate'),
      SES_COMPLAINT_RATE_ALARM,
      `The account's SES complaint rate is above ${SES_COMPLAINT_RATE_ALARM * 100}% (SES reviews the account at 0.1%).`,
    );
    for (const alarm of [
      this.overdueCasesAlarm,
      this.redrivesGivenUpAlarm,
      this.sesBounceRateAlarm,
      this.sesComplaintRateAlarm,
    ]) {
      alarm.addAlarmAction(alarmAction);
    }

    const functions = Object.values(service.functions);
    const workQueues = Object.values(state.queues);
    const deadLetterQueues = [...workQueues.map((queue) => queue.deadLetterQueue), ...service.failureQueues];
    const alarms = [
      this.overdueCasesAlarm,
      this.redrivesGivenUpAlarm,
      ...service.alarms,
      ...workQueues.flatMap((queue) => [queue.oldestMessageAlarm, queue.deadLetterQueue.alarm]),
      ...service.failureQueues.map((queue) => queue.alarm),
      this.sesBounceRateAlarm,
      this.sesComplaintRateAlarm,
    ];
    const graph = (title: string, left: IMetric[], right?: IMetric[]) =>
      new GraphWidget({ title, width: WIDGET_WIDTH, left, ...(right ? { right } : {}) });
    const perFunction = (title: string, metric: (fn: (typeof functions)[number]) => IMetric) =>
      graph(title, functions.map(metric));
    const api = service.api;

    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: props.dashboardName,
      defaultInterval: Duration.hours(24),
      widgets: [
        [
          new TextWidget({
            width: 24,
            height: 3,
            markdown: [
              '## Privacy Desk',
              'Red alarms below need an operator. **Overdue cases** above 0: a deadline passed (the DPO is emailed too). ',
              '**Re-drives given up** above 0: an email or a routing failed for good; the sweep log names the ids. ',
              '**Dead-letter queues** above 0: work failed after its retries; fix the cause, then redrive the queue in the SQS console. ',
              "**Oldest message** rising: a consumer is failing or throttled. Function errors: search the function's log group for the request id.",
            ].join('\n'),
          }),
        ],
        [
          new AlarmStatusWidget({ title: 'Alarms', width: 16, height: 6, alarms }),
          new SingleValueWidget({
            title: 'Overdue cases',
            width: 8,
            height: 6,
            metrics: [overdueCases.with({ label: 'Overdue cases' })],
            sparkline: true,
          }),
        ],
        [
          graph('API requests and errors', [
            api.metricCount({ period: FIVE_MINUTES, statistic: 'Sum', label: 'Requests' }),
            api.metricClientError({ period: FIVE_MINUTES, statistic: 'Sum', label: '4xx' }),
            api.metricServerError({ period: FIVE_MINUTES, statistic: 'Sum', label: '5xx' }),
          ]),
          graph('API latency (ms)', [
            api.metricLatency({ period: FIVE_MINUTES, statistic: 'p50', label: 'p50' }),
            api.metricLatency({ period: FIVE_MINUTES, statistic: 'p99', label: 'p99' }),
            api.metricIntegrationLatency({
              period: FIVE_MINUTES,
              statistic: 'p99',
              label: 'integration p99',
            }),
          ]),
        ],
        [
          perFunction('Function errors', (fn) =>
            fn.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum', label: fn.declaration.id }),
          ),
          perFunction('Function throttles', (fn) =>
            fn.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum', label: fn.declaration.id }),
          ),
        ],
        [
          perFunction('Function duration p99 (ms)', (fn) =>
            fn.metricDuration({ period: FIVE_MINUTES, statistic: 'p99', label: fn.declaration.id }),
          ),
          perFunction('Function invocations', (fn) =>
            fn.metricInvocations({ period: FIVE_MINUTES, statistic: 'Sum', label: fn.declaration.id }),
          ),
        ],
        [
          graph(
            'Queue depth (messages visible)',
            workQueues.map((queue) =>
              queue.queue.metricApproximateNumberOfMessagesVisible({
                period: FIVE_MINUTES,
                statistic: 'Maximum',
                label: queue.declaration.name,
              }),
            ),
          ),
          graph(
            'Oldest message age (s)',
            workQueues.map((queue) =>
              queue.queue.metricApproximateAgeOfOldestMessage({
                period: FIVE_MINUTES,
                statistic: 'Maximum',
                label: queue.declaration.name,
              }),
            ),
          ),
        ],
        [
          graph(
            'Dead-letter queues (messages visible)',
            deadLetterQueues.map((deadLetter: DeadLetterQueue) =>
              deadLetter.queue.metricApproximateNumberOfMessagesVisible({
                period: FIVE_MINUTES,
                statistic: 'Maximum',
                label: deadLetter.queueName,
              }),
            ),
          ),
          graph(
            'Overdue cases, re-drives given up and SES reputation',
            [
              overdueCases.with({ label: 'Overdue cases' }),
              redrivesGivenUp.with({ label: 'Re-drives given up' }),
            ],
            [
              reputation('Reputation.BounceRate').with({ label: 'SES bounce rate' }),
              reputation('Reputation.ComplaintRate').with({ label: 'SES complaint rate' }),
            ],
          ),
        ],
      ],
    });

    new CfnOutput(this, 'DashboardUrl', {
      key: 'DashboardUrl',
      value: `https://${Aws.REGION}.console.aws.amazon.com/cloudwatch/home?region=${Aws.REGION}#dashboards:name=${props.dashboardName}`,
      description: 'The CloudWatch dashboard of the desk',
    });
    new CfnOutput(this, 'AlarmTopicArn', {
      key: 'AlarmTopicArn',
      value: state.alarmTopic.topicArn,
      description: 'Every alarm notifies this SNS topic: subscribe the on-call address or a chat integration',
    });
  }

  /** Alarms as soon as `metric` is above `threshold` in one period; no data is no alarm. */
  private alarmAbove(id: string, metric: Metric, threshold: number, alarmDescription: string): Alarm {
    return new Alarm(this, id, {
      alarmDescription,
      metric,
      threshold,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }
}
