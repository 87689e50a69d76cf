import type { ThreadAttachment } from '../case-model.ts';

/*
 * Which attachments of an inbound email the desk keeps. Each file up to `maxBytesEach`, and all kept
 * files of one email together up to `maxBytesTotal`, in the order they appear; a file over a limit is
 * refused, and still listed in the thread (name, type, size) so staff know it was sent; parts beyond
 * `maxCount` are only counted. Inline parts
 * (an image in the HTML body, a signature logo) count like any other file: what a person sent is kept.
 */

export interface AttachmentLimits {
  readonly maxBytesEach: number;
  readonly maxBytesTotal: number;
  /**
   * Parts after this many are neither kept nor listed (only counted): the list is sealed into one
   * thread item, which DynamoDB caps at 400 KB.
   */
  readonly maxCount: number;
}

export const ATTACHMENT_LIMITS: AttachmentLimits = {
  maxBytesEach: 10 * 1024 * 1024,
  maxBytesTotal: 25 * 1024 * 1024,
  maxCount: 50,
};

export interface AttachmentFacts {
  readonly filename: string | undefined;
  readonly contentType: string;
  readonly size: number;
  readonly embedded: boolean;
}

export interface AttachmentDecision {
  /** Position in the email, 0-based: names the stored object. */
  readonly index: number;
  readonly keep: boolean;
  /** The thread entry, without the S3 key (added once stored). */
  readonly entry: ThreadAttachment;
}

const MAX_FILENAME_CHARS = 200;
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/g;

export function decideAttachments(
  attachments: readonly AttachmentFacts[],
  limits: AttachmentLimits = ATTACHMENT_LIMITS,
): AttachmentDecision[] {
  let kept = 0;
  return attachments.slice(0, limits.maxCount).map((attachment, index) => {
    const base: ThreadAttachment = {
      filename: filenameOf(attachment.filename, index),
      contentType: attachment.contentType,
      size: attachment.size,
      ...(attachment.embedded ? { inline: true } : {}),
    };
    if (attachment.size > limits.maxBytesEach) {
      return { index, keep: false, entry: { ...base, refused: 'too_large' } };
    }
    if (kept + attachment.size > limits.maxBytesTotal) {
      return { index, keep: false, entry: { ...base, refused: 'total_too_large' } };
    }
    kept += attachment.size;
    return { index, keep: true, entry: base };
  });
}

/** The sender's file name without control characters, shortened; `attachment-<n>` when it has none. */
function filenameOf(filename: string | undefined, index: number): string {
  const cleaned = (filename ?? '').replace(CONTROL, ' ').trim().slice(0, MAX_FILENAME_CHARS);
  return cleaned === '' ? `attachment-${index + 1}` : cleaned;
}

/** `report.pdf (142 bytes), scan.png (1.2 MB, not kept: too large)`: for the forwarded emails. */
export function describeAttachments(attachments: readonly ThreadAttachment[]): string {
  return attachments
    .map((attachment) => {
      const size = formatBytes(attachment.size);
      return attachment.refused
        ? `${attachment.filename} (${size}, not kept: over the size limit)`
        : `${attachment.filename} (${size})`;
    })
    .join(', ');
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
