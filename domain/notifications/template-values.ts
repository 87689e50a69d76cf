import type { CaseContent, CaseRecord } from '../case-model.ts';
import type { DeskSettings } from '../desk-settings.ts';
import { statusUrl, verificationUrl } from '../intake/submit-request.ts';
import type { Language } from '../request-types.ts';
import type { TemplateName } from '../templates/catalog.ts';
import type { TemplateValues } from '../templates/render-template.ts';
import { formatDate, typeLabel } from '../templates/type-labels.ts';
import { ESCALATION_VALUES } from './escalation-values.ts';

export interface TemplateContext {
  /** Absent for team notifications without a case (the manager's digest). */
  readonly record?: CaseRecord;
  /** The requester's content: opened only for emails to the requester. */
  readonly content?: CaseContent;
  readonly secrets: Readonly<Record<string, string>>;
  readonly params: Readonly<Record<string, string | number | boolean>>;
  readonly settings: DeskSettings;
  /** The language of the template used (staff templates fall back to English). */
  readonly language: Language;
}

function commonValues({ record, content, settings, language }: TemplateContext): TemplateValues {
  if (!record || !content) throw new Error('This template needs the case and the requester content');
  const zone = record.deadline.timeZone;
  const service = settings.config.processorServices.find((s) => s.id === record.service);
  return {
    name: content.name,
    reference: record.reference,
    typeLabel: typeLabel(record.type, language),
    receivedDate: formatDate(record.receivedAt, language, zone),
    dueDate: formatDate(record.deadline.dueAt, language, zone),
    controllerIsCustomer: record.controllerIsCustomer,
    serviceName: service?.name ?? record.service ?? '',
    isComplaint: record.type === 'complaint',
    isBreach: record.type === 'breach_report',
  };
}

type ValuesOf = (context: TemplateContext) => TemplateValues;

/** The values of each template, one entry per template: a new template without values does not compile. */
export const SPECIFIC_VALUES: { readonly [K in TemplateName]: ValuesOf } = {
  acknowledgement: (context) => ({
    ...commonValues(context),
    statusUrl:
      context.secrets.accessToken && context.record
        ? statusUrl(context.settings.publicBaseUrl, context.record.reference, context.secrets.accessToken)
        : undefined,
    verificationUrl: context.secrets.verificationToken
      ? verificationUrl(context.settings.publicBaseUrl, context.secrets.verificationToken)
      : undefined,
  }),
  ...ESCALATION_VALUES,
};

/** The values each template needs, from the case, its sealed content and the notification's secrets. */
export function templateValues(template: TemplateName, context: TemplateContext): TemplateValues {
  return SPECIFIC_VALUES[template](context);
}
