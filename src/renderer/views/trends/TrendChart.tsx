import { useEffect, useRef, useState, type ReactNode } from 'react';
import { errorMessage } from '../../../shared/error-message.ts';
import { useSystemScheme } from '../audience/use-color-scheme.ts';
import { saveExport } from '../export/save-export.ts';
import { backgroundPlugin, Chart, readPalette, type ChartConfiguration, type ChartPalette } from './chart-setup.ts';

export interface TrendChartProps {
  /** Used for element ids and the PNG's file name, e.g. "reviews-per-month". */
  name: string;
  /** The chart's heading, also in the save button's name. */
  title: string;
  /** What a screen reader hears for the picture: what it shows, and that the table has the figures. */
  description: string;
  /** Builds the chart in the given colours; a new function (new figures) draws it again. */
  build: (palette: ChartPalette) => ChartConfiguration;
  /** The same figures as a table, for anyone who cannot read the picture. */
  table: ReactNode;
  /** The drawing's height in CSS pixels; 320 unless given. */
  height?: number;
  children?: ReactNode;
}

async function pngBytes(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The chart could not be turned into an image.');
  return new Uint8Array(await blob.arrayBuffer());
}

/** The chart with its title drawn in, as PNG bytes (a saved picture has no heading beside it); the screen shows it without. */
async function pictureOf(chart: Chart | null, canvas: HTMLCanvasElement): Promise<Uint8Array> {
  const titleOptions = chart?.options.plugins?.title;
  if (!chart || !titleOptions) return pngBytes(canvas);
  titleOptions.display = true;
  chart.update('none');
  try {
    return await pngBytes(canvas);
  } finally {
    titleOptions.display = false;
    chart.update('none');
  }
}

/**
 * One Trends chart: the canvas (an image with a description), a button that saves it as PNG through the app's one save
 * mechanism, and its figures as a table that can be shown. Drawn in the CSS colours of the scheme shown, and drawn
 * again when the system switches between light and dark.
 */
export function TrendChart({ name, title, description, build, table, height = 320, children }: TrendChartProps) {
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const chartRef = useRef<Chart | null>(null);
  const scheme = useSystemScheme();
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return undefined;
    const palette = readPalette();
    const config = build(palette);
    // Ticks, legends and tooltips take the app's type; set before drawing, since the scales read the defaults.
    Chart.defaults.font.family = palette.font;
    Chart.defaults.font.size = 13;
    const chart = new Chart(canvas, {
      ...config,
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        color: palette.text,
        layout: { padding: 8 },
        ...config.options,
        plugins: {
          ...config.options?.plugins,
          // Shown only in a saved picture, which has no heading beside it.
          title: { display: false, text: title, color: palette.text, font: { size: 16, weight: 'bold' }, padding: { bottom: 12 } },
        },
      },
      plugins: [...(config.plugins ?? []), backgroundPlugin(palette.surface)],
    });
    chartRef.current = chart;
    return () => {
      chart.destroy();
      chartRef.current = null;
    };
  }, [build, scheme, title]);

  const save = async () => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    try {
      const outcome = await saveExport({
        name: `debrief-trends-${name}.png`,
        data: await pictureOf(chartRef.current, canvas),
        mimeType: 'image/png',
        filter: { name: 'PNG image', extensions: ['png'] },
      });
      setMessage(outcome.kind === 'cancelled' ? null : outcome.message);
    } catch (error) {
      setMessage(errorMessage(error));
    }
  };

  const headingId = `trends-${name}-heading`;
  return (
    <section className="panel trend-chart" aria-labelledby={headingId} data-testid={`trend-${name}`}>
      <div className="panel__heading">
        <h2 id={headingId}>{title}</h2>
        <button type="button" className="button button--quiet" aria-label={`Save as PNG: ${title}`} onClick={() => void save()}>
          Save as PNG
        </button>
      </div>
      {children}
      <div className="trend-chart__canvas" style={{ height }}>
        <canvas ref={canvasRef} role="img" aria-label={description}>
          {description}
        </canvas>
      </div>
      <p className="field__hint" role="status">
        {message}
      </p>
      <details className="trend-chart__figures">
        <summary>Show the figures as a table</summary>
        {table}
      </details>
    </section>
  );
}
