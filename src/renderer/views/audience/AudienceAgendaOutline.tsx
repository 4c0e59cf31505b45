import { useRef } from 'react';
import type { AgendaSection } from '../../../shared/domain/agenda.ts';
import { durationText } from '../../../shared/time/duration-text.ts';
import { FOCUS_RADII, windowAround } from './focus-window.ts';
import { useFit } from './use-fit.ts';

/**
 * The agenda as the room sees it: every section with its planned time and the current one marked, said in words
 * (done, now) rather than by dimming. Before the start and in sections that capture nothing of their own. A long
 * agenda shows the sections around the current one.
 */
export function AudienceAgendaOutline({ sections, currentIndex }: { sections: readonly AgendaSection[]; currentIndex: number }) {
  const box = useRef<HTMLDivElement>(null);
  const { variant } = useFit(box, FOCUS_RADII.length + 1, `${currentIndex}|${sections.map((section) => `${section.id}:${section.title}`).join(',')}`);
  const [start, end] = variant === 0 ? [0, sections.length] : windowAround(sections.length, Math.max(0, currentIndex), FOCUS_RADII[variant - 1] ?? 0);
  return (
    <div className="audience-panel">
      <p className="audience__label">
        Agenda <span className="audience__count">{sections.length === 1 ? '1 section' : `${sections.length} sections`}</span>
      </p>
      <div ref={box} className="audience-fit">
        <ol className="audience-list audience-outline" data-testid="audience-outline">
          {sections.slice(start, end).map((section, offset) => {
            const index = start + offset;
            return (
              <li key={section.id} className={index === currentIndex ? 'audience-item audience-item--current' : 'audience-item'}>
                <span className="audience-item__tag">{index < currentIndex ? 'Done' : index === currentIndex ? 'Now' : String(index + 1)}</span>
                <span className="audience-item__text">
                  <bdi>{section.title}</bdi>
                </span>
                <span className="audience-item__detail">{durationText((section.plannedSeconds + section.extensionSeconds) * 1000)}</span>
              </li>
            );
          })}
        </ol>
      </div>
    </div>
  );
}
