import type { AgendaSection } from '../../../shared/domain/agenda.ts';
import { formatDuration, sectionBudgetMs } from '../../../shared/timer/clock.ts';
import { meetingPace } from '../../timer/clock-display.ts';
import type { ClockReading } from '../../timer/use-clock.ts';
import { SECTION_KIND_LABELS } from './section-labels.ts';

/** The meeting as a whole against its plan, and what comes next. */
export function PacePanel({ reading, timeZone }: { reading: ClockReading; timeZone: string }) {
  const { view, agenda } = reading;
  const pace = meetingPace(view, timeZone);
  const next: AgendaSection | null = view.status === 'not_started' ? (agenda.sections[1] ?? null) : view.status === 'finished' ? null : view.next;
  return (
    <section className="panel pace-panel" aria-label="Meeting time">
      <dl className="pace">
        <div className="pace__item">
          <dt>Elapsed</dt>
          <dd data-testid="meeting-elapsed">
            {pace.elapsed} <span className="muted">of {pace.planned}</span>
          </dd>
        </div>
        <div className="pace__item">
          <dt>{view.status === 'finished' ? 'Ended' : 'Projected end'}</dt>
          <dd data-testid="projected-end">
            {pace.projectedEnd ?? '—'} {pace.projectedEnd ? <span className={pace.late ? 'pace__late' : 'muted'}>{pace.verdict}</span> : null}
          </dd>
        </div>
      </dl>
      <div className="next-up">
        <p className="next-up__label">Next</p>
        {next ? (
          <p className="next-up__title" data-testid="next-section">
            <bdi>{next.title}</bdi>{' '}
            <span className="muted">
              · {SECTION_KIND_LABELS[next.kind]} · {formatDuration(sectionBudgetMs(next))}
            </span>
          </p>
        ) : (
          <p className="next-up__title muted">{view.status === 'finished' ? 'Nothing: the meeting is over.' : 'Nothing: this is the last section.'}</p>
        )}
      </div>
    </section>
  );
}
