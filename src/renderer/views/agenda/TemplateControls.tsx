import { useEffect, useId, useState, type FormEvent } from 'react';
import { templateMinutes } from '../../../shared/agenda/templates.ts';
import { sentenceFor } from '../../api/field-errors.ts';
import { agendaStore, useAgenda } from '../../app/services.ts';
import type { TemplateField } from '../../stores/agenda/agenda-store.ts';
import { FormMessage } from '../common/FormMessage.tsx';
import { TextField } from '../common/TextField.tsx';
import { useFormError } from '../common/use-form-error.ts';

/** Choose a template for the agenda (confirming before anything is replaced), or save this agenda as a new one. */
export function TemplateControls({ sectionCount }: { sectionCount: number }) {
  const templates = useAgenda((state) => state.templates);
  const templatesState = useAgenda((state) => state.templatesState);
  const currentTemplateId = useAgenda((state) => state.agenda?.templateId ?? '');
  const [chosen, setChosen] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [applyError, setApplyError] = useState<string | null>(null);
  const selectId = useId();

  useEffect(() => {
    void agendaStore.getState().loadTemplates();
  }, []);

  const selected = templates.find((template) => template.id === (chosen || currentTemplateId)) ?? null;

  const apply = async () => {
    if (!selected) return;
    setConfirming(false);
    const result = await agendaStore.getState().applyTemplate(selected.id);
    setApplyError(result.ok ? null : result.error.message);
    if (result.ok) setChosen('');
  };

  return (
    <div className="template-controls">
      <h3 className="template-controls__heading">Templates</h3>
      <div className="template-controls__row">
        <div className="field">
          <label htmlFor={selectId}>Agenda template</label>
          <select
            id={selectId}
            value={chosen || currentTemplateId}
            onChange={(event) => {
              setChosen(event.target.value);
              setConfirming(false);
            }}
            disabled={templatesState !== 'ready'}
          >
            {templates.some((template) => template.id === currentTemplateId) ? null : <option value={currentTemplateId}>Custom agenda</option>}
            {templates.map((template) => (
              <option key={template.id} value={template.id}>
                {template.name}
                {template.builtIn ? '' : ' (saved)'} · {templateMinutes(template)} min
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button button--small template-controls__apply"
          disabled={!selected}
          onClick={() => (sectionCount > 0 ? setConfirming(true) : void apply())}
        >
          Use template
        </button>
      </div>
      {selected?.description ? <p className="field__hint">{selected.description}</p> : null}
      {confirming && selected ? (
        <div className="confirm" role="alertdialog" aria-labelledby={`${selectId}-confirm`}>
          <p id={`${selectId}-confirm`}>
            Replace the {sectionCount === 1 ? 'section' : `${sectionCount} sections`} of this agenda with <strong>{selected.name}</strong>?
          </p>
          <div className="confirm__actions">
            <button type="button" className="button button--small button--primary" onClick={() => void apply()}>
              Replace agenda
            </button>
            <button type="button" className="button button--small" onClick={() => setConfirming(false)}>
              Keep the current agenda
            </button>
          </div>
        </div>
      ) : null}
      {applyError ? <FormMessage message={applyError} /> : null}
      <SaveTemplateForm disabled={sectionCount === 0} />
    </div>
  );
}

function SaveTemplateForm({ disabled }: { disabled: boolean }) {
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError, editedField] = useFormError<TemplateField>();
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await agendaStore.getState().saveTemplate(name);
    if (!result.ok) {
      setError(result.error);
      setSaved(null);
      return;
    }
    setSaved(result.value.name);
    setName('');
  };

  return (
    <form className="section-form section-form--template" aria-label="Save as template" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        id={`${id}-name`}
        label="Save this agenda as a template"
        value={name}
        placeholder="Template name"
        onValueChange={(value) => {
          setName(value);
          setSaved(null);
          editedField('name');
        }}
        error={error?.field === 'name' ? sentenceFor('Name', error.message) : null}
        spellCheck
      />
      <div className="section-form__actions">
        <button type="submit" className="button button--small" disabled={disabled}>
          Save template
        </button>
      </div>
      <FormMessage message={error && error.field === null ? error.message : null} />
      {saved ? (
        <p className="field__hint" role="status">
          Saved as “{saved}”.
        </p>
      ) : null}
    </form>
  );
}
