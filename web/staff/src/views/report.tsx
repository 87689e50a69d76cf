import { useEffect, useRef, useState } from 'preact/hooks';
import type { SummaryReport } from '../api-shapes.ts';
import { useConsole } from '../context.ts';
import { monthsOf, TYPE_COLOURS } from '../figures.ts';
import { TYPE_LABELS } from '../i18n.ts';
import { stackedBarChart } from '../stacked-bars.ts';
import { ErrorBox, Show, TypeLegend, teamName, useLoad } from '../ui.tsx';

/** One end of the period. */
function DateField({
  id,
  label,
  value,
  onDate,
}: {
  id: string;
  label: string;
  value: string;
  onDate: (date: string) => void;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input id={id} type="date" required value={value} onInput={(e) => onDate(e.currentTarget.value)} />
    </div>
  );
}

/** The summary figures of a period (anonymous), per month by type, and the CSV of the same period. */
export function ReportView({ now }: { now: Date }) {
  const { session, tr } = useConsole();
  const { t } = tr;
  const today = now.toISOString().slice(0, 10);
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 5, 1)).toISOString().slice(0, 10);
  const [period, setPeriod] = useState({ from: start, to: today });
  const [draft, setDraft] = useState(period);
  const [csvError, setCsvError] = useState<unknown>(undefined);
  const [loaded, retry] = useLoad(async () => {
    const months = monthsOf(period.from, period.to);
    const [total, ...perMonth] = await Promise.all([
      session.api.summary(period.from, period.to),
      ...months.map(([, from, to]) => session.api.summary(from, to)),
    ]);
    return {
      total: total as SummaryReport,
      months: months.map(([label], i) => [label, perMonth[i] as SummaryReport] as const),
    };
  }, `${period.from}|${period.to}`);

  const download = async () => {
    try {
      const blob = await session.api.summaryCsv(period.from, period.to);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `privacy-desk-summary-${period.from}-${period.to}.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch (error) {
      setCsvError(error);
    }
  };

  const hours = (value: number | null) => (value === null ? '–' : String(Math.round(value)));
  const counts = (caption: string, entries: Record<string, number>, label: (key: string) => string) => (
    <table class="figures">
      <caption>{caption}</caption>
      <tbody>
        {Object.entries(entries).map(([key, value]) => (
          <tr key={key}>
            <th scope="row">{label(key)}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <>
      <h1>{t('reportTitle')}</h1>
      <form
        class="filters"
        onSubmit={(event) => {
          event.preventDefault();
          setPeriod(draft);
        }}
      >
        <DateField
          id="r-from"
          label={t('reportFrom')}
          value={draft.from}
          onDate={(from) => setDraft({ ...draft, from })}
        />
        <DateField
          id="r-to"
          label={t('reportTo')}
          value={draft.to}
          onDate={(to) => setDraft({ ...draft, to })}
        />
        <div class="buttons">
          <button type="submit" class="primary">
            {t('reportShow')}
          </button>
          <button type="button" onClick={download}>
            {t('reportCsv')}
          </button>
        </div>
      </form>
      {csvError !== undefined && <ErrorBox error={csvError} />}
      <Show loaded={loaded} retry={retry}>
        {({ total, months }) => {
          const types = Object.keys(TYPE_COLOURS).filter((type) =>
            months.some(([, report]) => (report.byType[type] ?? 0) > 0),
          );
          return (
            <>
              <table class="figures" data-testid="report-totals">
                <caption>{t('reportTotals')}</caption>
                <tbody>
                  {(
                    [
                      ['reportCases', String(total.cases)],
                      ['reportOpen', String(total.open)],
                      ['reportClosed', String(total.closed)],
                      ['reportOverdueNow', String(total.overdueNow)],
                      ['reportByTarget', tr.percent(total.closedByTarget.share ?? Number.NaN)],
                      ['reportByLegalLimit', tr.percent(total.closedByLegalLimit.share ?? Number.NaN)],
                      ['reportExtensions', String(total.extensions)],
                      ['reportRefusals', String(total.refusals)],
                      ['reportPauses', String(total.pauses)],
                      [
                        'reportFirstAnswer',
                        t('hours', {
                          median: hours(total.timeToFirstAnswer.medianHours),
                          p90: hours(total.timeToFirstAnswer.p90Hours),
                        }),
                      ],
                      [
                        'reportToClose',
                        t('hours', {
                          median: hours(total.timeToClose.medianHours),
                          p90: hours(total.timeToClose.p90Hours),
                        }),
                      ],
                    ] as const
                  ).map(([key, value]) => (
                    <tr key={key}>
                      <th scope="row">{t(key)}</th>
                      <td>{value}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <h2>{t('reportByMonth')}</h2>
              <MonthChart months={months} types={types} />
              <div class="scroll">
                <table class="figures" data-testid="report-months">
                  <caption class="visually-hidden">{t('reportByMonth')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('colMonth')}</th>
                      {types.map((type) => (
                        <th scope="col" key={type}>
                          {TYPE_LABELS[tr.language][type]}
                        </th>
                      ))}
                      <th scope="col">{t('colTotal')}</th>
                      <th scope="col">{t('reportByTarget')}</th>
                      <th scope="col">{t('reportByLegalLimit')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {months.map(([label, report]) => (
                      <tr key={label}>
                        <th scope="row">{label}</th>
                        {types.map((type) => (
                          <td key={type}>{report.byType[type] ?? 0}</td>
                        ))}
                        <td>{report.cases}</td>
                        <td>{tr.percent(report.closedByTarget.share ?? Number.NaN)}</td>
                        <td>{tr.percent(report.closedByLegalLimit.share ?? Number.NaN)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <div class="columns">
                {counts(t('reportByType'), total.byType, (key) => TYPE_LABELS[tr.language][key] ?? key)}
                {counts(t('reportByTeam'), total.byTeam, (key) => teamName(session.profile, key))}
                {counts(t('reportByCountry'), total.byCountry, (key) => key)}
                {counts(t('reportByChannel'), total.byChannel, (key) => key)}
              </div>
            </>
          );
        }}
      </Show>
    </>
  );
}

function MonthChart({
  months,
  types,
}: {
  months: readonly (readonly [string, SummaryReport])[];
  types: readonly string[];
}) {
  const { tr } = useConsole();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element || types.length === 0) return;
    const plot = stackedBarChart(element, {
      types,
      slotCount: months.length,
      countAt: (type, i) => months[i]?.[1].byType[type] ?? 0,
      typeLabel: (type) => TYPE_LABELS[tr.language][type] ?? type,
      slotLabel: (i) => months[i]?.[0] ?? '',
      slotSpace: 50,
      barSize: [0.7, 48],
      height: 220,
      cursor: { show: false },
    });
    return () => plot.destroy();
  }, [months.map(([label, report]) => `${label}:${report.cases}`).join(), tr.language]);
  return (
    <>
      <div class="chart" ref={box} role="img" aria-label={tr.t('reportChartLabel')} />
      <TypeLegend types={types} language={tr.language} />
    </>
  );
}
