import type { AgendaState } from '../../../shared/domain/agenda.ts';
import { formatDuration, sectionBudgetMs, type ClockView } from '../../../shared/timer/clock.ts';
import { minutesText } from '../../timer/clock-display.ts';
import { sectionState } from './section-state.ts';

/** The agenda at a glance beside the work: done, now, next. Editing it is in the Prepare drawer. */
export function AgendaOutline({ agenda, view }: { agenda: AgendaState; view: ClockView }) {
  const plannedMs = agenda.sections.reduce((sum, section) => sum + section.plannedSeconds * 1000, 0);
  return (
    <section className="panel agenda-outline" aria-labelledby="agenda-outline-heading">
      <div className="panel__heading">
        <h2 id="agenda-outline-heading">Agenda</h2>
        <p className="muted">{formatDuration(plannedMs)} planned</p>
      </div>
      {agenda.sections.length === 0 ? <p className="muted">No sections yet: add them in Prepare.</p> : null}
      <ol className="agenda-outline__list" aria-label="Agenda outline">
        {agenda.sections.map((section, index) => {
          const state = sectionState(section, index, view);
          return (
            <li
              key={section.id}
              className={`agenda-outline__item agenda-outline__item--${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
              data-testid="agenda-outline-item"
            >
              <span className="agenda-outline__index" aria-hidden="true">
                {state === 'done' ? '✓' : index + 1}
              </span>
              <span className="agenda-outline__title">
                <bdi>{section.title}</bdi>
                {section.gated ? <span className="agenda-outline__gate"> · gated</span> : null}
                {state === 'done' ? <span className="visually-hidden"> (done)</span> : null}
              </span>
              <span className="agenda-outline__minutes" title={`Budget ${formatDuration(sectionBudgetMs(section))}`}>
                {minutesText(section.plannedSeconds)} min
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
