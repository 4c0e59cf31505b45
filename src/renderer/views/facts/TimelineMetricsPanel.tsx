import type { Meeting } from '../../../shared/domain/meeting.ts';
import { durationText } from '../../../shared/time/duration-text.ts';
import { METRIC_KEYS, METRIC_LABELS } from '../../../shared/timeline/metrics.ts';
import { useTimelineMetrics } from './use-timeline-metrics.ts';

/** Time to detect, mitigate and resolve and the total duration, as the phases of the timeline give them. */
export function TimelineMetricsPanel({ meeting, variant = 'console' }: { meeting: Meeting; variant?: 'console' | 'audience' }) {
  const metrics = useTimelineMetrics(meeting);
  const list = (
    <dl className={`timeline-metrics timeline-metrics--${variant}`} aria-label="Timeline metrics" data-testid={`timeline-metrics-${variant}`}>
      {METRIC_KEYS.map((key) => {
        const metric = metrics[key];
        return (
          <div key={key} className="timeline-metrics__item" data-known={metric.known}>
            <dt>{METRIC_LABELS[key]}</dt>
            <dd title={metric.known ? undefined : `Not known: ${metric.reason}`}>
              {metric.known ? durationText(metric.ms) : '—'}
              {metric.known || variant === 'audience' ? null : <span className="timeline-metrics__reason">{metric.reason}</span>}
            </dd>
          </div>
        );
      })}
    </dl>
  );
  if (variant === 'audience') return list;
  return (
    <section className="panel timeline-metrics-panel" aria-labelledby="timeline-metrics-heading">
      <h2 id="timeline-metrics-heading">Timeline metrics</h2>
      {list}
    </section>
  );
}
