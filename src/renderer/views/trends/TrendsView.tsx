import { useEffect, useId, useMemo } from 'react';
import { METRIC_LABELS } from '../../../shared/timeline/metrics.ts';
import { durationText } from '../../../shared/time/duration-text.ts';
import {
  CAUSES_DEFINITION,
  FOLLOW_THROUGH_DEFINITION,
  MEDIAN_DEFINITION,
  METRIC_DEFINITIONS,
  RESPONSE_TIME_ORIGIN,
  REVIEW_MONTH_DEFINITION,
} from '../../../shared/trends/definitions.ts';
import { SEVERITY_KEYS, TREND_METRICS, type Trends, type TrendMetric } from '../../../shared/trends/trends.ts';
import { trendsStore, useTrends } from '../../app/services.ts';
import { hrefFor } from '../../routing/routes.ts';
import { TrendChart } from './TrendChart.tsx';
import {
  causeKindLabel,
  causesChart,
  causesChartHeight,
  followThroughChart,
  percentText,
  responseTimesChart,
  reviewsChart,
  severityLabel,
} from './trend-charts.ts';

const count = (value: number, one: string, many: string) => `${value.toLocaleString('en-US')} ${value === 1 ? one : many}`;

const span = (trends: Trends) => {
  const first = trends.months[0] ?? '';
  const last = trends.months[trends.months.length - 1] ?? '';
  return first === last ? first : `${first} to ${last}`;
};

/** Trends across every review (issue 16): what recurs, how quickly incidents are handled, and whether actions get done. */
export function TrendsView() {
  const trends = useTrends((state) => state.trends);
  const loadState = useTrends((state) => state.loadState);
  const loadError = useTrends((state) => state.loadError);
  const period = useTrends((state) => state.period);

  useEffect(() => {
    document.title = 'Trends · Debrief';
    void trendsStore.getState().open();
    return () => trendsStore.getState().close();
  }, []);

  const filtered = period.from !== undefined || period.until !== undefined;
  return (
    <div className="trends page">
      <div className="page__heading">
        <h1>Trends</h1>
        <p className="page__lede">
          What the reviews on this computer have in common: how many there are, how quickly incidents were detected and handled, which causes come back, and
          whether the action items get done. {REVIEW_MONTH_DEFINITION}
        </p>
      </div>
      <PeriodFilter />
      {loadState === 'error' ? (
        <p className="form-message" role="alert">
          The trends could not be read: {loadError}
        </p>
      ) : null}
      {trends === null && loadState !== 'error' ? <p className="muted">Reading the reviews…</p> : null}
      {trends !== null && trends.reviewCount === 0 ? (
        <div className="empty-state panel" data-testid="trends-empty">
          <p className="empty-state__title">{filtered ? 'No reviews in these months' : 'No reviews yet'}</p>
          <p>
            {filtered
              ? 'Choose other months, or show every month.'
              : 'Trends appear once reviews are recorded: each review’s severity, timeline phases, services and action items feed them.'}
          </p>
        </div>
      ) : null}
      {trends !== null && trends.reviewCount > 0 ? <TrendSections trends={trends} /> : null}
    </div>
  );
}

function PeriodFilter() {
  const id = useId();
  const period = useTrends((state) => state.period);
  const set = (next: { from?: string | undefined; until?: string | undefined }) => {
    const merged = { ...period, ...next };
    const cleaned: { from?: string; until?: string } = {};
    if (merged.from) cleaned.from = merged.from;
    if (merged.until) cleaned.until = merged.until;
    void trendsStore.getState().setPeriod(cleaned);
  };
  return (
    <section className="panel trends__period" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        Period
      </h2>
      <div className="trends__period-row">
        <div className="field">
          <label htmlFor={`${id}-from`}>From month</label>
          <input
            id={`${id}-from`}
            type="month"
            value={period.from ?? ''}
            max={period.until}
            onChange={(event) => set({ from: event.target.value || undefined })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-until`}>Until month</label>
          <input
            id={`${id}-until`}
            type="month"
            value={period.until ?? ''}
            min={period.from}
            onChange={(event) => set({ until: event.target.value || undefined })}
          />
        </div>
        <button
          type="button"
          className="button"
          disabled={period.from === undefined && period.until === undefined}
          onClick={() => set({ from: '', until: '' })}
        >
          Show every month
        </button>
      </div>
    </section>
  );
}

function TrendSections({ trends }: { trends: Trends }) {
  const reviews = useMemo(() => reviewsChart(trends), [trends]);
  const times = useMemo(() => responseTimesChart(trends), [trends]);
  const causes = useMemo(() => causesChart(trends), [trends]);
  const followThrough = useMemo(() => followThroughChart(trends), [trends]);
  const months = span(trends);

  return (
    <>
      <p className="trends__summary" data-testid="trends-summary">
        {count(trends.reviewCount, 'review', 'reviews')}, {months}.
      </p>
      <TrendChart
        name="reviews-per-month"
        title="Reviews per month, by severity"
        description={`Stacked bar chart of reviews per month by severity, ${months}. The table below has the same figures.`}
        build={reviews}
        table={<ReviewsTable trends={trends} />}
      />
      <TrendChart
        name="response-times"
        title="Time to detect, mitigate and resolve"
        description={`Line chart of the monthly median time to detect, to mitigate and to resolve, ${months}. The table below has the same figures.`}
        build={times}
        table={<ResponseTimesTable trends={trends} />}
      >
        <div className="trends__definitions">
          <p>{RESPONSE_TIME_ORIGIN}</p>
          <ul>
            {TREND_METRICS.map((key) => (
              <li key={key}>{METRIC_DEFINITIONS[key]}</li>
            ))}
          </ul>
          <p>{MEDIAN_DEFINITION}</p>
        </div>
        <LeftOut trends={trends} />
      </TrendChart>
      {trends.causes.length > 0 ? (
        <TrendChart
          name="recurring-causes"
          title="Recurring causes"
          description={`Horizontal bar chart of the ${count(trends.causes.length, 'cause', 'causes')} two or more reviews share, by the number of reviews naming each. The table below has the same figures.`}
          build={causes}
          height={causesChartHeight(trends.causes.length)}
          table={<CausesTable trends={trends} />}
        >
          <p className="trends__definition">{CAUSES_DEFINITION}</p>
        </TrendChart>
      ) : (
        <section className="panel" aria-labelledby="trends-causes-heading" data-testid="trend-recurring-causes">
          <h2 id="trends-causes-heading">Recurring causes</h2>
          <p className="trends__definition">{CAUSES_DEFINITION}</p>
          <p className="muted">No service or contributing factor is shared by two reviews in these months.</p>
        </section>
      )}
      <TrendChart
        name="follow-through"
        title="Follow-through on action items"
        description={`Bar chart of overdue action items, with a line of the share completed, per month of the review, ${months}. The table below has the same figures.`}
        build={followThrough}
        table={<FollowThroughTable trends={trends} />}
      >
        <p className="trends__definition">{FOLLOW_THROUGH_DEFINITION}</p>
      </TrendChart>
    </>
  );
}

function ReviewsTable({ trends }: { trends: Trends }) {
  return (
    <table className="meeting-table trends-table">
      <caption className="visually-hidden">Reviews per month, by severity</caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          <th scope="col">Reviews</th>
          {SEVERITY_KEYS.map((key) => (
            <th key={key} scope="col">
              {severityLabel(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {trends.reviews.map((month) => (
          <tr key={month.month}>
            <th scope="row">{month.month}</th>
            <td>{month.total}</td>
            {SEVERITY_KEYS.map((key) => (
              <td key={key}>{month.bySeverity[key]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ResponseTimesTable({ trends }: { trends: Trends }) {
  return (
    <table className="meeting-table trends-table">
      <caption className="visually-hidden">Median response times per month, with the number of reviews measured</caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          {TREND_METRICS.map((key) => (
            <th key={key} scope="col">
              {METRIC_LABELS[key]} (reviews measured)
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {trends.responseTimes.map((month) => (
          <tr key={month.month}>
            <th scope="row">{month.month}</th>
            {TREND_METRICS.map((key) => {
              const summary = month.metrics[key];
              return <td key={key}>{summary.medianMs === null ? '—' : `${durationText(summary.medianMs)} (${summary.measured})`}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Which reviews each response time leaves out, counted where anyone sees it and listed with the reasons on request. */
function LeftOut({ trends }: { trends: Trends }) {
  const byReview = new Map<string, { title: string; incidentId: string; month: string; reasons: Array<{ metric: TrendMetric; reason: string }> }>();
  for (const key of TREND_METRICS) {
    for (const review of trends.leftOut[key]) {
      const entry = byReview.get(review.id) ?? { title: review.title, incidentId: review.incidentId, month: review.month, reasons: [] };
      byReview.set(review.id, entry);
      entry.reasons.push({ metric: key, reason: review.reason });
    }
  }
  if (byReview.size === 0) return <p className="trends__left-out">Every review could be measured for all three times.</p>;
  return (
    <div className="trends__left-out" data-testid="trends-left-out">
      <p>Left out: {TREND_METRICS.map((key) => `${METRIC_LABELS[key].toLowerCase()} ${count(trends.leftOut[key].length, 'review', 'reviews')}`).join(', ')}.</p>
      <details>
        <summary>Which reviews, and why</summary>
        <ul>
          {[...byReview].map(([id, review]) => (
            <li key={id}>
              <a href={hrefFor({ name: 'meeting', meetingId: id })}>
                <bdi>{[review.incidentId, review.title].filter(Boolean).join(' ')}</bdi>
              </a>{' '}
              ({review.month}): {review.reasons.map((entry) => `${METRIC_LABELS[entry.metric].toLowerCase()}: ${entry.reason}`).join('; ')}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}

function CausesTable({ trends }: { trends: Trends }) {
  return (
    <table className="meeting-table trends-table">
      <caption className="visually-hidden">Recurring causes</caption>
      <thead>
        <tr>
          <th scope="col">Cause</th>
          <th scope="col">Kind</th>
          <th scope="col">Reviews</th>
          <th scope="col">Months</th>
        </tr>
      </thead>
      <tbody>
        {trends.causes.map((cause) => (
          <tr key={`${cause.kind}:${cause.name}`}>
            <th scope="row">
              <bdi>{cause.name}</bdi>
            </th>
            <td>{causeKindLabel(cause.kind)}</td>
            <td>{cause.reviewCount}</td>
            <td>{cause.months.join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FollowThroughTable({ trends }: { trends: Trends }) {
  return (
    <table className="meeting-table trends-table">
      <caption className="visually-hidden">Follow-through on action items per month of the review</caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          <th scope="col">Items</th>
          <th scope="col">Done</th>
          <th scope="col">Cancelled</th>
          <th scope="col">Open</th>
          <th scope="col">Overdue</th>
          <th scope="col">Completed</th>
        </tr>
      </thead>
      <tbody>
        {trends.followThrough.map((month) => (
          <tr key={month.month}>
            <th scope="row">{month.month}</th>
            <td>{month.items}</td>
            <td>{month.done}</td>
            <td>{month.cancelled}</td>
            <td>{month.unfinished}</td>
            <td>{month.overdue}</td>
            <td>{percentText(month.completionRate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
