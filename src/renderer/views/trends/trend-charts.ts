import { METRIC_LABELS } from '../../../shared/timeline/metrics.ts';
import { durationText } from '../../../shared/time/duration-text.ts';
import { SEVERITY_KEYS, TREND_METRICS, type SeverityKey, type Trends } from '../../../shared/trends/trends.ts';
import type { ChartConfiguration, ChartPalette } from './chart-setup.ts';

/** The words for a severity key in charts and tables. */
export const severityLabel = (key: SeverityKey): string => (key === 'unset' ? 'No severity' : key);

export const causeKindLabel = (kind: 'service' | 'factor'): string => (kind === 'service' ? 'Service' : 'Contributing factor');

export const percentText = (rate: number | null): string => (rate === null ? '—' : `${Math.round(rate * 100)} %`);

const MIN = 60_000;

/** Axis and grid colours shared by every chart. */
function axis(palette: ChartPalette, title: string) {
  return {
    ticks: { color: palette.text },
    grid: { color: palette.grid },
    border: { color: palette.muted },
    title: { display: true, text: title, color: palette.text },
  };
}

const legend = (palette: ChartPalette) => ({ position: 'bottom' as const, labels: { color: palette.text, usePointStyle: true } });

/** Stacked bars: reviews per month, one colour per severity. */
export function reviewsChart(trends: Trends) {
  return (palette: ChartPalette): ChartConfiguration => ({
    type: 'bar',
    data: {
      labels: trends.months,
      datasets: SEVERITY_KEYS.map((key) => ({
        label: severityLabel(key),
        data: trends.reviews.map((month) => month.bySeverity[key]),
        backgroundColor: palette.severity[key],
        borderColor: palette.surface,
        borderWidth: 1,
        maxBarThickness: 72,
      })),
    },
    options: {
      scales: {
        x: { ...axis(palette, 'Month'), stacked: true },
        y: { ...axis(palette, 'Reviews'), stacked: true, beginAtZero: true, ticks: { color: palette.text, precision: 0 } },
      },
      plugins: { legend: legend(palette) },
    },
  });
}

const DASHES: ReadonlyArray<number[]> = [[], [8, 4], [2, 3]];
const POINTS = ['circle', 'rectRot', 'triangle'] as const;

/** Three lines, the monthly medians of time to detect, mitigate and resolve, told apart by colour, dash and point. */
export function responseTimesChart(trends: Trends) {
  return (palette: ChartPalette): ChartConfiguration => ({
    type: 'line',
    data: {
      labels: trends.months,
      datasets: TREND_METRICS.map((key, index) => ({
        label: METRIC_LABELS[key],
        data: trends.responseTimes.map((month) => {
          const ms = month.metrics[key].medianMs;
          return ms === null ? null : ms / MIN;
        }),
        borderColor: palette.series[index],
        backgroundColor: palette.series[index],
        borderDash: DASHES[index] ?? [],
        pointStyle: POINTS[index] ?? 'circle',
        pointRadius: 5,
        borderWidth: 2,
        spanGaps: false,
      })),
    },
    options: {
      scales: {
        // Offset like the bar charts, so the first and last months' points are not cut at the edges.
        x: { ...axis(palette, 'Month'), offset: true },
        y: {
          ...axis(palette, 'Median time'),
          beginAtZero: true,
          grace: '5%',
          ticks: { color: palette.text, callback: (value) => durationText(Number(value) * MIN) },
        },
      },
      plugins: {
        legend: legend(palette),
        tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${durationText(Number(item.parsed.y) * MIN)}` } },
      },
    },
  });
}

/** Horizontal bars: how many reviews share each recurring cause. */
export function causesChart(trends: Trends) {
  return (palette: ChartPalette): ChartConfiguration => ({
    type: 'bar',
    data: {
      labels: trends.causes.map((cause) => `${cause.name} (${cause.kind === 'service' ? 'service' : 'factor'})`),
      datasets: [
        {
          label: 'Reviews',
          data: trends.causes.map((cause) => cause.reviewCount),
          backgroundColor: trends.causes.map((cause) => (cause.kind === 'service' ? palette.series[0] : palette.series[1]) ?? palette.text),
          maxBarThickness: 28,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      scales: {
        x: { ...axis(palette, 'Reviews naming it'), beginAtZero: true, ticks: { color: palette.text, precision: 0 } },
        y: { ...axis(palette, 'Cause'), title: { display: false } },
      },
      plugins: { legend: { display: false } },
    },
  });
}

/** The causes chart grows with its bars, so each keeps a readable height. */
export const causesChartHeight = (causes: number): number => 90 + 40 * causes;

/** Overdue items as bars (left axis) and the completion rate as a line (right axis, per cent). */
export function followThroughChart(trends: Trends) {
  return (palette: ChartPalette): ChartConfiguration => ({
    type: 'bar',
    data: {
      labels: trends.months,
      datasets: [
        {
          type: 'line',
          label: 'Completed (%)',
          data: trends.followThrough.map((month) => (month.completionRate === null ? null : Math.round(month.completionRate * 100))),
          borderColor: palette.good,
          backgroundColor: palette.good,
          pointStyle: 'circle',
          pointRadius: 5,
          borderWidth: 2,
          yAxisID: 'rate',
          spanGaps: false,
        },
        {
          type: 'bar',
          label: 'Overdue items',
          data: trends.followThrough.map((month) => month.overdue),
          backgroundColor: palette.bad,
          yAxisID: 'items',
          maxBarThickness: 72,
        },
      ],
    },
    options: {
      scales: {
        x: axis(palette, 'Month of the review'),
        items: { ...axis(palette, 'Overdue items'), position: 'left', beginAtZero: true, ticks: { color: palette.text, precision: 0 } },
        rate: {
          ...axis(palette, 'Completed'),
          position: 'right',
          min: 0,
          max: 100,
          grid: { drawOnChartArea: false, color: palette.grid },
          ticks: { color: palette.text, callback: (value) => `${value} %` },
        },
      },
      plugins: { legend: legend(palette) },
    },
  });
}
