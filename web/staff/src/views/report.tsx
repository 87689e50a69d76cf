import { useState } from 'preact/hooks';
import { useConsole } from '../context.ts';
import { ErrorBox, Show, useLoad } from '../ui.tsx';

/** The summary figures of a period (anonymous), with the CSV the API gives for the same period. */
export function ReportView({ now }: { now: Date }) {
  const { session, tr } = useConsole();
  const { t } = tr;
  const today = now.toISOString().slice(0, 10);
  const yearAgo = `${now.getUTCFullYear() - 1}-${String(now.getUTCMonth() + 1).padStart(2, '0')}-01`;
  const [period, setPeriod] = useState({ from: yearAgo, to: today });
  const [draft, setDraft] = useState(period);
  const [csvError, setCsvError] = useState<unknown>(undefined);
  const [loaded, retry] = useLoad(
    () => session.api.summary(period.from, period.to),
    `${period.from}|${period.to}`,
  );

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
        <div class="field">
          <label for="r-from">{t('reportFrom')}</label>
          <input
            id="r-from"
            type="date"
            required
            value={draft.from}
            onInput={(e) => setDraft({ ...draft, from: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="r-to">{t('reportTo')}</label>
          <input
            id="r-to"
            type="date"
            required
            value={draft.to}
            onInput={(e) => setDraft({ ...draft, to: e.currentTarget.value })}
          />
        </div>
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
        {(summary) => (
          <table class="figures">
            <caption>{t('reportTotals')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colFigure')}</th>
                <th scope="col">{t('colValue')}</th>
              </tr>
            </thead>
            <tbody>
              {flatten(summary).map(([key, value]) => (
                <tr key={key}>
                  <th scope="row">{key}</th>
                  <td>{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Show>
    </>
  );
}

function flatten(value: unknown, prefix = ''): [string, string][] {
  if (value === null || typeof value !== 'object') return [[prefix, String(value)]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    flatten(inner, prefix ? `${prefix}.${key}` : key),
  );
}
