/** Deletes what a case left in the mail bucket when its retention ends (S3 in AWS, fauxqs locally). */
export interface AttachmentPurger {
  /**
   * Deletes every object, and every version of it, under the case's attachment prefix; resolves
   * with how many objects or versions were deleted (0 when there were none). Throws if any could
   * not be deleted, so the caller keeps the case for the next sweep.
   */
  deleteCaseAttachments(caseId: string): Promise<number>;
}
