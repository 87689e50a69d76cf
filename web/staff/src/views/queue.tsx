import { useEffect, useState } from 'preact/hooks';
import type { CaseSummary, ListFilters } from '../api.ts';
import { useConsole } from '../context.ts';
import { STATUS_LABELS } from '../i18n.ts';
import { CaseTable, ErrorBox, Loading, TypeOptions } from '../ui.tsx';

const OPEN = ['awaiting_verification', 'received', 'assigned', 'waiting_for_requester'];

interface Page {
  readonly cases: CaseSummary[];
  readonly next?: string;
}

const byDue = (a: CaseSummary, b: CaseSummary) =>
  a.dueAt.localeCompare(b.dueAt) || a.reference.localeCompare(b.reference);

/**
 * The queue: open cases by legal limit with a due signal. A representative sees their own cases
 * first, then their team's (read only); a manager and the DPO see one list of what they may see.
 */
export function QueueView({ now }: { now: Date }) {
  const { session, tr } = useConsole();
  const { t } = tr;
  const { profile } = session;
  const [filters, setFilters] = useState<ListFilters>({});
  const [draft, setDraft] = useState<ListFilters>({});
  const [pages, setPages] = useState<{ mine?: Page; rest?: Page; error?: unknown; loadingMore?: boolean }>(
    {},
  );
  const representative = profile.role === 'representative';

  useEffect(() => {
    let live = true;
    setPages({});
    const load = async () => {
      if (representative && !filters.mine) {
        const [mine, rest] = await Promise.all([
          session.api.listCases({ ...filters, mine: true }),
          session.api.listCases(filters),
        ]);
        return { mine, rest };
      }
      return { rest: await session.api.listCases(filters) };
    };
    load().then(
      (loaded) => live && setPages(loaded),
      (error: unknown) => live && setPages({ error }),
    );
    return () => {
      live = false;
    };
  }, [JSON.stringify(filters)]);

  const loadMore = async () => {
    const rest = pages.rest;
    if (!rest?.next) return;
    setPages({ ...pages, loadingMore: true });
    try {
      const more = await session.api.listCases(filters, rest.next);
      setPages({
        ...pages,
        rest: { cases: [...rest.cases, ...more.cases], ...(more.next ? { next: more.next } : {}) },
      });
    } catch (error) {
      setPages({ ...pages, error });
    }
  };

  const set = (key: keyof ListFilters, value: unknown) =>
    setDraft((current) => {
      const next: Record<string, unknown> = { ...current, [key]: value };
      if (value === '' || value === false || value === undefined) delete next[key];
      // A paused case is never due: the API refuses paused with a due filter, so one clears the other.
      if (key === 'paused' && value === true) {
        delete next.overdue;
        delete next.dueWithinDays;
      }
      if ((key === 'overdue' || key === 'dueWithinDays') && next[key] !== undefined) delete next.paused;
      return next as ListFilters;
    });

  const mineRefs = new Set((pages.mine?.cases ?? []).map((entry) => entry.reference));
  const rest = (pages.rest?.cases ?? []).filter((entry) => !mineRefs.has(entry.reference)).sort(byDue);

  return (
    <>
      <h1>{t('queueTitle')}</h1>
      <form
        class="filters"
        aria-label={t('filters')}
        onSubmit={(event) => {
          event.preventDefault();
          setFilters(draft);
        }}
      >
        <fieldset>
          <legend>{t('filters')}</legend>
          <div class="field">
            <label for="f-team">{t('filterTeam')}</label>
            <select id="f-team" value={draft.team ?? ''} onChange={(e) => set('team', e.currentTarget.value)}>
              <option value="">{t('any')}</option>
              {profile.teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="f-status">{t('filterStatus')}</label>
            <select
              id="f-status"
              value={draft.status ?? ''}
              onChange={(e) => set('status', e.currentTarget.value)}
            >
              <option value="">{t('openStatuses')}</option>
              {[...OPEN, 'closed'].map((status) => (
                <option key={status} value={status}>
                  {STATUS_LABELS[tr.language][status]}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="f-type">{t('filterType')}</label>
            <select id="f-type" value={draft.type ?? ''} onChange={(e) => set('type', e.currentTarget.value)}>
              <option value="">{t('any')}</option>
              <TypeOptions language={tr.language} />
            </select>
          </div>
          <div class="field">
            <label for="f-country">{t('filterCountry')}</label>
            <input
              id="f-country"
              value={draft.country ?? ''}
              maxLength={2}
              size={3}
              pattern="[A-Za-z]{2}"
              autocomplete="off"
              onInput={(e) => set('country', e.currentTarget.value.toUpperCase())}
            />
          </div>
          <div class="field">
            <label for="f-due">{t('filterDueWithin')}</label>
            <input
              id="f-due"
              type="number"
              min={0}
              max={366}
              value={draft.dueWithinDays ?? ''}
              onInput={(e) =>
                set('dueWithinDays', e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value))
              }
            />
          </div>
          <div class="checks">
            {representative && (
              <label>
                <input
                  type="checkbox"
                  checked={draft.mine === true}
                  onChange={(e) => set('mine', e.currentTarget.checked)}
                />{' '}
                {t('filterMine')}
              </label>
            )}
            <label>
              <input
                type="checkbox"
                checked={draft.overdue === true}
                onChange={(e) => set('overdue', e.currentTarget.checked)}
              />{' '}
              {t('filterOverdue')}
            </label>
            <label>
              <input
                type="checkbox"
                checked={draft.paused === true}
                onChange={(e) => set('paused', e.currentTarget.checked)}
              />{' '}
              {t('filterPaused')}
            </label>
            <label>
              <input
                type="checkbox"
                checked={draft.extended === true}
                onChange={(e) => set('extended', e.currentTarget.checked)}
              />{' '}
              {t('filterExtended')}
            </label>
          </div>
          <div class="buttons">
            <button type="submit" class="primary">
              {t('apply')}
            </button>
            <button
              type="button"
              onClick={() => {
                setDraft({});
                setFilters({});
              }}
            >
              {t('reset')}
            </button>
          </div>
        </fieldset>
      </form>
      {pages.error !== undefined ? (
        <ErrorBox error={pages.error} onRetry={() => setFilters({ ...filters })} />
      ) : !pages.rest ? (
        <Loading />
      ) : (
        <>
          {pages.mine && (
            <CaseTable cases={[...pages.mine.cases].sort(byDue)} caption={t('queueMine')} now={now} />
          )}
          <CaseTable cases={rest} caption={pages.mine ? t('queueTeam') : t('queueAll')} now={now} />
          {pages.rest.next && (
            <button type="button" onClick={loadMore} disabled={pages.loadingMore}>
              {t('loadMore')}
            </button>
          )}
        </>
      )}
    </>
  );
}
