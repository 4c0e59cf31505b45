import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { AgendaSection, AgendaState } from '../../../shared/domain/agenda.ts';
import { formatDuration, sectionBudgetMs, type ClockView } from '../../../shared/timer/clock.ts';
import { sentenceFor } from '../../api/field-errors.ts';
import { agendaStore } from '../../app/services.ts';
import type { SectionField } from '../../stores/agenda-store.ts';
import { minutesText, parseMinutes } from '../../timer/clock-display.ts';
import { FormMessage } from '../common/FormMessage.tsx';
import { TextField } from '../common/TextField.tsx';
import { useFormError } from '../common/use-form-error.ts';
import { SECTION_KIND_LABELS } from './section-labels.ts';
import { TemplateControls } from './TemplateControls.tsx';

const SECTION_LABELS: Readonly<Record<SectionField, string>> = { title: 'Title', minutes: 'Minutes' };
const agendaRowId = (sectionId: string) => `agenda-row-${sectionId}`;

type SectionState = 'done' | 'current' | 'upcoming';

function sectionState(section: AgendaSection, index: number, view: ClockView): SectionState {
  if (view.current?.id === section.id) return 'current';
  if (view.status === 'finished' || (view.currentIndex >= 0 && index < view.currentIndex)) return 'done';
  return 'upcoming';
}

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
      void agendaStore.getState().removeSection(section.id);
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
          const extension = section.extensionSeconds !== 0 ? ` (${section.extensionSeconds > 0 ? '+' : '−'}${minutesText(Math.abs(section.extensionSeconds))})` : '';
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
                <span className="agenda-row__title">{section.title}</span>
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
                <button type="button" className="button button--small button--quiet icon-button" onClick={() => move(section, -1)} disabled={index === 0} aria-label={`Move up: ${section.title}`}>
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
                <button type="button" className="button button--small button--quiet" onClick={() => setEditingId(section.id)} aria-label={`Edit: ${section.title}`}>
                  Edit
                </button>
                <button
                  type="button"
                  className="button button--small button--quiet button--danger"
                  onClick={() => void agendaStore.getState().removeSection(section.id)}
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
  const [title, setTitle] = useState(section.title);
  const [minutes, setMinutes] = useState(minutesText(section.plannedSeconds));
  const [error, setError, editedField] = useFormError<SectionField>();
  const titleRef = useRef<HTMLInputElement>(null);
  const minutesRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    titleRef.current?.focus();
  }, []);

  const finish = () => {
    onDone();
    requestAnimationFrame(() => document.getElementById(agendaRowId(section.id))?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseMinutes(minutes);
    if (!parsed.ok) {
      setError({ field: 'minutes', message: parsed.message });
      minutesRef.current?.focus();
      return;
    }
    const patch: { title?: string; plannedSeconds?: number } = {};
    if (title.trim() !== section.title) patch.title = title;
    if (parsed.seconds !== section.plannedSeconds) patch.plannedSeconds = parsed.seconds;
    if (Object.keys(patch).length === 0) return finish();
    const result = await agendaStore.getState().updateSection(section.id, patch);
    if (!result.ok) {
      setError(result.error);
      if (result.error.field === 'title') titleRef.current?.focus();
      if (result.error.field === 'minutes') minutesRef.current?.focus();
      return;
    }
    finish();
  };

  const fieldError = (field: SectionField) => (error?.field === field ? sentenceFor(SECTION_LABELS[field], error.message) : null);

  return (
    <li className="agenda-row agenda-row--editing" id={agendaRowId(section.id)}>
      <form
        className="section-form"
        aria-label={`Edit section ${section.title}`}
        onSubmit={submit}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          event.stopPropagation();
          finish();
        }}
        noValidate
      >
        <TextField
          id={`section-title-${section.id}`}
          label="Title"
          ref={titleRef}
          value={title}
          onValueChange={(value) => {
            setTitle(value);
            editedField('title');
          }}
          error={fieldError('title')}
          spellCheck
        />
        <TextField
          id={`section-minutes-${section.id}`}
          className="section-form__minutes"
          label="Minutes"
          ref={minutesRef}
          value={minutes}
          inputMode="decimal"
          onValueChange={(value) => {
            setMinutes(value);
            editedField('minutes');
          }}
          error={fieldError('minutes')}
        />
        <div className="section-form__actions">
          <button type="submit" className="button button--primary button--small">
            Save
          </button>
          <button type="button" className="button button--quiet button--small" onClick={finish}>
            Cancel
          </button>
        </div>
        <FormMessage message={error && error.field === null ? error.message : null} />
      </form>
    </li>
  );
}

function AddSectionForm() {
  const [title, setTitle] = useState('');
  const [minutes, setMinutes] = useState('5');
  const [error, setError, editedField] = useFormError<SectionField>();
  const titleRef = useRef<HTMLInputElement>(null);
  const minutesRef = useRef<HTMLInputElement>(null);
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseMinutes(minutes);
    if (!parsed.ok) {
      setError({ field: 'minutes', message: parsed.message });
      minutesRef.current?.focus();
      return;
    }
    const result = await agendaStore.getState().addSection({ title, plannedSeconds: parsed.seconds, kind: 'custom' });
    if (!result.ok) {
      setError(result.error);
      (result.error.field === 'minutes' ? minutesRef : titleRef).current?.focus();
      return;
    }
    setTitle('');
    titleRef.current?.focus();
  };

  const fieldError = (field: SectionField) => (error?.field === field ? sentenceFor(SECTION_LABELS[field], error.message) : null);

  return (
    <form className="section-form section-form--add" aria-label="Add a section" onSubmit={submit} noValidate>
      <TextField
        id={`${id}-title`}
        label="New section"
        ref={titleRef}
        value={title}
        placeholder="e.g. Customer impact"
        onValueChange={(value) => {
          setTitle(value);
          editedField('title');
        }}
        error={error?.field === 'title' ? sentenceFor('Title', error.message) : null}
        spellCheck
      />
      <TextField
        id={`${id}-minutes`}
        className="section-form__minutes"
        label="Minutes"
        ref={minutesRef}
        value={minutes}
        inputMode="decimal"
        onValueChange={(value) => {
          setMinutes(value);
          editedField('minutes');
        }}
        error={fieldError('minutes')}
      />
      <div className="section-form__actions">
        <button type="submit" className="button button--small">
          Add section
        </button>
      </div>
      <FormMessage message={error && error.field === null ? error.message : null} />
    </form>
  );
}
