import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, type CaseSummary } from './api.ts';
import { useConsole } from './context.ts';
import { dueSignal } from './due-signal.ts';
import { TYPE_COLOURS } from './figures.ts';
import { type ConsoleLanguage, type Translator, TYPE_LABELS } from './i18n.ts';
import { href } from './router.ts';

export type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly error: unknown }
  | { readonly state: 'ready'; readonly value: T };

/** Runs `load` whenever `key` changes; `reload` runs it again. */
export function useLoad<T>(load: () => Promise<T>, key: string): [Loaded<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  const current = useRef(load);
  current.current = load;
  useEffect(() => {
    let live = true;
    setLoaded({ state: 'loading' });
    current.current().then(
      (value) => live && setLoaded({ state: 'ready', value }),
      (error: unknown) => live && setLoaded({ state: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [key, round]);
  return [loaded, useCallback(() => setRound((n) => n + 1), [])];
}

export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    const fields = error.issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
    return fields ? `${error.message} (${fields})` : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

export function ErrorBox({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { tr } = useConsole();
  return (
    <div class="notice notice-error" role="alert">
      <p>
        <strong>{tr.t('errorPrefix')}</strong> {errorText(error)}
      </p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {tr.t('retry')}
        </button>
      )}
    </div>
  );
}

export function Loading() {
  const { tr } = useConsole();
  return (
    <p class="loading" role="status">
      {tr.t('loading')}
    </p>
  );
}

export function Show<T>({
  loaded,
  retry,
  children,
}: {
  loaded: Loaded<T>;
  retry?: () => void;
  children: (value: T) => ComponentChildren;
}) {
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error')
    return <ErrorBox error={loaded.error} {...(retry ? { onRetry: retry } : {})} />;
  return <>{children(loaded.value)}</>;
}

const SIGNAL_SYMBOL = { overdue: '!', due2: '2', due7: '7', later: '', paused: '‖', closed: '✓' } as const;

export function DueBadge({
  entry,
  now,
}: {
  entry: Pick<CaseSummary, 'status' | 'paused' | 'dueAt'>;
  now: Date;
}) {
  const { tr } = useConsole();
  const signal = dueSignal(entry, now);
  const text = {
    overdue: tr.t('signalOverdue', { days: signal.days }),
    due2: tr.t('signalDue2'),
    due7: tr.t('signalDue7'),
    later: tr.t('signalLater', { days: signal.days }),
    paused: tr.t('signalPaused'),
    closed: tr.t('signalClosed'),
  }[signal.level];
  return (
    <span class={`due due-${signal.level}`} data-level={signal.level}>
      {SIGNAL_SYMBOL[signal.level] && (
        <span class="due-symbol" aria-hidden="true">
          {SIGNAL_SYMBOL[signal.level]}
        </span>
      )}
      {text}
    </span>
  );
}

export function memberName(
  profile: { teams: readonly { members: readonly { id: string; name: string }[] }[] },
  id: string | undefined,
): string | undefined {
  if (!id) return undefined;
  for (const team of profile.teams) {
    const member = team.members.find((candidate) => candidate.id === id);
    if (member) return member.name;
  }
  return id;
}

export function teamName(profile: { teams: readonly { id: string; name: string }[] }, id: string): string {
  return profile.teams.find((team) => team.id === id)?.name ?? id;
}

/** The case list as a table; each row becomes a card on a phone (console.css). */
export function CaseTable({
  cases,
  caption,
  now,
}: {
  cases: readonly CaseSummary[];
  caption: string;
  now: Date;
}) {
  const { tr, session } = useConsole();
  const { t } = tr;
  return (
    <table class="cases">
      <caption>
        {caption} <span class="count">({t('casesShown', { count: cases.length })})</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('colReference')}</th>
          <th scope="col">{t('colSignal')}</th>
          <th scope="col">{t('colLegalLimit')}</th>
          <th scope="col">{t('colTarget')}</th>
          <th scope="col">{t('colType')}</th>
          <th scope="col">{t('colStatus')}</th>
          <th scope="col">{t('colTeam')}</th>
          <th scope="col">{t('colAssignee')}</th>
          <th scope="col">{t('colReceived')}</th>
        </tr>
      </thead>
      <tbody>
        {cases.length === 0 && (
          <tr>
            <td colSpan={9}>{t('noCases')}</td>
          </tr>
        )}
        {cases.map((entry) => (
          <tr key={entry.reference} data-reference={entry.reference} data-access={entry.access}>
            <th scope="row" data-label={t('colReference')}>
              <a href={href.case(entry.reference)}>{entry.reference}</a>
              {entry.access === 'read' && <span class="tag">{t('readOnly')}</span>}
            </th>
            <td data-label={t('colSignal')}>
              <DueBadge entry={entry} now={now} />
            </td>
            <td data-label={t('colLegalLimit')}>{tr.date(entry.dueDate)}</td>
            <td data-label={t('colTarget')}>{tr.date(entry.targetDate)}</td>
            <td data-label={t('colType')}>{tr.type(entry.type)}</td>
            <td data-label={t('colStatus')}>
              {entry.status === 'closed' && entry.outcome
                ? `${tr.status(entry.status)}: ${tr.outcome(entry.outcome)}`
                : tr.status(entry.status)}
              {entry.extendedMonths > 0 && (
                <span class="tag">{t('extended', { months: entry.extendedMonths })}</span>
              )}
            </td>
            <td data-label={t('colTeam')}>{teamName(session.profile, entry.teamId)}</td>
            <td data-label={t('colAssignee')}>
              {memberName(session.profile, entry.assigneeId) ?? t('unassigned')}
            </td>
            <td data-label={t('colReceived')}>{tr.date(entry.receivedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function roleLabel(tr: Translator, role: string): string {
  return role === 'dpo'
    ? tr.t('roleDpo')
    : role === 'manager'
      ? tr.t('roleManager')
      : tr.t('roleRepresentative');
}

/** The request types as the options of a select, in the console's language. */
export function TypeOptions({ language }: { language: ConsoleLanguage }) {
  return (
    <>
      {Object.entries(TYPE_LABELS[language]).map(([type, label]) => (
        <option key={type} value={type}>
          {label}
        </option>
      ))}
    </>
  );
}

/** The colours of a stacked chart's types (the chart's table names them too, for screen readers). */
export function TypeLegend({ types, language }: { types: readonly string[]; language: ConsoleLanguage }) {
  return (
    <ul class="legend" aria-hidden="true">
      {types.map((type) => (
        <li key={type}>
          <span class="swatch" style={{ background: TYPE_COLOURS[type] }} /> {TYPE_LABELS[language][type]}
        </li>
      ))}
    </ul>
  );
}
