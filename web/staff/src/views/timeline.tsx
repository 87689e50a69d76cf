import { useEffect, useRef } from 'preact/hooks';
import type { CaseSummary } from '../api.ts';
import { useConsole } from '../context.ts';
import { dayIn } from '../due-signal.ts';
import { OVERDUE, TIMELINE_DAYS, type TimelineCounts, TYPE_COLOURS, timelineCounts } from '../figures.ts';
import { TYPE_LABELS } from '../i18n.ts';
import { href } from '../router.ts';
import { stackedBarChart } from '../stacked-bars.ts';
import { CaseTable, Show, TypeLegend, teamName, useLoad } from '../ui.tsx';

async function loadTimelineCases(
  api: ReturnType<typeof useConsole>['session']['api'],
): Promise<CaseSummary[]> {
  const [coming, overdue] = await Promise.all([
    api.listAll({ dueWithinDays: TIMELINE_DAYS }),
    api.listAll({ overdue: true }),
  ]);
  const seen = new Set<string>();
  return [...overdue, ...coming].filter((entry) => !seen.has(entry.reference) && seen.add(entry.reference));
}

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function TimelineView({ now }: { now: Date }) {
  const { session, tr } = useConsole();
  const { t } = tr;
  const [loaded, retry] = useLoad(() => loadTimelineCases(session.api), 'timeline');
  const today = dayIn(now, browserZone());
  return (
    <>
      <h1>{t('timelineTitle')}</h1>
      <p>{t('timelineIntro')}</p>
      <Show loaded={loaded} retry={retry}>
        {(cases) => {
          const counts = timelineCounts(cases, today, now);
          const teams = session.profile.teams.filter((team) => counts.teams.has(team.id));
          if (teams.length === 0) return <p>{t('noCases')}</p>;
          return (
            <>
              {teams.map((team) => (
                <TeamTimeline key={team.id} teamId={team.id} counts={counts} />
              ))}
            </>
          );
        }}
      </Show>
    </>
  );
}

function TeamTimeline({ teamId, counts }: { teamId: string; counts: TimelineCounts }) {
  const { session, tr } = useConsole();
  const { t } = tr;
  const name = teamName(session.profile, teamId);
  const perDay = counts.teams.get(teamId) ?? new Map<string, ReadonlyMap<string, number>>();
  const slots = [OVERDUE, ...counts.days];
  const types = Object.keys(TYPE_COLOURS).filter((type) =>
    slots.some((slot) => (perDay.get(slot)?.get(type) ?? 0) > 0),
  );
  const rows = slots.filter((slot) => perDay.has(slot));
  return (
    <section class="timeline" aria-labelledby={`tl-${teamId}`} data-team={teamId}>
      <h2 id={`tl-${teamId}`}>{t('timelineTeam', { team: name })}</h2>
      <Chart
        teamId={teamId}
        slots={slots}
        types={types}
        perDay={perDay}
        label={t('chartLabel', { team: name })}
      />
      <TypeLegend types={types} language={tr.language} />
      <details class="chart-table" open>
        <summary>{t('timelineTable')}</summary>
        <table class="days">
          <caption class="visually-hidden">{t('timelineTeam', { team: name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colDate')}</th>
              <th scope="col">{t('colCount')}</th>
              <th scope="col">{t('colByType')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('showCases')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((slot) => {
              const byType = perDay.get(slot) ?? new Map<string, number>();
              const total = [...byType.values()].reduce((sum, n) => sum + n, 0);
              return (
                <tr key={slot} data-day={slot} data-count={total}>
                  <th scope="row">{slot === OVERDUE ? t('overdue') : tr.date(slot)}</th>
                  <td>{total}</td>
                  <td>
                    {[...byType.entries()]
                      .map(([type, n]) => `${TYPE_LABELS[tr.language][type] ?? type} ${n}`)
                      .join(', ')}
                  </td>
                  <td>
                    <a href={href.day(slot, teamId)}>{t('showCases')}</a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </section>
  );
}

function Chart({
  teamId,
  slots,
  types,
  perDay,
  label,
}: {
  teamId: string;
  slots: readonly string[];
  types: readonly string[];
  perDay: ReadonlyMap<string, ReadonlyMap<string, number>>;
  label: string;
}) {
  const { tr } = useConsole();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const plot = stackedBarChart(element, {
      types,
      slotCount: slots.length,
      countAt: (type, i) => perDay.get(slots[i] ?? '')?.get(type) ?? 0,
      typeLabel: (type) => TYPE_LABELS[tr.language][type] ?? type,
      slotLabel: (i) => {
        const slot = slots[i];
        if (slot === undefined) return '';
        return slot === OVERDUE ? tr.t('overdue') : slot.slice(5);
      },
      slotSpace: 40,
      barSize: [0.8, 24],
      height: 180,
      cursor: { y: false, points: { show: false } },
      countIncrements: [1, 2, 5, 10, 20, 50],
    });
    const open = () => {
      const index = plot.cursor.idx;
      const slot = index === null || index === undefined ? undefined : slots[index];
      if (slot) location.hash = href.day(slot, teamId);
    };
    plot.over.addEventListener('click', open);
    return () => {
      plot.over.removeEventListener('click', open);
      plot.destroy();
    };
  }, [teamId, slots.join(), types.join(), tr.language]);
  return <div class="chart" ref={box} role="img" aria-label={label} />;
}

/** The cases due on one day (or overdue), from a click on the chart or a link in its table. */
export function DayView({ day, teamId, now }: { day: string; teamId: string | undefined; now: Date }) {
  const { session, tr } = useConsole();
  const { t } = tr;
  const [loaded, retry] = useLoad(
    async () => {
      const cases = await loadTimelineCases(session.api);
      return cases.filter((entry) => {
        if (teamId && entry.teamId !== teamId) return false;
        const overdue = new Date(entry.dueAt).getTime() < now.getTime();
        return day === OVERDUE ? overdue : !overdue && entry.dueDate === day;
      });
    },
    `${day}|${teamId ?? ''}`,
  );
  const title = day === OVERDUE ? t('overdueTitle') : t('dayTitle', { date: tr.date(day) });
  return (
    <>
      <p>
        <a href={href.timeline()}>← {t('backToTimeline')}</a>
      </p>
      <h1>
        {title}
        {teamId && ` · ${teamName(session.profile, teamId)}`}
      </h1>
      <Show loaded={loaded} retry={retry}>
        {(cases) => <CaseTable cases={cases} caption={title} now={now} />}
      </Show>
    </>
  );
}
