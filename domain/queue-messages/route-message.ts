import * as z from 'zod';

/** The route queue: the case to route. */
export const RouteMessageSchema = z.strictObject({ caseId: z.uuid() });
export type RouteMessage = z.infer<typeof RouteMessageSchema>;
