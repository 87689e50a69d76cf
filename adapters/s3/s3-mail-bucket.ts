import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { AttachmentStore, RawMailSource } from '../../domain/inbound/mail-storage.ts';
import type { BucketDeclaration } from '../../lib/desk-resources.ts';

/** SES's receiving limit is 40 MB a message; anything larger was not written by SES. */
export const MAX_RAW_MAIL_BYTES = 40 * 1024 * 1024;

/**
 * The mail bucket: SES writes each raw inbound message to `<inboundPrefix><SES message id>`; the desk
 * writes attachments, already encrypted with the content cipher, under `<attachmentPrefix><caseId>/`.
 * The bucket's own encryption (KMS) applies on top in AWS.
 */
export class S3MailBucket implements RawMailSource, AttachmentStore {
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
}
