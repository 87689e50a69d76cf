import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  ListObjectVersionsCommand,
  type ObjectIdentifier,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { AttachmentStore, RawMailSource } from '../../domain/inbound/mail-storage.ts';
import type { AttachmentPurger } from '../../domain/retention/attachment-purger.ts';
import type { BucketDeclaration } from '../../resources/desk-resources.ts';

/** SES's receiving limit is 40 MB a message; anything larger was not written by SES. */
export const MAX_RAW_MAIL_BYTES = 40 * 1024 * 1024;

/** S3's limit of keys in one DeleteObjects request (and of keys in one list page). */
export const DELETE_BATCH = 1000;

/** Errors that mean "this S3 (an emulator) has no ListObjectVersions", not "access denied". */
const UNSUPPORTED = new Set(['NotImplemented', 'MethodNotAllowed', 'InvalidRequest', 'InvalidArgument']);

/** Splits keys into DeleteObjects-sized batches. */
export function deleteBatches<T>(items: readonly T[], size = DELETE_BATCH): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

/**
 * The mail bucket: SES writes each raw inbound message to `<inboundPrefix><SES message id>`; the desk
 * writes attachments, already encrypted with the content cipher, under `<attachmentPrefix><caseId>/`.
 * The bucket's own encryption (KMS) applies on top in AWS.
 */
export class S3MailBucket implements RawMailSource, AttachmentStore, AttachmentPurger {
  constructor(
    private readonly client: S3Client,
    private readonly bucketName: string,
    private readonly layout: Pick<BucketDeclaration, 'inboundPrefix' | 'attachmentPrefix'>,
  ) {}

  async readRaw(sesMessageId: string): Promise<Buffer> {
    const result = await this.client.send(
      new GetObjectCommand({ Bucket: this.bucketName, Key: this.rawKey(sesMessageId) }),
    );
    if (!result.Body) throw new Error(`Inbound message ${sesMessageId} has no body`);
    if ((result.ContentLength ?? 0) > MAX_RAW_MAIL_BYTES) {
      throw new Error(`Inbound message ${sesMessageId} is larger than ${MAX_RAW_MAIL_BYTES} bytes`);
    }
    return Buffer.from(await result.Body.transformToByteArray());
  }

  /** Where SES (or the local mail drop) puts a raw message. */
  rawKey(sesMessageId: string): string {
    return `${this.layout.inboundPrefix}${sesMessageId}`;
  }

  attachmentKey(caseId: string, inboundId: string, index: number): string {
    return `${this.layout.attachmentPrefix}${caseId}/${inboundId}/${index}`;
  }

  async putAttachment(key: string, encrypted: Uint8Array): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucketName,
        Key: key,
        Body: encrypted,
        // The bytes are an Encryption SDK message; the file's name and type are in the sealed thread.
        ContentType: 'application/octet-stream',
      }),
    );
  }

  /**
   * Deletes everything under `<attachmentPrefix><caseId>/`. The AWS bucket is versioned, so a plain
   * delete would only add a delete marker and keep the bytes: first every version and delete marker
   * (ListObjectVersions + DeleteObjects with VersionId); then whatever ListObjectsV2 still lists,
   * which in a versioned bucket is nothing and in an unversioned one (or an emulator without
   * versions: fauxqs answers ListObjectVersions with an empty list, others with NotImplemented) is
   * every object. Deletes in batches of 1,000; throws if S3 reports any key it could not delete.
   */
  async deleteCaseAttachments(caseId: string): Promise<number> {
    if (!/^[^/]+$/.test(caseId)) throw new Error(`Not a case id: ${JSON.stringify(caseId)}`);
    const prefix = `${this.layout.attachmentPrefix}${caseId}/`;
    let deleted = 0;
    try {
      deleted += await this.deleteVersionsUnder(prefix);
    } catch (error) {
      if (!UNSUPPORTED.has((error as { name?: string }).name ?? '')) throw error;
    }
    return deleted + (await this.deleteObjectsUnder(prefix));
  }

  private async deleteVersionsUnder(prefix: string): Promise<number> {
    let deleted = 0;
    let keyMarker: string | undefined;
    let versionIdMarker: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectVersionsCommand({
          Bucket: this.bucketName,
          Prefix: prefix,
          KeyMarker: keyMarker,
          VersionIdMarker: versionIdMarker,
          MaxKeys: DELETE_BATCH,
        }),
      );
      const identifiers = [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])].flatMap(
        ({ Key, VersionId }): ObjectIdentifier[] => (Key ? [{ Key, VersionId }] : []),
      );
      deleted += await this.deleteIdentifiers(identifiers);
      keyMarker = page.IsTruncated ? page.NextKeyMarker : undefined;
      versionIdMarker = page.IsTruncated ? page.NextVersionIdMarker : undefined;
    } while (keyMarker !== undefined);
    return deleted;
  }

  private async deleteObjectsUnder(prefix: string): Promise<number> {
    let deleted = 0;
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.bucketName,
          Prefix: prefix,
          ContinuationToken: token,
          MaxKeys: DELETE_BATCH,
        }),
      );
      const identifiers = (page.Contents ?? []).flatMap(({ Key }): ObjectIdentifier[] =>
        Key ? [{ Key }] : [],
      );
      deleted += await this.deleteIdentifiers(identifiers);
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token !== undefined);
    return deleted;
  }

  private async deleteIdentifiers(identifiers: readonly ObjectIdentifier[]): Promise<number> {
    let deleted = 0;
    for (const batch of deleteBatches(identifiers)) {
      const result = await this.client.send(
        new DeleteObjectsCommand({
          Bucket: this.bucketName,
          Delete: { Objects: batch, Quiet: true },
        }),
      );
      if (result.Errors?.length) {
        const first = result.Errors[0]!;
        throw new Error(
          `S3 could not delete ${result.Errors.length} of ${batch.length} attachment objects (${first.Code}: ${first.Key})`,
        );
      }
      deleted += batch.length;
    }
    return deleted;
  }
}
