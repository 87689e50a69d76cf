import type { ComponentChildren } from 'preact';
import type { CaseDetail } from '../api.ts';
import { useConsole } from '../context.ts';
import { LANGUAGE_NAMES, type TextKey } from '../i18n.ts';

/* The parts of a case page that show the case: the request, the deadlines, the thread, the audit trail. */

const DIRECTION_KEY: Record<string, TextKey> = {
  to_requester: 'directionToRequester',
  from_requester: 'directionFromRequester',
  to_staff: 'directionToStaff',
  from_staff: 'directionFromStaff',
  internal: 'directionInternal',
};

/** A term and its value in a list of pairs; nothing when there is no value. */
function Pair({ term, value }: { term: string; value: ComponentChildren }) {
  if (value === undefined || value === null || value === '' || value === false) return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </>
  );
}

/** What was asked, and by whom. */
export function RequestSection({ detail }: { detail: CaseDetail }) {
  const { tr } = useConsole();
  const { t } = tr;
  const { requester } = detail;
  return (
    <section aria-labelledby="h-request">
      <h2 id="h-request">{t('sectionRequest')}</h2>
      <dl class="pairs">
        <dt>{t('requesterName')}</dt>
        <dd>{requester.name}</dd>
        <dt>{t('requesterEmail')}</dt>
        <dd>{requester.email || '–'}</dd>
        <Pair term={t('requesterPhone')} value={requester.phone} />
        <Pair term={t('requesterCompany')} value={requester.company} />
        <dt>{t('relationship')}</dt>
        <dd>{detail.relationship}</dd>
        <Pair term={t('service')} value={detail.service} />
        <dt>{t('country')}</dt>
        <dd>{detail.country}</dd>
        <dt>{t('requesterLanguage')}</dt>
        <dd>{LANGUAGE_NAMES[detail.language] ?? detail.language}</dd>
        <dt>{t('verifiedAt')}</dt>
        <dd>{detail.verifiedAt ? tr.dateTime(detail.verifiedAt) : t('notVerified')}</dd>
      </dl>
      {detail.controllerIsCustomer && <p class="tag">{t('controllerIsCustomer')}</p>}
      <h3>{t('message')}</h3>
      <blockquote class="message">{requester.message}</blockquote>
    </section>
  );
}

/** The target, the legal limit, the extension and the pauses. */
export function DeadlinesSection({ detail }: { detail: CaseDetail }) {
  const { tr } = useConsole();
  const { t } = tr;
  const { deadline } = detail;
  return (
    <section aria-labelledby="h-deadlines">
      <h2 id="h-deadlines">{t('sectionDeadlines')}</h2>
      <dl class="pairs">
        <dt>{t('receivedAt')}</dt>
        <dd>{tr.dateTime(detail.receivedAt)}</dd>
        <dt>{t('clockStartedAt')}</dt>
        <dd>{tr.dateTime(deadline.clockStartedAt)}</dd>
        <dt>{t('targetDate')}</dt>
        <dd data-testid="target-date">{tr.date(deadline.target.targetDate)}</dd>
        <dt>{t('legalLimit')}</dt>
        <dd data-testid="legal-limit">{tr.date(deadline.legalLimit.dueDate)}</dd>
        <Pair
          term={t('firstResponseDue')}
          value={deadline.firstResponseDueAt && tr.dateTime(deadline.firstResponseDueAt)}
        />
        <Pair
          term={t('firstResponseAt')}
          value={detail.firstResponseAt && tr.dateTime(detail.firstResponseAt)}
        />
        <dt>{t('extension')}</dt>
        <dd>
          {deadline.extension.months > 0
            ? t('extensionMonths', {
                months: deadline.extension.months,
                date: tr.date(deadline.extension.firstMonthEndsAt),
              })
            : t('extensionNone')}
        </dd>
        <Pair term={t('pausedSince')} value={deadline.pausedAt && tr.dateTime(deadline.pausedAt)} />
        <dt>{t('pauses')}</dt>
        <dd>
          {deadline.pauses.length === 0 ? (
            t('noPauses')
          ) : (
            <ul>
              {deadline.pauses.map((pause) => (
                <li key={pause.from}>
                  {tr.dateTime(pause.from)} – {tr.dateTime(pause.to)}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('timeZone')}</dt>
        <dd>{deadline.timeZone}</dd>
      </dl>
    </section>
  );
}

/** Every email in and out, with its delivery problems and attachments. */
export function ThreadSection({ detail }: { detail: CaseDetail }) {
  const { tr } = useConsole();
  const { t } = tr;
  return (
    <section aria-labelledby="h-thread">
      <h2 id="h-thread">{t('sectionThread')}</h2>
      {detail.thread.length === 0 ? (
        <p>{t('threadEmpty')}</p>
      ) : (
        <ol class="thread">
          {detail.thread.map((entry) => (
            <li key={entry.messageId} class={`thread-entry thread-${entry.direction}`}>
              <p class="thread-head">
                <strong>{t(DIRECTION_KEY[entry.direction] ?? 'directionInternal')}</strong> ·{' '}
                {tr.dateTime(entry.at)} · {entry.participant}
                {entry.template && <span class="tag">{entry.template}</span>}
                {entry.unauthenticated && <span class="tag tag-warn">{t('unauthenticated')}</span>}
              </p>
              {entry.delivery && entry.delivery !== 'delivered' && entry.delivery !== 'sent' && (
                <p class="notice notice-warn">
                  <span aria-hidden="true">⚠ </span>
                  {t('deliveryProblem', { delivery: entry.delivery })}
                </p>
              )}
              <p class="thread-subject">{entry.subject}</p>
              <pre class="thread-text">{entry.text}</pre>
              {entry.attachments && entry.attachments.length > 0 && (
                <ul class="attachments" aria-label={t('attachments')}>
                  {entry.attachments.map((file) => (
                    <li key={file.filename}>
                      {file.filename} ({file.contentType}, {Math.ceil(file.size / 1024)} KB)
                      {file.refused && ` – ${t('refused', { reason: file.refused })}`}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The case's audit trail, as the API returns it. */
export function AuditSection({ detail }: { detail: CaseDetail }) {
  const { tr } = useConsole();
  const { t } = tr;
  return (
    <section aria-labelledby="h-audit">
      <h2 id="h-audit">{t('sectionAudit')}</h2>
      <div class="scroll">
        <table class="audit">
          <thead>
            <tr>
              <th scope="col">{t('auditAt')}</th>
              <th scope="col">{t('auditAction')}</th>
              <th scope="col">{t('auditActor')}</th>
              <th scope="col">{t('auditDetail')}</th>
            </tr>
          </thead>
          <tbody>
            {detail.audit.map((event, index) => (
              <tr key={`${event.at}-${index}`}>
                <td>{tr.dateTime(event.at)}</td>
                <td>
                  <code>{event.action}</code>
                </td>
                <td>{event.actor}</td>
                <td>
                  {event.detail &&
                    Object.entries(event.detail)
                      .map(([key, value]) => `${key}: ${String(value)}`)
                      .join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
