import { CLOSE_OUTCOMES, type CloseOutcome, targetAtOf } from '../case-model.ts';
import type { Language } from '../request-types.ts';
import type { InboundTemplateName } from '../templates/inbound-templates.ts';
import type { TemplateValues } from '../templates/render-template.ts';
import { formatDate } from '../templates/type-labels.ts';
import { commandErrorList } from './command-error-lines.ts';
import { formatDateTime, staffCaseValues, staffTypeLabel } from './escalation-values.ts';
import { type AlertedDropReason, commandUsage, type StaffLabels, staffLabels } from './staff-labels.ts';
import type { TemplateContext } from './template-values.ts';

/*
 * Values of the inbound mail templates, beside the common ones (name, reference, typeLabel,
 * dates). Texts written by people (the reply, a reason, the command errors) come from the
 * notification's sealed secrets; outcomes and months from its plain params.
 */

type Labels = Readonly<Record<CloseOutcome, string>>;

/** The outcome as the case-closed email states it; `refused` in the words of Art. 12(4) of each text. */
export const OUTCOME_LABELS: Readonly<Record<Language, Labels>> = {
  en: {
    fulfilled: 'your request has been carried out',
    partially_fulfilled: 'your request has been carried out in part',
    refused: 'we did not act on your request',
    redirected: 'your request has been passed on to the organisation responsible for it',
    withdrawn: 'you have withdrawn your request',
    unverified: 'we could not confirm that the email address is yours',
  },
  nl: {
    fulfilled: 'uw verzoek is uitgevoerd',
    partially_fulfilled: 'uw verzoek is gedeeltelijk uitgevoerd',
    refused: 'wij hebben geen gevolg gegeven aan uw verzoek',
    redirected: 'uw verzoek is doorgestuurd naar de organisatie die erover gaat',
    withdrawn: 'u hebt uw verzoek ingetrokken',
    unverified: 'wij konden niet vaststellen dat het e-mailadres van u is',
  },
  nb: {
    fulfilled: 'anmodningen din er etterkommet',
    partially_fulfilled: 'anmodningen din er delvis etterkommet',
    refused: 'vi har ikke iverksatt tiltak på bakgrunn av anmodningen din',
    redirected: 'anmodningen din er sendt videre til virksomheten som er ansvarlig for den',
    withdrawn: 'du har trukket tilbake anmodningen din',
    unverified: 'vi kunne ikke bekrefte at e-postadressen er din',
  },
  sv: {
    fulfilled: 'din begäran har tillmötesgåtts',
    partially_fulfilled: 'din begäran har tillmötesgåtts delvis',
    refused: 'vi har inte vidtagit några åtgärder med anledning av din begäran',
    redirected: 'din begäran har skickats vidare till den organisation som ansvarar för den',
    withdrawn: 'du har återkallat din begäran',
    unverified: 'vi kunde inte bekräfta att e-postadressen är din',
  },
  da: {
    fulfilled: 'din anmodning er imødekommet',
    partially_fulfilled: 'din anmodning er delvis imødekommet',
    refused: 'vi har ikke truffet foranstaltninger på grundlag af din anmodning',
    redirected: 'din anmodning er sendt videre til den organisation, der er ansvarlig for den',
    withdrawn: 'du har trukket din anmodning tilbage',
    unverified: 'vi kunne ikke bekræfte, at e-mailadressen er din',
  },
  fi: {
    fulfilled: 'pyyntösi on toteutettu',
    partially_fulfilled: 'pyyntösi on toteutettu osittain',
    refused: 'emme ole ryhtyneet toimenpiteisiin pyyntösi perusteella',
    redirected: 'pyyntösi on välitetty siitä vastaavalle organisaatiolle',
    withdrawn: 'olet peruuttanut pyyntösi',
    unverified: 'emme voineet varmistaa, että sähköpostiosoite on sinun',
  },
};

function outcomeLabel(outcome: unknown, language: Language): string {
  const labels = OUTCOME_LABELS[language];
  return (CLOSE_OUTCOMES as readonly unknown[]).includes(outcome)
    ? labels[outcome as CloseOutcome]
    : String(outcome);
}

/**
 * "{{months}} {{monthsLabel}}" in the extension notice: one month, several months. Finnish puts the
 * word in the adessive its sentence needs, the same after every numeral ("2 kuukaudella").
 */
export const MONTH_WORDS: Readonly<Record<Language, readonly [string, string]>> = {
  en: ['month', 'months'],
  nl: ['maand', 'maanden'],
  nb: ['måned', 'måneder'],
  sv: ['månad', 'månader'],
  da: ['måned', 'måneder'],
  fi: ['kuukaudella', 'kuukaudella'],
};

const text = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);

export const INBOUND_TEMPLATE_VALUES: Readonly<
  Record<InboundTemplateName, (context: TemplateContext) => TemplateValues>
> = {
  'staff-reply': ({ secrets }) => ({
    staffText: secrets.staffText ?? '',
    attachmentList: text(secrets.attachmentList),
  }),
  'requester-reply': ({ secrets, params, record, language }) => ({
    typeLabel: staffTypeLabel(record.type, language),
    // The requester's words as written, in whatever language she wrote them.
    requesterText: secrets.requesterText ?? '',
    attachmentList: text(secrets.attachmentList),
    unauthenticated: params.unauthenticated === true,
    dmarc: String(params.dmarc ?? 'not PASS'),
    usage: commandUsage(language),
  }),
  'case-closed': ({ secrets, params, language }) => ({
    outcomeLabel: outcomeLabel(params.outcome, language),
    staffText: text(secrets.staffText),
  }),
  'extension-notice': ({ secrets, params, record, language }) => {
    const months = Number(params.months);
    const words = MONTH_WORDS[language];
    return {
      months,
      monthsLabel: months === 1 ? words[0] : words[1],
      originalDueDate: formatDate(record.deadline.originalDueAt, language, record.deadline.timeZone),
      reason: secrets.reason ?? '',
      staffText: text(secrets.staffText),
    };
  },
  'type-changed': ({ secrets, params, record, language }) => ({
    previousDueDate: formatDate(
      String(params.previousTargetAt ?? targetAtOf(record.deadline)),
      language,
      record.deadline.timeZone,
    ),
    staffText: text(secrets.staffText),
  }),
  'refusal-notice': ({ secrets, params }) => ({
    partlyFulfilled: params.outcome === 'partially_fulfilled',
    reason: secrets.reason ?? '',
    staffText: text(secrets.staffText),
  }),
  'case-reassigned': ({ params, content, record, language }) => ({
    typeLabel: staffTypeLabel(record.type, language),
    assignedBy: String(params.assignedBy ?? staffLabels(language).aColleague),
    requestMessage: content.message,
    usage: commandUsage(language),
  }),
  'command-error': ({ secrets, params, record, language }) => ({
    errorList: commandErrorList(secrets, language, record.deadline.timeZone),
    textFiled: params.textFiled === true,
    usage: commandUsage(language),
  }),
  'late-refusal': (context) => {
    const { record, params, now, language } = context;
    const labels = staffLabels(language);
    const zone = record.deadline.timeZone;
    return {
      ...staffCaseValues(context),
      outcomeText:
        labels.outcome[params.outcome === 'partially_fulfilled' ? 'partially_fulfilled' : 'refused'],
      decidedBy: String(params.decidedBy ?? labels.aMemberOfStaff),
      decidedDate: formatDateTime(record.closedAt ?? now, zone, language),
      firstMonthEndDate: formatDate(record.deadline.originalDueAt, language, zone),
      extended: record.deadline.extendedMonths > 0,
      extendedMonths: record.deadline.extendedMonths,
    };
  },
  'mail-dropped': ({ params, record, language }) => {
    const labels = staffLabels(language);
    const reason = String(params.reason ?? 'unknown');
    const identifiedBy = String(params.identifiedBy ?? 'unknown');
    return {
      typeLabel: staffTypeLabel(record.type, language),
      reasonText: Object.hasOwn(labels.dropReasons, reason)
        ? labels.dropReasons[reason as AlertedDropReason]
        : labels.otherDropReason,
      reason,
      identifiedBy: Object.hasOwn(labels.identifiedBy, identifiedBy)
        ? labels.identifiedBy[identifiedBy as keyof StaffLabels['identifiedBy']]
        : identifiedBy,
      sesMessageId: String(params.sesMessageId ?? 'unknown'),
    };
  },
};
