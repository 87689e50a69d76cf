import type { Relationship } from '../../domain/config/desk-config.ts';
import { RELATIONSHIPS } from '../../domain/config/relationships.ts';
import { COUNTRY_LANGUAGES } from '../../domain/intake/requester-language.ts';
import { LANGUAGES, type Language, REQUEST_TYPES, type RequestType } from '../../domain/request-types.ts';
import { LANGUAGE_NAMES, LOCALES, PAGE_CATALOGUES, type PageKey } from '../i18n/catalogues.ts';
import { confirmationHtml } from './confirmation.ts';
import { DESK_CSS } from './desk-css.ts';
import { escapeHtml, htmlDocument, text, textHtml } from './html.ts';

const ALL_BUT_OPT_OUT = REQUEST_TYPES.filter((type) => type !== 'marketing_opt_out');

/** The optional fields, and the request types that need each; without JavaScript all are shown. */
export const OPTIONAL_FIELDS_BY_TYPE: Readonly<
  Record<'phone' | 'company' | 'service', readonly RequestType[]>
> = {
  // A phone number helps where someone may need to be reached quickly or identified: not for an
  // opt-out, a list of processors or a general question.
  phone: REQUEST_TYPES.filter(
    (type) => type !== 'marketing_opt_out' && type !== 'processor_info' && type !== 'question',
  ),
  company: ALL_BUT_OPT_OUT,
  service: ALL_BUT_OPT_OUT,
};

/** The countries the group answers in first, then the rest of the EEA and a few neighbours. */
const FIRST_COUNTRIES = Object.keys(COUNTRY_LANGUAGES);
const OTHER_COUNTRIES = [
  'AT',
  'BG',
  'CH',
  'CY',
  'CZ',
  'DE',
  'EE',
  'ES',
  'FR',
  'GB',
  'GR',
  'HR',
  'HU',
  'IE',
  'IS',
  'IT',
  'LI',
  'LT',
  'LU',
  'LV',
  'MT',
  'PL',
  'PT',
  'RO',
  'SI',
  'SK',
  'US',
];

/** The country a page in this language preselects (none in English: the reader chooses). */
const PAGE_COUNTRY: Partial<Record<Language, string>> = { nl: 'NL', nb: 'NO', sv: 'SE', da: 'DK', fi: 'FI' };

export interface FormService {
  readonly id: string;
  readonly name: string;
}

/** A field's error, already in the page's language. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

export interface FormPageOptions {
  readonly language: Language;
  /** Companies and services of the group the requester may name (the configuration's). */
  readonly services: readonly FormService[];
  readonly privacyStatementUrl?: string | undefined;
  /** Where the API is: '' on the same origin, else its absolute URL (CORS). */
  readonly apiBaseUrl: string;
  /**
   * How the page gets its stylesheet and script: files under `assetBase` (the form on its own,
   * static hosting), or the stylesheet inline and no script (the API's page after a plain POST).
   */
  readonly assets:
    | {
        readonly kind: 'files';
        readonly assetBase: string;
        readonly pageBase: string;
        /** The policy as a `<meta>`, for hosts that cannot send headers (static files). */
        readonly cspMeta?: string;
      }
    | { readonly kind: 'inline' };
  /** What the requester sent, to keep it (a page after a refused plain POST). */
  readonly values?: Readonly<Record<string, unknown>>;
  readonly errors?: readonly FieldError[];
  /** An error that belongs to no field (the request could not be sent). */
  readonly formError?: string;
}

/** The id an error links to: the field, or the first option of the request type. */
export function fieldAnchor(field: string): string {
  return field === 'type' ? `type-${REQUEST_TYPES[0]}` : field;
}

const FIELD_LABELS: Readonly<Record<string, PageKey>> = {
  type: 'form.typeLegend',
  name: 'field.name',
  email: 'field.email',
  phone: 'field.phone',
  company: 'field.company',
  relationship: 'field.relationship',
  service: 'field.service',
  country: 'field.country',
  language: 'field.language',
  message: 'field.message',
  website: 'field.honeypot',
};

export function fieldLabel(language: Language, field: string): string {
  const key = FIELD_LABELS[field];
  return key ? PAGE_CATALOGUES[language][key] : field;
}

/** The web form in one language: the same template for the local runtime, static files and the API. */
export function renderFormPage(options: FormPageOptions): string {
  const { language } = options;
  const values = options.values ?? {};
  const errors = new Map<string, string>();
  for (const error of options.errors ?? [])
    if (!errors.has(error.field)) errors.set(error.field, error.message);
  const value = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : '');
  const errorFor = (name: string) => {
    const message = errors.get(name);
    return message ? `<span class="field-error" id="${name}-error">${escapeHtml(message)}</span>` : '';
  };
  const describedBy = (name: string, hint: boolean) =>
    [hint ? `${name}-hint` : '', errors.has(name) ? `${name}-error` : ''].filter(Boolean).join(' ');
  const invalid = (name: string) => (errors.has(name) ? ' aria-invalid="true"' : '');
  const wrapper = (name: string, inner: string) => {
    const types = (OPTIONAL_FIELDS_BY_TYPE as Record<string, readonly string[]>)[name];
    const classes = ['field', errors.has(name) ? 'invalid' : ''].filter(Boolean).join(' ');
    return `<div class="${classes}" id="${name}-field"${types ? ` data-types="${types.join(' ')}"` : ''}>${inner}</div>`;
  };
  const optional = ` <span class="optional">${text(language, 'field.optional')}</span>`;
  const labelFor = (name: string, key: PageKey, isOptional = false) =>
    `<label for="${name}">${text(language, key)}${isOptional ? optional : ''}</label>`;
  const attributes = (name: string, hint: boolean) => {
    const ids = describedBy(name, hint);
    return `id="${name}" name="${name}"${ids ? ` aria-describedby="${ids}"` : ''}${invalid(name)}`;
  };

  const chosenType = value('type');
  const typeOptions = REQUEST_TYPES.map((type) => {
    const id = `type-${type}`;
    const checked = chosenType === type ? ' checked' : '';
    return `<div class="choice"><input type="radio" id="${id}" name="type" value="${type}" aria-describedby="${id}-hint"${checked}${type === REQUEST_TYPES[0] ? ' required' : ''}><label for="${id}">${text(language, `type.${type}.label` as PageKey)}</label><span class="hint" id="${id}-hint">${text(language, `type.${type}.hint` as PageKey)}</span></div>`;
  }).join('\n');

  const select = (selected: string, items: readonly { value: string; label: string; lang?: string }[]) =>
    items
      .map(
        (item) =>
          `<option value="${escapeHtml(item.value)}"${item.value === selected ? ' selected' : ''}${item.lang ? ` lang="${item.lang}"` : ''}>${escapeHtml(item.label)}</option>`,
      )
      .join('');
  const choose = { value: '', label: PAGE_CATALOGUES[language]['field.choose'] };

  const regionNames = new Intl.DisplayNames([LOCALES[language]], { type: 'region' });
  const collator = new Intl.Collator(LOCALES[language]);
  const countryItem = (code: string) => ({ value: code, label: regionNames.of(code) ?? code });
  const countries = [
    ...FIRST_COUNTRIES.map(countryItem),
    ...OTHER_COUNTRIES.map(countryItem).sort((a, b) => collator.compare(a.label, b.label)),
  ];
  const country = value('country').toUpperCase() || (options.values ? '' : (PAGE_COUNTRY[language] ?? ''));
  const relationships = RELATIONSHIPS.map((relationship: Relationship) => ({
    value: relationship,
    label: PAGE_CATALOGUES[language][`relationship.${relationship}` as PageKey],
  }));
  const answerLanguage = value('language') || language;
  const languages = LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code], lang: code }));
  const services = [
    { value: '', label: PAGE_CATALOGUES[language]['field.serviceNone'] },
    ...options.services.map((service) => ({ value: service.id, label: service.name })),
  ];

  const summaryItems = [...errors].map(
    ([field, message]) =>
      `<li><a href="#${fieldAnchor(field)}">${escapeHtml(fieldLabel(language, field))}: ${escapeHtml(message)}</a></li>`,
  );
  if (options.formError) summaryItems.unshift(`<li>${escapeHtml(options.formError)}</li>`);
  const hasSummary = summaryItems.length > 0;
  const summary = `<div class="error-summary" id="error-summary" tabindex="-1" aria-labelledby="error-summary-title"${hasSummary ? '' : ' hidden'}>
<h2 id="error-summary-title">${text(language, 'errors.summaryTitle')}</h2>
<ul>${summaryItems.join('')}</ul>
</div>`;

  const privacyStatement = options.privacyStatementUrl
    ? `<a href="${escapeHtml(options.privacyStatementUrl)}">${text(language, 'form.privacyStatement')}</a>`
    : text(language, 'form.privacyStatement');

  const catalogue = PAGE_CATALOGUES[language];
  // What the script needs in this language: error texts and the state of the button.
  const messages = (
    [
      'error.required',
      'error.choice',
      'error.tooLong',
      'error.email',
      'error.phone',
      'error.link',
      'error.singleLine',
      'error.hidden',
      'error.invalid',
      'error.notSent',
      'error.tooMany',
      'form.sending',
      'form.submit',
    ] as const
  )
    .map(
      (key) =>
        ` data-text-${key.replace('.', '-').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}="${escapeHtml(catalogue[key])}"`,
    )
    .join('');
  const labels = Object.keys(FIELD_LABELS)
    .map((field) => ` data-label-${field}="${escapeHtml(fieldLabel(language, field))}"`)
    .join('');

  const form = `<form method="post" action="${escapeHtml(options.apiBaseUrl)}/requests" accept-charset="utf-8" novalidate id="request-form" data-locale="${LOCALES[language]}"${messages}${labels}>
<input type="hidden" name="pageLanguage" value="${language}">
<fieldset id="type"${errors.has('type') ? ' aria-describedby="type-error"' : ''}>
<legend>${text(language, 'form.typeLegend')}</legend>
${errorFor('type')}
<div class="choices">
${typeOptions}
</div>
</fieldset>
<fieldset>
<legend>${text(language, 'form.aboutYouLegend')}</legend>
${wrapper('name', `${labelFor('name', 'field.name')}${errorFor('name')}<input ${attributes('name', false)} autocomplete="name" required maxlength="200" value="${escapeHtml(value('name'))}">`)}
${wrapper('email', `${labelFor('email', 'field.email')}<span class="hint" id="email-hint">${text(language, 'field.emailHint')}</span>${errorFor('email')}<input ${attributes('email', true)} type="email" autocomplete="email" spellcheck="false" required maxlength="254" value="${escapeHtml(value('email'))}">`)}
${wrapper('phone', `${labelFor('phone', 'field.phone', true)}${errorFor('phone')}<input ${attributes('phone', false)} type="tel" autocomplete="tel" maxlength="30" value="${escapeHtml(value('phone'))}">`)}
${wrapper('company', `${labelFor('company', 'field.company', true)}${errorFor('company')}<input ${attributes('company', false)} autocomplete="organization" maxlength="200" value="${escapeHtml(value('company'))}">`)}
${wrapper('relationship', `${labelFor('relationship', 'field.relationship')}${errorFor('relationship')}<select ${attributes('relationship', false)} required>${select(value('relationship'), [choose, ...relationships])}</select>`)}
${wrapper('country', `${labelFor('country', 'field.country')}${errorFor('country')}<select ${attributes('country', false)} autocomplete="country" required>${select(country, [choose, ...countries])}</select>`)}
</fieldset>
<fieldset>
<legend>${text(language, 'form.requestLegend')}</legend>
${wrapper('service', `${labelFor('service', 'field.service', true)}${errorFor('service')}<select ${attributes('service', false)}>${select(value('service'), services)}</select>`)}
${wrapper('language', `${labelFor('language', 'field.language')}${errorFor('language')}<select ${attributes('language', false)} required>${select(answerLanguage, languages)}</select>`)}
${wrapper('message', `${labelFor('message', 'field.message')}<span class="hint" id="message-hint">${text(language, 'field.messageHint')}</span>${errorFor('message')}<textarea ${attributes('message', true)} rows="8" required maxlength="10000">${escapeHtml(value('message'))}</textarea>`)}
</fieldset>
<div class="hp" aria-hidden="true">
<label for="website">${text(language, 'field.honeypot')}</label>
<input id="website" name="website" tabindex="-1" autocomplete="off">
</div>
<p class="notice">${textHtml(language, 'form.notice', { privacyStatement })}</p>
<button type="submit" id="send">${text(language, 'form.submit')}</button>
</form>`;

  const assets = options.assets;
  const head =
    assets.kind === 'files'
      ? `${assets.cspMeta ? `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(assets.cspMeta)}">\n` : ''}<link rel="stylesheet" href="${assets.assetBase}/desk.css">\n<script type="module" src="${assets.assetBase}/form.js"></script>`
      : `<style>${DESK_CSS}</style>`;
  const languageLinks =
    assets.kind === 'files'
      ? LANGUAGES.map(
          (code) =>
            `<li><a href="${assets.pageBase}${code}/" hreflang="${code}" lang="${code}"${code === language ? ' aria-current="page"' : ''}>${escapeHtml(LANGUAGE_NAMES[code])}</a></li>`,
        ).join('')
      : '';
  const nav = languageLinks
    ? `<header><nav class="languages" aria-label="${text(language, 'nav.languages')}"><ul>${languageLinks}</ul></nav></header>`
    : '';
  const title = hasSummary
    ? `${catalogue['errorPage.title']}: ${catalogue['site.title']}`
    : catalogue['site.title'];
  const done =
    assets.kind === 'files'
      ? `\n<template id="done">${confirmationHtml(language, 'template')}</template>`
      : '';
  return htmlDocument({
    language,
    title,
    head,
    body: `${nav}
<main id="main">
<h1>${text(language, 'site.title')}</h1>
<p>${text(language, 'form.intro')}</p>
${summary}
<p>${text(language, 'form.requiredNote')}</p>
${form}${done}
</main>`,
  });
}
