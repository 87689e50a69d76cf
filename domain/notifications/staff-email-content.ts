import { staffConsoleCaseUrl, staffConsoleUrl } from '../config/notifications.ts';
import type { DeskSettings } from '../desk-settings.ts';
import { deskLink, type TemplateValues } from '../templates/render-template.ts';
import type { NotificationRecipient } from './notification.ts';

/**
 * `notifications.staffEmailContent: "link"`: staff emails carry no content of the case. Every value
 * that holds what the requester wrote or who she is is taken out here, in one place, whatever the
 * template: a template that still showed one outside its `{{^contentInConsole}}` section would fail
 * to render rather than send it. In its place the templates say that the content is in the staff
 * console and link to the case there.
 */
export const REQUEST_CONTENT_VALUES = [
  'name',
  'email',
  'phone',
  'company',
  'message',
  'requestMessage',
  'requesterText',
  'attachmentList',
] as const;

export function staffEmailsCarryContent(settings: DeskSettings): boolean {
  // Settings baked before the field existed read as the default.
  return (settings.config.notifications?.staffEmailContent ?? 'full') === 'full';
}

/** The values of an email to `recipient`, without the case's content where the desk keeps it out of staff mail. */
export function staffEmailValues(
  values: TemplateValues,
  context: {
    readonly recipient?: NotificationRecipient | undefined;
    readonly settings: DeskSettings;
    readonly reference: string;
  },
): TemplateValues {
  const toStaff = context.recipient !== undefined && context.recipient.role !== 'requester';
  if (!toStaff || staffEmailsCarryContent(context.settings)) return values;
  const withoutContent: Record<string, TemplateValues[string]> = { ...values };
  for (const key of REQUEST_CONTENT_VALUES) withoutContent[key] = undefined;
  return {
    ...withoutContent,
    contentInConsole: true,
    consoleCaseUrl: deskLink(
      staffConsoleCaseUrl(
        context.settings.config.notifications,
        context.settings.publicBaseUrl,
        context.reference,
      ),
    ),
  };
}

/** A digest (no case, no content) in link mode: with the link to the console, where its cases are. */
export function staffDigestValues(values: TemplateValues, settings: DeskSettings): TemplateValues {
  if (staffEmailsCarryContent(settings)) return values;
  return {
    ...values,
    consoleUrl: deskLink(staffConsoleUrl(settings.config.notifications, settings.publicBaseUrl)),
  };
}
