import { sectionGuide } from '../../../shared/agenda/prompts.ts';
import type { AgendaSection } from '../../../shared/domain/agenda.ts';

/** What to say to the room and what the facilitator can ask, for the current section. */
export function GuidePanel({ section }: { section: AgendaSection }) {
  const guide = sectionGuide(section.kind, section.perspective, section.gated);
  return (
    <section className="panel guide-panel" aria-labelledby="guide-heading">
      <h2 id="guide-heading" className="visually-hidden">
        Prompts for this section
      </h2>
      <p className="guide-panel__label">On the shared screen</p>
      <p className="room-prompt" data-testid="room-prompt">
        {guide.roomPrompt}
      </p>
      <p className="guide-panel__label">For you to ask</p>
      <ul className="prompt-list">
        {guide.facilitatorPrompts.map((prompt) => (
          <li key={prompt}>{prompt}</li>
        ))}
      </ul>
    </section>
  );
}
