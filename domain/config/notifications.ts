import * as z from 'zod';

/**
 * What staff emails carry. `full` (the default): the assignment email, the breach alert, the
 * forwarded reply, the reassignment and the opt-out note carry the request (who wrote, what they
 * wrote, the attachments' names). `link`: no staff email carries any of it, only the reference,
 * type and dates and a link to the case in the staff console, for desks whose policy keeps request
 * content out of mailboxes. Staff still answer by replying: the reply address stays.
 */
export const NotificationsSchema = z.strictObject({
  staffEmailContent: z.enum(['full', 'link']).default('full'),
  /**
   * The staff console's address, whose case pages staff emails link to in `link` mode. Default: the
   * desk's own `/staff/` under `publicBaseUrl` (the local runtime serves the console there); in AWS,
   * the console's CloudFront address or your domain for it.
   */
  staffConsoleUrl: z
    .url({
      protocol: /^https?$/,
      error: (issue) =>
        issue.code === 'invalid_format'
          ? 'Expected an http(s) URL, e.g. https://desk.example.org/staff/'
          : undefined,
    })
    .refine((url) => !/[?#]/.test(url), 'The console address has no query or fragment')
    .optional(),
});
export type Notifications = z.infer<typeof NotificationsSchema>;

/** The console's address, ending in a slash: the configured one, else `/staff/` under the base URL. */
export function staffConsoleUrl(notifications: Notifications | undefined, publicBaseUrl: string): string {
  const configured = notifications?.staffConsoleUrl;
  return configured ? configured.replace(/\/*$/, '/') : `${publicBaseUrl.replace(/\/+$/, '')}/staff/`;
}

/** The case page of the console: `<console>#/cases/<reference>` (the console routes by hash). */
export function staffConsoleCaseUrl(
  notifications: Notifications | undefined,
  publicBaseUrl: string,
  reference: string,
): string {
  return `${staffConsoleUrl(notifications, publicBaseUrl)}#/cases/${encodeURIComponent(reference)}`;
}
