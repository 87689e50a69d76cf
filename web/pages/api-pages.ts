import type { Language, RequestType } from '../../domain/request-types.ts';
import {
  formatDate,
  formatInstantDate,
  PAGE_CATALOGUES,
  type PageKey,
  pageText,
} from '../i18n/catalogues.ts';
import { type ConfirmationValues, confirmationHtml } from './confirmation.ts';
import { DESK_CSS } from './desk-css.ts';
import { renderFormPage } from './form-page.ts';
import { escapeHtml, htmlDocument, text } from './html.ts';
import { issueMessage } from './issue-messages.ts';

/* The pages the API renders for browsers: stylesheet inline (admitted by its hash), no script. */

const INLINE_STYLE = `<style>${DESK_CSS}</style>`;

/** Where a requester most likely reads the date, as far as the language tells (received dates). */
const LANGUAGE_TIME_ZONES: Readonly<Record<Language, string>> = {
  nl: 'Europe/Amsterdam',
  en: 'Europe/London',
  nb: 'Europe/Oslo',
  sv: 'Europe/Stockholm',
  da: 'Europe/Copenhagen',
  fi: 'Europe/Helsinki',
};

export function confirmationPage(language: Language, values: ConfirmationValues): string {
  return htmlDocument({
    language,
    title: PAGE_CATALOGUES[language]['done.title'],
    head: INLINE_STYLE,
    body: `<main id="main">\n${confirmationHtml(language, values)}\n</main>`,
  });
}

export function verifiedPage(language: Language, values: { reference: string; targetDate: string }): string {
  return htmlDocument({
    language,
    title: PAGE_CATALOGUES[language]['verified.title'],
    head: INLINE_STYLE,
    body: `<main id="main">
<div class="panel"><h1>${text(language, 'verified.title')}</h1>
<p>${escapeHtml(pageText(language, 'verified.text', { reference: values.reference, date: formatDate(language, values.targetDate) }))}</p></div>
</main>`,
  });
}

/** What the status page shows: the requester's view of the case (requestStatus). */
export interface StatusPageValues {
  readonly reference: string;
  readonly type: RequestType;
  readonly status: 'awaiting_verification' | 'received' | 'assigned' | 'waiting_for_requester' | 'closed';
  readonly language: Language;
  readonly receivedAt: string;
  readonly targetDate: string;
  readonly extendedMonths: number;
  readonly closedAt?: string | undefined;
  readonly messages: readonly {
    readonly at: string;
    readonly subject: string;
    readonly text: string;
    readonly template?: string | undefined;
  }[];
}

/**
 * The status link's page, in the case's language: reference, request, state, dates, an extension
 * (the message that gave its reasons is below), the messages sent, and the export.
 */
export function statusPage(values: StatusPageValues, exportUrl: string): string {
  const language = values.language;
  const zone = LANGUAGE_TIME_ZONES[language];
  const day = (instant: string) => formatInstantDate(language, instant, zone);
  const extensionNotice = [...values.messages]
    .reverse()
    .find((message) => message.template === 'extension-notice');
  const extension =
    values.extendedMonths > 0
      ? `<p>${text(language, values.extendedMonths === 1 ? 'status.extension1' : 'status.extension2')}${
          extensionNotice
            ? ` <a href="#message-${values.messages.indexOf(extensionNotice)}">${escapeHtml(pageText(language, 'status.extensionMessage', { date: day(extensionNotice.at) }))}</a>`
            : ''
        }</p>`
      : '';
  const facts: [PageKey, string][] = [
    ['status.reference', values.reference],
    ['status.type', PAGE_CATALOGUES[language][`type.${values.type}.label` as PageKey]],
    ['status.state', PAGE_CATALOGUES[language][`state.${values.status}` as PageKey]],
    ['status.received', day(values.receivedAt)],
    ...(values.closedAt
      ? ([['status.closed', day(values.closedAt)]] as [PageKey, string][])
      : ([['status.due', formatDate(language, values.targetDate)]] as [PageKey, string][])),
  ];
  const messages =
    values.messages.length === 0
      ? `<p>${text(language, 'status.noMessages')}</p>`
      : values.messages
          .map(
            (
              message,
              index,
            ) => `<article class="message" id="message-${index}" aria-labelledby="message-${index}-subject">
<h3 id="message-${index}-subject">${escapeHtml(message.subject)}</h3>
<p><time datetime="${escapeHtml(message.at)}">${escapeHtml(day(message.at))}</time></p>
<pre>${escapeHtml(message.text)}</pre>
</article>`,
          )
          .join('\n');
  const title = pageText(language, 'status.title', { reference: values.reference });
  return htmlDocument({
    language,
    title,
    head: INLINE_STYLE,
    body: `<main id="main">
<h1>${escapeHtml(title)}</h1>
<dl class="facts">
${facts.map(([key, value]) => `<dt>${text(language, key)}</dt><dd>${escapeHtml(value)}</dd>`).join('\n')}
</dl>
${extension}
<p><a class="download" href="${escapeHtml(exportUrl)}" download="${escapeHtml(values.reference)}.json">${text(language, 'status.export')}</a></p>
<p class="hint">${text(language, 'status.exportHint')}</p>
<h2>${text(language, 'status.messages')}</h2>
${messages}
</main>`,
  });
}

/** The form after a refused plain POST, in the language the requester was reading. */
export interface FormErrorPageInput {
  readonly language: Language;
  readonly services: readonly { readonly id: string; readonly name: string }[];
  readonly privacyStatementUrl?: string | undefined;
  readonly statusCode: number;
  /** What was posted (kept in the fields); not an object when the body could not be read. */
  readonly values: unknown;
  readonly issues?: readonly { field: string; message: string }[] | undefined;
}

/**
 * The form again with each error at its field and the values kept; an error of no field (a body
 * too large, throttling) above the form.
 */
export function formErrorPage(input: FormErrorPageInput): string {
  const { language } = input;
  const values =
    typeof input.values === 'object' && input.values !== null
      ? (input.values as Record<string, unknown>)
      : {};
  const fields = new Set(FORM_FIELDS);
  const errors = (input.issues ?? [])
    .filter((issue) => fields.has(issue.field))
    .map((issue) => ({
      field: issue.field,
      message: issueMessage(language, issue.field, issue.message, values[issue.field]),
    }));
  const formError =
    errors.length > 0
      ? undefined
      : PAGE_CATALOGUES[language][input.statusCode === 429 ? 'error.tooMany' : 'error.notSent'];
  return renderFormPage({
    language,
    services: input.services,
    privacyStatementUrl: input.privacyStatementUrl,
    apiBaseUrl: '',
    assets: { kind: 'inline' },
    values,
    errors,
    ...(formError ? { formError } : {}),
  });
}

const FORM_FIELDS = [
  'type',
  'name',
  'email',
  'phone',
  'company',
  'relationship',
  'service',
  'country',
  'language',
  'message',
  'website',
];
