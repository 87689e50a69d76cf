import {
  DeleteObjectsCommand,
  ListObjectsV2Command,
  ListObjectVersionsCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { DELETE_BATCH, deleteBatches, S3MailBucket } from '../../../../adapters/s3/s3-mail-bucket.ts';
import { BUCKETS } from '../../../../lib/desk-resources.ts';

/** An S3 client that lists `keys` (one page of up to MaxKeys at a time) and records every call. */
function fakeS3(options: {
  readonly keys: readonly string[];
  readonly versions?: 'listed' | 'empty' | 'notImplemented';
  readonly deleteErrors?: boolean;
}) {
  const deletes: { Key?: string; VersionId?: string }[][] = [];
  const calls: string[] = [];
  const prefixes: string[] = [];
  const page = (start: number, max: number) => options.keys.slice(start, start + max);
  const client = {
    send: async (command: unknown) => {
      calls.push((command as object).constructor.name);
      const prefix = (command as { input: { Prefix?: string } }).input.Prefix;
      if (prefix !== undefined) prefixes.push(prefix);
      if (command instanceof ListObjectVersionsCommand) {
        if (options.versions === 'notImplemented') {
          throw Object.assign(new Error('not implemented'), { name: 'NotImplemented' });
        }
        if (options.versions !== 'listed') return {};
        const start = Number(command.input.KeyMarker ?? 0);
        const keys = page(start, command.input.MaxKeys!);
        const next = start + keys.length;
        return {
          Versions: keys.map((Key) => ({ Key, VersionId: `v-${Key}` })),
          IsTruncated: next < options.keys.length,
          NextKeyMarker: String(next),
          NextVersionIdMarker: 'v',
        };
      }
      if (command instanceof ListObjectsV2Command) {
        // A versioned bucket whose versions were all deleted lists nothing.
        if (options.versions === 'listed') return {};
        const start = Number(command.input.ContinuationToken ?? 0);
        const keys = page(start, command.input.MaxKeys!);
        const next = start + keys.length;
        return {
          Contents: keys.map((Key) => ({ Key })),
          IsTruncated: next < options.keys.length,
          NextContinuationToken: String(next),
        };
      }
      if (command instanceof DeleteObjectsCommand) {
        const objects = command.input.Delete!.Objects!;
        deletes.push(objects);
        return options.deleteErrors ? { Errors: [{ Key: objects[0]!.Key, Code: 'AccessDenied' }] } : {};
      }
      throw new Error('unexpected command');
    },
  } as unknown as S3Client;
  return { bucket: new S3MailBucket(client, 'mail', BUCKETS.mail), deletes, calls, prefixes };
}

const keysOf = (count: number, caseId = 'case-1') =>
  Array.from({ length: count }, (_, index) => `attachments/${caseId}/in-${index}/0`);

describe('deleting the attachments of a case', () => {
  it('splits into batches of at most 1,000 keys', () => {
    expect(deleteBatches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(deleteBatches([])).toEqual([]);
    expect(deleteBatches(keysOf(2500)).map((batch) => batch.length)).toEqual([1000, 1000, 500]);
    expect(DELETE_BATCH).toBe(1000);
  });

  it('deletes every version, 1,000 at a time, in a versioned bucket', async () => {
    const { bucket, deletes } = fakeS3({ keys: keysOf(2500), versions: 'listed' });
    expect(await bucket.deleteCaseAttachments('case-1')).toBe(2500);
    expect(deletes.map((batch) => batch.length)).toEqual([1000, 1000, 500]);
    expect(deletes.flat().every((object) => object.VersionId === `v-${object.Key}`)).toBe(true);
  });

  it.each(['empty', 'notImplemented'] as const)(
    'deletes the current objects where versions are not listed (%s, e.g. fauxqs)',
    async (versions) => {
      const { bucket, deletes } = fakeS3({ keys: keysOf(1001), versions });
      expect(await bucket.deleteCaseAttachments('case-1')).toBe(1001);
      expect(deletes.map((batch) => batch.length)).toEqual([1000, 1]);
      expect(deletes.flat().every((object) => object.VersionId === undefined)).toBe(true);
    },
  );

  it('lists only under attachments/<caseId>/ and deletes nothing when there is nothing', async () => {
    const { bucket, deletes, prefixes } = fakeS3({ keys: [] });
    expect(await bucket.deleteCaseAttachments('case-1')).toBe(0);
    expect(deletes).toEqual([]);
    expect(prefixes).toEqual(['attachments/case-1/', 'attachments/case-1/']);
  });

  it('throws when S3 could not delete a key, so the case stays for the next sweep', async () => {
    const { bucket } = fakeS3({ keys: keysOf(3), deleteErrors: true });
    await expect(bucket.deleteCaseAttachments('case-1')).rejects.toThrow(/could not delete 1 of 3/);
  });

  it('refuses a case id that would widen the prefix', async () => {
    const { bucket, calls } = fakeS3({ keys: [] });
    for (const caseId of ['', 'a/b']) {
      await expect(bucket.deleteCaseAttachments(caseId)).rejects.toThrow(/Not a case id/);
    }
    expect(calls).toEqual([]);
  });
});
