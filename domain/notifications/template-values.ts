import { type CaseContent, type CaseRecord, targetAtOf } from '../case-model.ts';
import { supervisoryAuthorityFor } from '../config/supervisory-authority-for.ts';
import type { DeskSettings } from '../desk-settings.ts';
import { statusUrl, verificationUrl } from '../intake/submit-request.ts';
import type { Language } from '../request-types.ts';
import { ROUTING_TEMPLATE_VALUES } from '../routing/routing-template-values.ts';
import type { TemplateName } from '../templates/catalog.ts';
import { deskLink, type TemplateValues } from '../templates/render-template.ts';
import { formatDate, typeLabel } from '../templates/type-labels.ts';
import { ESCALATION_VALUES } from './escalation-values.ts';
import { INBOUND_TEMPLATE_VALUES } from './inbound-template-values.ts';
import type { NotificationRecipient } from './notification.ts';
import { staffEmailValues } from './staff-email-content.ts';

export interface TemplateContext {
  readonly record: CaseRecord;
  readonly content: CaseContent;
  readonly secrets: Readonly<Record<string, string>>;
  readonly params: Readonly<Record<string, string | number | boolean>>;
  readonly settings: DeskSettings;
  readonly language: Language;
  /** Who the email is for (staff templates greet them by name). */
  readonly recipient?: NotificationRecipient;
  /** When the email is rendered: the time a staff email counts from unless its notification says (`at`). */
  readonly now: Date;
}

/**
 * Values every email about a case may use. Requester emails show `targetDate`, the date the desk
 * works to; `dueDate` is the legal limit. The controller, the DPO and the supervisory authority of
 * the requester's country come from the configuration (the signature and the Art. 12(4) paragraphs).
 */
function commonValues({ record, content, settings, language }: TemplateContext): TemplateValues {
  const zone = record.deadline.timeZone;
  const { config } = settings;
  const service = config.processorServices.find((s) => s.id === record.service);
  const authority = supervisoryAuthorityFor(config.supervisoryAuthorities, record.country);
  return {
    name: content.name,
    reference: record.reference,
    typeLabel: typeLabel(record.type, language),
    receivedDate: formatDate(record.receivedAt, language, zone),
    dueDate: formatDate(record.deadline.dueAt, language, zone),
    targetDate: formatDate(targetAtOf(record.deadline), language, zone),
    controllerName: config.controller.name,
    controllerAddress: config.controller.address,
    controllerPhone: config.controller.phone ?? '',
    dpoName: config.dpo.name,
    dpoEmail: config.dpo.email,
    authorityName: authority.name,
    authorityUrl: deskLink(authority.url),
    authorityOfRequesterCountry: authority.ofRequesterCountry,
    courtRouteNl: authority.judicialRemedy === 'nl_uavg_35',
    controllerIsCustomer: record.controllerIsCustomer,
    serviceName: service?.name ?? record.service ?? '',
    isComplaint: record.type === 'complaint',
    isBreach: record.type === 'breach_report',
    isOptOut: record.type === 'marketing_opt_out',
  };
}

function acknowledgementValues({ secrets, settings, record }: TemplateContext): TemplateValues {
  const { trustCentreUrl } = settings.config;
  return {
    // The overview of (sub)processors is public: an acknowledgement of the request can point to it.
    trustCentreUrl:
      record.type === 'processor_info' && trustCentreUrl !== undefined ? deskLink(trustCentreUrl) : undefined,
    statusUrl: secrets.accessToken
      ? deskLink(statusUrl(settings.publicBaseUrl, record.reference, secrets.accessToken))
      : undefined,
    verificationUrl: secrets.verificationToken
      ? deskLink(verificationUrl(settings.publicBaseUrl, secrets.verificationToken))
      : undefined,
  };
}

/**
 * Values a template needs beyond the common ones, one catalog per feature; a template without an
 * entry gets the common values.
 */
const SPECIFIC_VALUES: Partial<Record<TemplateName, (context: TemplateContext) => TemplateValues>> = {
  acknowledgement: acknowledgementValues,
  ...ROUTING_TEMPLATE_VALUES,
  ...INBOUND_TEMPLATE_VALUES,
  ...ESCALATION_VALUES,
};

/**
 * The values each template needs, from the case, its sealed content and the notification's secrets;
 * in a staff email, without the content when the configuration keeps it out of staff mail.
 */
export function templateValues(template: TemplateName, context: TemplateContext): TemplateValues {
  return staffEmailValues(
    { ...commonValues(context), ...SPECIFIC_VALUES[template]?.(context) },
    { recipient: context.recipient, settings: context.settings, reference: context.record.reference },
  );
}
