import { describe, expect, it } from 'vitest';
import { toSqsRecord } from '../../../local/sqs-poller.ts';

describe('toSqsRecord', () => {
  it('maps a received SQS message to the Lambda event source record shape', () => {
    const record = toSqsRecord(
      {
        MessageId: 'm-1',
        ReceiptHandle: 'rh-1',
        Body: '{"caseId":"c"}',
        MD5OfBody: 'md5',
        Attributes: { ApproximateReceiveCount: '3', SentTimestamp: '1700000000000', SenderId: 'S' },
        MessageAttributes: { kind: { DataType: 'String', StringValue: 'route' } },
      },
      'arn:aws:sqs:us-east-1:000000000000:route',
      'us-east-1',
    );

    expect(record).toMatchObject({
      messageId: 'm-1',
      receiptHandle: 'rh-1',
      body: '{"caseId":"c"}',
      md5OfBody: 'md5',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:route',
      awsRegion: 'us-east-1',
      attributes: { ApproximateReceiveCount: '3', SentTimestamp: '1700000000000', SenderId: 'S' },
      messageAttributes: {
        kind: { dataType: 'String', stringValue: 'route', stringListValues: [], binaryListValues: [] },
      },
    });
  });
});
