import {
  CAUSES_DEFINITION,
  FOLLOW_THROUGH_DEFINITION,
  MEDIAN_DEFINITION,
  METRIC_DEFINITIONS,
  RESPONSE_TIME_ORIGIN,
  REVIEW_MONTH_DEFINITION,
} from '../../../shared/trends/definitions.ts';
import { SEVERITY_KEYS, TREND_METRICS, type Trends } from '../../../shared/trends/trends.ts';
import { METRIC_LABELS } from '../../../shared/timeline/metrics.ts';
import { durationText } from '../../../shared/time/duration-text.ts';
import { EXIT_OK, stringFlag, type Command } from '../command.ts';
import { cellText, formatTable } from '../format-table.ts';
import { printApiError } from '../print-error.ts';

const NAME_WIDTH = 40;
const LEFT_OUT_WIDTH = 48;

const severityHeader = (key: (typeof SEVERITY_KEYS)[number]) => (key === 'unset' ? 'NO SEVERITY' : key);
const percent = (rate: number | null) => (rate === null ? '-' : `${Math.round(rate * 100)} %`);

/** The trends as plain-text tables, each under its heading and definition. */
export function trendsText(trends: Trends): string {
  const period = trends.from !== null || trends.until !== null ? ` from ${trends.from ?? 'the first review'} to ${trends.until ?? 'the last review'}` : '';
  const parts: string[] = [`${trends.reviewCount} ${trends.reviewCount === 1 ? 'review' : 'reviews'}${period}. ${REVIEW_MONTH_DEFINITION}`];

  parts.push(
    'Reviews per month, by severity',
    formatTable(
      ['MONTH', 'TOTAL', ...SEVERITY_KEYS.map(severityHeader)],
      trends.reviews.map((month) => [month.month, String(month.total), ...SEVERITY_KEYS.map((key) => String(month.bySeverity[key]))]),
    ),
  );

  parts.push(
    `Response times (median per month)\n${RESPONSE_TIME_ORIGIN}\n${TREND_METRICS.map((key) => METRIC_DEFINITIONS[key]).join('\n')}\n${MEDIAN_DEFINITION} In brackets: how many reviews were measured.`,
    formatTable(
      ['MONTH', ...TREND_METRICS.map((key) => METRIC_LABELS[key].toUpperCase())],
      trends.responseTimes.map((month) => [
        month.month,
        ...TREND_METRICS.map((key) => {
          const summary = month.metrics[key];
          return summary.medianMs === null ? '-' : `${durationText(summary.medianMs)} (${summary.measured})`;
        }),
      ]),
    ),
  );
  for (const key of TREND_METRICS) {
    const left = trends.leftOut[key];
    if (left.length === 0) continue;
    parts.push(
      `${METRIC_LABELS[key]}: ${left.length} ${left.length === 1 ? 'review' : 'reviews'} left out\n` +
        left
          .map((review) => `  ${cellText([review.incidentId, review.title].filter(Boolean).join(' '), LEFT_OUT_WIDTH)} (${review.month}): ${review.reason}`)
          .join('\n'),
    );
  }

  parts.push(
    `Recurring causes\n${CAUSES_DEFINITION}`,
    trends.causes.length === 0
      ? 'No service or contributing factor is shared by two reviews.'
      : formatTable(
          ['KIND', 'NAME', 'REVIEWS', 'MONTHS'],
          trends.causes.map((cause) => [
            cause.kind === 'service' ? 'service' : 'factor',
            cellText(cause.name, NAME_WIDTH),
            String(cause.reviewCount),
            cause.months.join(', '),
          ]),
        ),
  );

  parts.push(
    `Follow-through\n${FOLLOW_THROUGH_DEFINITION}`,
    formatTable(
      ['MONTH', 'ITEMS', 'DONE', 'CANCELLED', 'OPEN', 'OVERDUE', 'COMPLETED'],
      trends.followThrough.map((month) => [
        month.month,
        String(month.items),
        String(month.done),
        String(month.cancelled),
        String(month.unfinished),
        String(month.overdue),
        percent(month.completionRate),
      ]),
    ),
  );
  return parts.join('\n\n');
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export const trendsCommand: Command = {
  name: 'trends',
  database: 'read',
  summary: 'Trends across reviews: per month by severity, response times, recurring causes, follow-through',
  usage: '[--from YYYY-MM] [--until YYYY-MM]',
  flagHelp: [
    '--from YYYY-MM   the first month shown (the month of the first review when left out)',
    '--until YYYY-MM  the last month shown',
    "                 Overdue is read against today in this computer's time zone.",
  ],
  options: {
    from: { type: 'string' },
    until: { type: 'string' },
  },
  async run(context) {
    const from = stringFlag(context.values, 'from');
    const until = stringFlag(context.values, 'until');
    for (const [flag, value] of [
      ['--from', from],
      ['--until', until],
    ] as const) {
      if (value !== undefined && !MONTH.test(value)) return context.usageError(`${flag}: must be a month as YYYY-MM, not "${value}"`);
    }
    const api = await context.api();
    const answer = api.call('trends.get', { ...(from === undefined ? {} : { from }), ...(until === undefined ? {} : { until }) });
    if (!answer.ok) return printApiError(context, answer.error);
    if (context.json) context.out(JSON.stringify(answer.result, null, 2));
    else if (answer.result.reviewCount === 0) context.out(from !== undefined || until !== undefined ? 'No reviews in that period.' : 'No reviews yet.');
    else context.out(trendsText(answer.result));
    return EXIT_OK;
  },
};
