/*
 * The mail bucket, as the inbound feature sees it: SES's raw messages to read, and a place for the
 * encrypted attachments. S3 in AWS; locally the S3 emulator of fauxqs.
 */

export interface RawMailSource {
  /** The raw MIME message SES stored for this SES message id. */
  readRaw(sesMessageId: string): Promise<Buffer>;
}

export interface AttachmentStore {
  /** The object key of one attachment of one inbound email (deterministic: a retry overwrites). */
  attachmentKey(caseId: string, inboundId: string, index: number): string;
  /** Stores bytes that are already encrypted. */
  putAttachment(key: string, encrypted: Uint8Array): Promise<void>;
}
