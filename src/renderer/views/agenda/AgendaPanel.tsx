import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { AgendaSection, AgendaState, SectionKind } from '../../../shared/domain/agenda.ts';
import type { Perspective } from '../../../shared/domain/participant.ts';
import { formatDuration, sectionBudgetMs, type ClockView } from '../../../shared/timer/clock.ts';
import { agendaStore } from '../../app/services.ts';
import { minutesText } from '../../timer/clock-display.ts';
import { SECTION_KIND_LABELS } from './section-labels.ts';
import { sectionState } from './section-state.ts';
import { SectionFields, SectionFormMessage, useSectionForm } from './SectionFields.tsx';
import { TemplateControls } from './TemplateControls.tsx';

const agendaRowId = (sectionId: string) => `agenda-row-${sectionId}`;

/** The agenda, editable before and during the meeting: add, rename, re-time, reorder, remove, templates. */
export function AgendaPanel({ agenda, view }: { agenda: AgendaState; view: ClockView }) {
  const [editingId, setEditingId] = useState<string | null>(null);
  const focusAfterMove = useRef<string | null>(null);
  const plannedMs = agenda.sections.reduce((sum, section) => sum + section.plannedSeconds * 1000, 0);

  useEffect(() => {
    const id = focusAfterMove.current;
    if (!id) return;
    focusAfterMove.current = null;
    document.getElementById(agendaRowId(id))?.focus();
  }, [agenda]);

  const move = (section: AgendaSection, by: number) => {
    const position = section.position + by;
    if (position < 0 || position >= agenda.sections.length) return;
    focusAfterMove.current = section.id;
    void agendaStore.getState().moveSection(section.id, position);
  };

  const onRowKeyDown = (event: KeyboardEvent<HTMLLIElement>, section: AgendaSection) => {
    if (event.target !== event.currentTarget) return;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      move(section, event.key === 'ArrowUp' ? -1 : 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      setEditingId(section.id);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      void agendaStore.getState().remove(section.id);
    }
  };

  return (
    <section className="panel agenda-panel" aria-labelledby="agenda-heading">
      <div className="panel__heading">
        <h2 id="agenda-heading">Agenda</h2>
        <p className="muted">{formatDuration(plannedMs)} planned</p>
      </div>
      {agenda.sections.length === 0 ? <p className="muted">No sections yet: add one below or choose a template.</p> : null}
      <ol className="agenda-list" aria-label="Agenda sections" aria-describedby="agenda-keys">
        {agenda.sections.map((section, index) => {
          const state = sectionState(section, index, view);
          if (editingId === section.id) {
            return <SectionEditor key={section.id} section={section} onDone={() => setEditingId(null)} />;
          }
          const extension =
            section.extensionSeconds !== 0 ? ` (${section.extensionSeconds > 0 ? '+' : '−'}${minutesText(Math.abs(section.extensionSeconds))})` : '';
          return (
            <li
              key={section.id}
              id={agendaRowId(section.id)}
              className={`agenda-row agenda-row--${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
              tabIndex={0}
              onKeyDown={(event) => onRowKeyDown(event, section)}
              data-testid="agenda-row"
            >
              <span className="agenda-row__index" aria-hidden="true">
                {state === 'done' ? '✓' : index + 1}
              </span>
              <span className="agenda-row__main">
                <bdi className="agenda-row__title">{section.title}</bdi>
                <span className="agenda-row__meta">
                  {SECTION_KIND_LABELS[section.kind]}
                  {section.gated ? ' · gated' : ''}
                  {state === 'current' ? ' · now' : ''}
                </span>
              </span>
              <span className="agenda-row__minutes" title={`Budget ${formatDuration(sectionBudgetMs(section))}`}>
                {minutesText(section.plannedSeconds)} min{extension}
              </span>
              <span className="agenda-row__actions">
                <button
                  type="button"
                  className="button button--small button--quiet icon-button"
                  onClick={() => move(section, -1)}
                  disabled={index === 0}
                  aria-label={`Move up: ${section.title}`}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  className="button button--small button--quiet icon-button"
                  onClick={() => move(section, 1)}
                  disabled={index === agenda.sections.length - 1}
                  aria-label={`Move down: ${section.title}`}
                >
                  <span aria-hidden="true">↓</span>
                </button>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  onClick={() => setEditingId(section.id)}
                  aria-label={`Edit: ${section.title}`}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="button button--small button--quiet button--danger"
                  onClick={() => void agendaStore.getState().remove(section.id)}
                  aria-label={`Remove: ${section.title}`}
                >
                  Remove
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p id="agenda-keys" className="field__hint agenda-panel__keys">
        On a section: Alt+↑ / Alt+↓ move it, Enter edits it, Delete removes it (you can undo).
      </p>
      <AddSectionForm />
      <TemplateControls sectionCount={agenda.sections.length} />
    </section>
  );
}

/** Rename and re-time one section in place: Enter saves, Escape cancels. */
function SectionEditor({ section, onDone }: { section: AgendaSection; onDone(): void }) {
  const form = useSectionForm({ title: section.title, minutes: minutesText(section.plannedSeconds), kind: section.kind, perspective: section.perspective });
  const { titleRef, minutesRef } = form;

  useEffect(() => {
    titleRef.current?.focus();
  }, [titleRef]);

  const finish = () => {
    onDone();
    requestAnimationFrame(() => document.getElementById(agendaRowId(section.id))?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const seconds = form.plannedSeconds();
    if (seconds === null) return;
    const patch: { title?: string; plannedSeconds?: number; kind?: SectionKind; perspective?: Perspective | null } = {};
    if (form.title.trim() !== section.title) patch.title = form.title;
    if (seconds !== section.plannedSeconds) patch.plannedSeconds = seconds;
    if (form.kind !== section.kind) patch.kind = form.kind;
    if (form.chosenPerspective() !== section.perspective) patch.perspective = form.chosenPerspective();
    if (Object.keys(patch).length === 0) return finish();
    const result = await agendaStore.getState().update(section.id, patch);
    if (!result.ok) return form.showError(result.error);
    finish();
  };

  return (
    <li className="agenda-row agenda-row--editing" id={agendaRowId(section.id)}>
      <form
        className="section-form"
        aria-label={`Edit section ${section.title}`}
        onSubmit={(event) => void submit(event)}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          event.stopPropagation();
          finish();
        }}
        noValidate
      >
        <SectionFields form={form} titleRef={titleRef} minutesRef={minutesRef} idPrefix={`section-${section.id}`} titleLabel="Title" />
        <div className="section-form__actions">
          <button type="submit" className="button button--primary button--small">
            Save
          </button>
          <button type="button" className="button button--quiet button--small" onClick={finish}>
            Cancel
          </button>
        </div>
        <SectionFormMessage form={form} />
      </form>
    </li>
  );
}

function AddSectionForm() {
  const form = useSectionForm({ title: '', minutes: '5', kind: 'custom' });
  const { titleRef, minutesRef } = form;
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const seconds = form.plannedSeconds();
    if (seconds === null) return;
    const result = await agendaStore
      .getState()
      .addSection({ title: form.title, plannedSeconds: seconds, kind: form.kind, perspective: form.chosenPerspective() });
    if (!result.ok) return form.showError(result.error);
    form.setTitle('');
    titleRef.current?.focus();
  };

  return (
    <form className="section-form section-form--add" aria-label="Add a section" onSubmit={(event) => void submit(event)} noValidate>
      <SectionFields form={form} titleRef={titleRef} minutesRef={minutesRef} idPrefix={id} titleLabel="New section" titlePlaceholder="e.g. Customer impact" />
      <div className="section-form__actions">
        <button type="submit" className="button button--small">
          Add section
        </button>
      </div>
      <SectionFormMessage form={form} />
    </form>
  );
}
