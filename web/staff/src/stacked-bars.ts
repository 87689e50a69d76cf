import uPlot from 'uplot';
import { TYPE_COLOURS } from './figures.ts';

/*
 * The console's two bar charts (deadlines per day, cases per month) stack cases by type: each series
 * is the running total up to its type, drawn from the tallest down so that every type shows.
 */

/** The series (after the x series) and their data, for `types` over `slotCount` bars. */
function stackedByType(
  types: readonly string[],
  slotCount: number,
  countAt: (type: string, slot: number) => number,
  options: { readonly label: (type: string) => string; readonly barSize: [number, number] },
): { series: uPlot.Series[]; data: (number | null)[][] } {
  const running = Array.from({ length: slotCount }, () => 0);
  const cumulative = types.map((type) =>
    running.map((_, i) => {
      running[i] = (running[i] ?? 0) + countAt(type, i);
      return running[i] || null;
    }),
  );
  const order = types.map((_, i) => i).reverse();
  const bars = uPlot.paths.bars?.({ size: options.barSize, align: 0 });
  return {
    series: order.map((i) => ({
      label: options.label(types[i] ?? ''),
      fill: TYPE_COLOURS[types[i] ?? ''] ?? '#555',
      stroke: TYPE_COLOURS[types[i] ?? ''] ?? '#555',
      width: 0,
      ...(bars ? { paths: bars } : {}),
      points: { show: false },
    })),
    data: order.map((i) => cumulative[i] ?? []),
  };
}

/** Whole numbers on the count axis, nothing between them. */
const countLabels = (_u: uPlot, splits: number[]) =>
  splits.map((n) => (Number.isInteger(n) ? String(n) : ''));

/** A bar chart of cases stacked by type, one bar per slot (a day, a month), drawn into `element`. */
export function stackedBarChart(
  element: HTMLElement,
  chart: {
    readonly types: readonly string[];
    readonly slotCount: number;
    readonly countAt: (type: string, slot: number) => number;
    readonly typeLabel: (type: string) => string;
    /** The label under a bar; '' for none. */
    readonly slotLabel: (slot: number) => string;
    readonly slotSpace: number;
    readonly barSize: [number, number];
    readonly height: number;
    readonly cursor: uPlot.Cursor;
    readonly countIncrements?: number[];
  },
): uPlot {
  const stack = stackedByType(chart.types, chart.slotCount, chart.countAt, {
    label: chart.typeLabel,
    barSize: chart.barSize,
  });
  return new uPlot(
    {
      width: Math.max(300, element.clientWidth),
      height: chart.height,
      legend: { show: false },
      cursor: chart.cursor,
      scales: {
        x: { time: false, range: [-0.6, chart.slotCount - 0.4] },
        y: { range: (_u, _min, max) => [0, Math.max(2, max)] },
      },
      axes: [
        {
          values: (_u, splits) => splits.map((i) => (Number.isInteger(i) ? chart.slotLabel(i) : '')),
          space: chart.slotSpace,
        },
        { ...(chart.countIncrements ? { incrs: chart.countIncrements } : {}), values: countLabels },
      ],
      series: [{}, ...stack.series],
    },
    [Array.from({ length: chart.slotCount }, (_, i) => i), ...stack.data] as uPlot.AlignedData,
    element,
  );
}
