import { sectionGuide } from '../../../shared/agenda/prompts.ts';
import type { AgendaSection } from '../../../shared/domain/agenda.ts';

/**
 * What to say to the room and what the facilitator can ask, for the current section. The room's line is always
 * shown; the facilitator's questions (a dozen in a root-cause section) fold away so the capture tool stays in view.
 */
export function GuidePanel({ section }: { section: AgendaSection }) {
  const guide = sectionGuide(section.kind, section.perspective, section.gated);
  const count = guide.facilitatorPrompts.length;
  return (
    <section className="panel guide-panel" aria-labelledby="guide-heading">
      <h2 id="guide-heading" className="visually-hidden">
        Prompts for this section
      </h2>
      <p className="guide-panel__label">On the shared screen</p>
      <p className="room-prompt" data-testid="room-prompt">
        {guide.roomPrompt}
      </p>
      {count > 0 ? (
        <details className="guide-panel__questions" key={section.id}>
          <summary>
            For you to ask <span className="muted">({count === 1 ? '1 question' : `${count} questions`})</span>
          </summary>
          <ul className="prompt-list">
            {guide.facilitatorPrompts.map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
