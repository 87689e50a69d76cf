import * as z from 'zod';

/** The notify queue: one outbox notification, named by its case (or digest log) and its id. */
export const NotifyMessageSchema = z.strictObject({ caseId: z.uuid(), notificationId: z.uuid() });
export type NotifyMessage = z.infer<typeof NotifyMessageSchema>;
