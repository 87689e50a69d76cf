import { useEffect, useRef, useState } from 'preact/hooks';
import type { CaseAction, CaseDetail, NoticePreview } from '../api.ts';
import { useConsole } from '../context.ts';
import { OUTCOME_LABELS, type TextKey, TYPE_LABELS } from '../i18n.ts';
import { href } from '../router.ts';
import { DueBadge, ErrorBox, errorText, memberName, Show, teamName, useLoad } from '../ui.tsx';

const PURPOSES: readonly [string, TextKey][] = [
  ['handling', 'purposeHandling'],
  ['supervision', 'purposeSupervision'],
  ['quality_review', 'purposeQuality'],
  ['complaint', 'purposeComplaint'],
  ['audit', 'purposeAudit'],
];

const DIRECTION_KEY: Record<string, TextKey> = {
  to_requester: 'directionToRequester',
  from_requester: 'directionFromRequester',
  to_staff: 'directionToStaff',
  from_staff: 'directionFromStaff',
  internal: 'directionInternal',
};

const LANGUAGE_NAMES: Record<string, string> = {
  nl: 'Nederlands',
  en: 'English',
  nb: 'Norsk bokmål',
  sv: 'Svenska',
  da: 'Dansk',
  fi: 'Suomi',
};

/** The case: what was asked, the thread, the deadlines, the audit trail and the actions. */
export function CasePage({ reference, now }: { reference: string; now: Date }) {
  const { session, tr } = useConsole();
  const { t } = tr;
  const defaultPurpose = session.profile.role === 'representative' ? 'handling' : 'supervision';
  const [purpose, setPurpose] = useState(defaultPurpose);
  const [opened, setOpened] = useState<string | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);
  const [loaded, reload] = useLoad(
    () => (opened ? session.api.getCase(reference, opened) : Promise.resolve(undefined)),
    `${reference}|${opened ?? ''}`,
  );

  return (
    <>
      <p>
        <a href={href.queue()}>← {t('backToQueue')}</a>
      </p>
      <h1>{t('caseTitle', { reference })}</h1>
      {!opened ? (
        <form
          class="purpose"
          onSubmit={(event) => {
            event.preventDefault();
            setOpened(purpose);
          }}
        >
          <p id="purpose-note">{t('purposeNote')}</p>
          <div class="field">
            <label for="purpose">{t('purpose')}</label>
            <select
              id="purpose"
              aria-describedby="purpose-note"
              value={purpose}
              onChange={(e) => setPurpose(e.currentTarget.value)}
            >
              {PURPOSES.map(([value, key]) => (
                <option key={value} value={value}>
                  {t(key)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="primary">
            {t('openCase')}
          </button>
        </form>
      ) : (
        <Show loaded={loaded} retry={reload}>
          {(detail) =>
            detail && (
              <CaseDetailView
                detail={detail}
                now={now}
                done={done}
                onDone={(message) => {
                  setDone(message);
                  reload();
                }}
              />
            )
          }
        </Show>
      )}
    </>
  );
}

function CaseDetailView({
  detail,
  now,
  done,
  onDone,
}: {
  detail: CaseDetail;
  now: Date;
  done: string | undefined;
  onDone: (message: string) => void;
}) {
  const { session, tr } = useConsole();
  const { t } = tr;
  const { deadline, requester } = detail;
  return (
    <>
      {done && (
        <p class="notice notice-ok" role="status">
          {done}
        </p>
      )}
      <dl class="facts">
        <div>
          <dt>{t('colStatus')}</dt>
          <dd data-testid="case-status">
            {tr.status(detail.status)}
            {detail.outcome && `: ${tr.outcome(detail.outcome)}`}
          </dd>
        </div>
        <div>
          <dt>{t('colSignal')}</dt>
          <dd>
            <DueBadge entry={detail} now={now} />
          </dd>
        </div>
        <div>
          <dt>{t('colType')}</dt>
          <dd>{tr.type(detail.type)}</dd>
        </div>
        <div>
          <dt>{t('colTeam')}</dt>
          <dd>{teamName(session.profile, detail.teamId)}</dd>
        </div>
        <div>
          <dt>{t('colAssignee')}</dt>
          <dd>{memberName(session.profile, detail.assigneeId) ?? t('unassigned')}</dd>
        </div>
        <div>
          <dt>{t('channel')}</dt>
          <dd>{detail.channel}</dd>
        </div>
      </dl>

      <section aria-labelledby="h-request">
        <h2 id="h-request">{t('sectionRequest')}</h2>
        <dl class="pairs">
          <dt>{t('requesterName')}</dt>
          <dd>{requester.name}</dd>
          <dt>{t('requesterEmail')}</dt>
          <dd>{requester.email || '–'}</dd>
          {requester.phone && (
            <>
              <dt>{t('requesterPhone')}</dt>
              <dd>{requester.phone}</dd>
            </>
          )}
          {requester.company && (
            <>
              <dt>{t('requesterCompany')}</dt>
              <dd>{requester.company}</dd>
            </>
          )}
          <dt>{t('relationship')}</dt>
          <dd>{detail.relationship}</dd>
          {detail.service && (
            <>
              <dt>{t('service')}</dt>
              <dd>{detail.service}</dd>
            </>
          )}
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
          {deadline.firstResponseDueAt && (
            <>
              <dt>{t('firstResponseDue')}</dt>
              <dd>{tr.dateTime(deadline.firstResponseDueAt)}</dd>
            </>
          )}
          {detail.firstResponseAt && (
            <>
              <dt>{t('firstResponseAt')}</dt>
              <dd>{tr.dateTime(detail.firstResponseAt)}</dd>
            </>
          )}
          <dt>{t('extension')}</dt>
          <dd>
            {deadline.extension.months > 0
              ? t('extensionMonths', {
                  months: deadline.extension.months,
                  date: tr.date(deadline.extension.firstMonthEndsAt),
                })
              : t('extensionNone')}
          </dd>
          {deadline.pausedAt && (
            <>
              <dt>{t('pausedSince')}</dt>
              <dd>{tr.dateTime(deadline.pausedAt)}</dd>
            </>
          )}
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

      <section aria-labelledby="h-actions">
        <h2 id="h-actions">{t('sectionActions')}</h2>
        {detail.status === 'closed' ? (
          <p>{t('closedCase')}</p>
        ) : detail.access !== 'act' ? (
          <p>{t('readOnlyCase')}</p>
        ) : (
          <ActionPanel detail={detail} onDone={onDone} />
        )}
      </section>

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
    </>
  );
}

type ActionName = CaseAction['action'];
const ACTION_KEYS: Record<ActionName, TextKey> = {
  reply: 'actionReply',
  note: 'actionNote',
  assign: 'actionAssign',
  change_type: 'actionChangeType',
  extend: 'actionExtend',
  pause: 'actionPause',
  resume: 'actionResume',
  close: 'actionClose',
  refuse: 'actionRefuse',
  breach: 'actionBreach',
};
/** The breach register's fields (Art. 33(5)): dates in date inputs, the rest as text. */
const BREACH_FIELDS = [
  ['notified', 'fieldBreachNotified', 'date'],
  ['notNotifiedReason', 'fieldBreachNotNotified', 'text'],
  ['informed', 'fieldBreachInformed', 'date'],
  ['notInformedReason', 'fieldBreachNotInformed', 'text'],
  ['remedy', 'fieldBreachRemedy', 'text'],
] as const satisfies readonly (readonly [string, TextKey, 'date' | 'text'])[];
const NEEDS_REASON = new Set(['refused', 'partially_fulfilled']);
const CLOSABLE_OUTCOMES = ['fulfilled', 'partially_fulfilled', 'refused', 'redirected', 'withdrawn'];
/** Actions whose notice the requester gets: previewed before they are confirmed. */
const TOLD_TO_REQUESTER = new Set<ActionName>(['reply', 'extend', 'close', 'refuse', 'change_type']);

function ActionPanel({ detail, onDone }: { detail: CaseDetail; onDone: (message: string) => void }) {
  const { session, tr } = useConsole();
  const { t } = tr;
  const [name, setName] = useState<ActionName>('reply');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [pending, setPending] = useState<CaseAction | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const team = session.profile.teams.find((candidate) => candidate.id === detail.teamId);
  const field = (key: string) => fields[key] ?? '';
  const set = (key: string) => (event: { currentTarget: { value: string } }) =>
    setFields({ ...fields, [key]: event.currentTarget.value });
  const optionalMessage = () => (field('message').trim() ? { message: field('message').trim() } : {});

  const build = (): CaseAction | string => {
    switch (name) {
      case 'reply':
        return { action: 'reply', text: field('text') };
      case 'note':
        return { action: 'note', text: field('text') };
      case 'assign':
        return {
          action: 'assign',
          memberId: field('memberId') || (team?.members[0]?.id ?? ''),
          ...optionalMessage(),
        };
      case 'change_type':
        return {
          action: 'change_type',
          type: (field('type') || detail.type) as CaseDetail['type'],
          ...optionalMessage(),
        };
      case 'extend':
        return {
          action: 'extend',
          months: field('months') === '2' ? 2 : 1,
          reason: field('reason'),
          ...optionalMessage(),
        };
      case 'pause':
        return { action: 'pause', reason: field('reason'), ...optionalMessage() };
      case 'resume':
        return { action: 'resume', ...optionalMessage() };
      case 'close': {
        const outcome = (field('outcome') || 'fulfilled') as 'fulfilled';
        if (NEEDS_REASON.has(outcome) && !field('reason').trim()) return t('reasonNeeded');
        return {
          action: 'close',
          outcome,
          ...(NEEDS_REASON.has(outcome) ? { reason: field('reason').trim() } : {}),
          ...optionalMessage(),
        };
      }
      case 'refuse':
        if (!field('reason').trim()) return t('reasonNeeded');
        return { action: 'refuse', reason: field('reason').trim(), ...optionalMessage() };
      case 'breach': {
        const given = Object.fromEntries(
          BREACH_FIELDS.map(([key]) => [key, field(key).trim()]).filter(([, value]) => value !== ''),
        );
        if (Object.keys(given).length === 0) return t('breachNeedsOne');
        return { action: 'breach', ...given };
      }
    }
  };

  const available: ActionName[] = [
    'reply',
    'note',
    'assign',
    'change_type',
    'extend',
    ...(detail.paused ? (['resume'] as const) : (['pause'] as const)),
    'close',
    'refuse',
    ...(detail.type === 'breach_report' ? (['breach'] as const) : []),
  ];
  const outcome = field('outcome') || 'fulfilled';

  return (
    <form
      class="action-form"
      onSubmit={(event) => {
        event.preventDefault();
        const action = build();
        if (typeof action === 'string') {
          setProblem(action);
          return;
        }
        setProblem(undefined);
        setPending(action);
      }}
    >
      <div class="field">
        <label for="action">{t('sectionActions')}</label>
        <select
          id="action"
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value as ActionName);
            setProblem(undefined);
          }}
        >
          {available.map((action) => (
            <option key={action} value={action}>
              {t(ACTION_KEYS[action])}
            </option>
          ))}
        </select>
      </div>
      {(name === 'reply' || name === 'note') && (
        <div class="field">
          <label for="a-text">{t('fieldText')}</label>
          <textarea id="a-text" rows={5} required value={field('text')} onInput={set('text')} />
        </div>
      )}
      {name === 'assign' && (
        <div class="field">
          <label for="a-member">{t('fieldMember')}</label>
          <select id="a-member" value={field('memberId')} onChange={set('memberId')}>
            {(team?.members ?? []).map((member) => (
              <option key={member.id} value={member.id}>
                {member.active ? member.name : t('memberUnavailable', { name: member.name })}
              </option>
            ))}
          </select>
        </div>
      )}
      {name === 'change_type' && (
        <div class="field">
          <label for="a-type">{t('fieldType')}</label>
          <select id="a-type" value={field('type') || detail.type} onChange={set('type')}>
            {Object.entries(TYPE_LABELS[tr.language]).map(([type, label]) => (
              <option key={type} value={type}>
                {label}
              </option>
            ))}
          </select>
        </div>
      )}
      {name === 'extend' && (
        <div class="field">
          <label for="a-months">{t('fieldMonths')}</label>
          <select id="a-months" value={field('months') || '1'} onChange={set('months')}>
            <option value="1">1</option>
            <option value="2">2</option>
          </select>
        </div>
      )}
      {name === 'close' && (
        <div class="field">
          <label for="a-outcome">{t('fieldOutcome')}</label>
          <select id="a-outcome" value={outcome} onChange={set('outcome')}>
            {CLOSABLE_OUTCOMES.map((value) => (
              <option key={value} value={value}>
                {OUTCOME_LABELS[tr.language][value]}
              </option>
            ))}
          </select>
        </div>
      )}
      {(name === 'extend' ||
        name === 'pause' ||
        name === 'refuse' ||
        (name === 'close' && NEEDS_REASON.has(outcome))) && (
        <div class="field">
          <label for="a-reason">
            {name === 'pause' ? t('fieldReasonInternal') : t('fieldReasonToRequester')}
          </label>
          <textarea
            id="a-reason"
            rows={3}
            required
            aria-describedby={problem ? 'a-problem' : undefined}
            value={field('reason')}
            onInput={set('reason')}
          />
        </div>
      )}
      {name === 'breach' &&
        BREACH_FIELDS.map(([key, label, kind]) => (
          <div class="field" key={key}>
            <label for={`a-${key}`}>{t(label)}</label>
            {kind === 'date' ? (
              <input id={`a-${key}`} type="date" value={field(key)} onInput={set(key)} />
            ) : (
              <textarea id={`a-${key}`} rows={2} value={field(key)} onInput={set(key)} />
            )}
          </div>
        ))}
      {name !== 'reply' && name !== 'note' && name !== 'breach' && (
        <div class="field">
          <label for="a-message">{t('fieldMessage')}</label>
          <textarea id="a-message" rows={3} value={field('message')} onInput={set('message')} />
        </div>
      )}
      {problem && (
        <p id="a-problem" class="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" class="primary">
        {t('continue')}
      </button>
      {pending && (
        <ConfirmDialog
          detail={detail}
          action={pending}
          label={t(ACTION_KEYS[pending.action])}
          onCancel={() => setPending(undefined)}
          onDone={(message) => {
            setPending(undefined);
            setFields({});
            onDone(message);
          }}
        />
      )}
    </form>
  );
}

function ConfirmDialog({
  detail,
  action,
  label,
  onCancel,
  onDone,
}: {
  detail: CaseDetail;
  action: CaseAction;
  label: string;
  onCancel: () => void;
  onDone: (message: string) => void;
}) {
  const { session, tr } = useConsole();
  const { t } = tr;
  const dialog = useRef<HTMLDialogElement>(null);
  // One key per confirmation: a double click or a retry after a lost answer applies it once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [preview, setPreview] = useState<NoticePreview | { error: unknown } | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);
  const told = TOLD_TO_REQUESTER.has(action.action);

  useEffect(() => {
    dialog.current?.showModal();
    if (!told) return;
    session.api
      .previewNotice(detail.reference, action)
      .then(setPreview, (error: unknown) => setPreview({ error }));
  }, []);

  const confirm = async () => {
    setBusy(true);
    try {
      const result = await session.api.act(detail.reference, action, idempotencyKey);
      onDone(
        result.duplicate
          ? t('actionDuplicate')
          : t('actionDone', { action: label, count: result.notifications }),
      );
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      class="confirm"
      aria-labelledby="confirm-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="confirm-title">{t('confirmTitle', { action: label })}</h2>
      <p>{t('confirmQuestion', { action: label.toLowerCase(), reference: detail.reference })}</p>
      {told ? (
        preview === undefined ? (
          <p role="status">{t('loading')}</p>
        ) : 'error' in preview ? (
          <p class="notice notice-warn">{t('noticeUnavailable', { reason: errorText(preview.error) })}</p>
        ) : preview.notices.length === 0 ? (
          <p>{t('noticeNone')}</p>
        ) : (
          <section class="notice-preview" aria-labelledby="notice-title" lang={preview.language}>
            <h3 id="notice-title" lang={tr.language}>
              {t('noticeTitle', { language: LANGUAGE_NAMES[preview.language] ?? preview.language })}
            </h3>
            {preview.notices.map((notice) => (
              <div key={notice.subject} class="notice-mail">
                <p class="thread-subject">{notice.subject}</p>
                <pre class="thread-text">{notice.text}</pre>
              </div>
            ))}
          </section>
        )
      ) : (
        <p>{t('noticeNone')}</p>
      )}
      {failure !== undefined && <ErrorBox error={failure} />}
      <div class="buttons">
        <button type="button" class="primary" onClick={confirm} disabled={busy}>
          {t('confirm')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('cancel')}
        </button>
      </div>
    </dialog>
  );
}
