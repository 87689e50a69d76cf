import type { Language } from '../../domain/request-types.ts';
import { formatDate } from '../i18n/catalogues.ts';
import { escapeHtml, text, textHtml } from './html.ts';

/** What the confirmation says: the submission's answer (SubmissionResponse). */
export interface ConfirmationValues {
  readonly reference: string;
  readonly targetDate: string;
  readonly verificationRequired: boolean;
  readonly statusUrl?: string | undefined;
  readonly duplicate?: boolean | undefined;
}

/**
 * The confirmation after sending: the reference, the date in words, what happens next and the status
 * link. With values, the page the API renders after a plain POST; as `template`, the same markup with
 * empty slots (`data-slot`) and every variant (`data-when`), which the form's script fills in.
 */
export function confirmationHtml(language: Language, values: ConfirmationValues | 'template'): string {
  const template = values === 'template';
  const slot = (name: string, content: string, tag = 'span', className = '') =>
    `<${tag}${className ? ` class="${className}"` : ''}${template ? ` data-slot="${name}"` : ''}>${template ? '' : escapeHtml(content)}</${tag}>`;
  const when = (condition: string, shown: boolean, html: string) =>
    template ? `<p data-when="${condition}">${html}</p>` : shown ? `<p>${html}</p>` : '';
  const v = template ? undefined : values;
  const reference = slot('reference', v?.reference ?? '', 'span', 'reference');
  const date = slot('date', v ? formatDate(language, v.targetDate) : '', 'strong');
  const statusLink = template
    ? `<a data-slot-href="statusUrl" href="#">${text(language, 'done.statusLinkText')}</a>`
    : `<a href="${escapeHtml(v?.statusUrl ?? '')}">${text(language, 'done.statusLinkText')}</a>`;
  const duplicate = v?.duplicate === true;
  return `<div class="panel" id="confirmation">
<h1 tabindex="-1" id="confirmation-title">${text(language, 'done.title')}</h1>
${when('new', !duplicate, textHtml(language, 'done.reference', { reference }))}
${when('duplicate', duplicate, textHtml(language, 'done.duplicate', { reference }))}
${when('new', !duplicate, textHtml(language, 'done.due', { date }))}
${when('verify', !duplicate && v?.verificationRequired === true, text(language, 'done.nextVerify'))}
${when('noverify', !duplicate && v?.verificationRequired === false, text(language, 'done.nextNoVerify'))}
${when('status', v?.statusUrl !== undefined, textHtml(language, 'done.status', { statusLink }))}
</div>`;
}
