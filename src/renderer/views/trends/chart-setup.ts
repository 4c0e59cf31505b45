import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Title,
  Tooltip,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';

// Only what the Trends charts draw (bars, lines with points, two kinds of axis, legend, tooltip, and the title of a
// saved picture), so the rest of
// Chart.js stays out of the bundle.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Title, Tooltip);

export { Chart };
export type { ChartConfiguration };

/** The colours a chart is drawn in, read from the app's CSS variables for the scheme shown now (tokens.css). */
export interface ChartPalette {
  text: string;
  muted: string;
  grid: string;
  surface: string;
  font: string;
  series: readonly string[];
  severity: Readonly<Record<'SEV1' | 'SEV2' | 'SEV3' | 'SEV4' | 'unset', string>>;
  good: string;
  bad: string;
}

export function readPalette(element: Element = document.documentElement): ChartPalette {
  const style = getComputedStyle(element);
  const value = (name: string) => style.getPropertyValue(name).trim();
  return {
    text: value('--text'),
    muted: value('--text-muted'),
    grid: value('--border'),
    surface: value('--surface'),
    font: value('--font-sans'),
    series: [value('--chart-1'), value('--chart-2'), value('--chart-3')],
    severity: {
      SEV1: value('--chart-sev1'),
      SEV2: value('--chart-sev2'),
      SEV3: value('--chart-sev3'),
      SEV4: value('--chart-sev4'),
      unset: value('--chart-unset'),
    },
    good: value('--chart-good'),
    bad: value('--chart-bad'),
  };
}

/** Paints the surface colour under the chart, so a saved PNG reads the same as the screen in either scheme. */
export function backgroundPlugin(colour: string): Plugin {
  return {
    id: 'debrief-background',
    beforeDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.globalCompositeOperation = 'destination-over';
      ctx.fillStyle = colour;
      ctx.fillRect(0, 0, chart.width, chart.height);
      ctx.restore();
    },
  };
}
