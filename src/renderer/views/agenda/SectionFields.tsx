import { useRef, useState, type RefObject } from 'react';
import { PERSPECTIVE_LABELS } from '../../../shared/agenda/perspective-labels.ts';
import type { SectionKind } from '../../../shared/domain/agenda.ts';
import { PERSPECTIVES, type Perspective } from '../../../shared/domain/participant.ts';
import type { FormError } from '../../api/field-errors.ts';
import { sentenceFor } from '../../api/field-errors.ts';
import type { SectionField } from '../../stores/agenda/agenda-store.ts';
import { parseMinutes } from '../../timer/clock-display.ts';
import { FormMessage } from '../common/FormMessage.tsx';
import { TextField } from '../common/TextField.tsx';
import { useFormError } from '../common/use-form-error.ts';
import { SECTION_KIND_CHOICES } from './section-labels.ts';

const SECTION_LABELS: Readonly<Record<SectionField, string>> = { title: 'Title', minutes: 'Minutes' };

/** The title, minutes and kind being chosen for a section, with the error of the field they belong to. */
export function useSectionForm(initial: { title: string; minutes: string; kind: SectionKind; perspective?: Perspective | null }) {
  const [title, setTitle] = useState(initial.title);
  const [minutes, setMinutes] = useState(initial.minutes);
  const [kind, setKind] = useState<SectionKind>(initial.kind);
  const [perspective, setPerspective] = useState<Perspective>(initial.perspective ?? PERSPECTIVES[0]);
  const [error, setError, editedField] = useFormError<SectionField>();
  const titleRef = useRef<HTMLInputElement>(null);
  const minutesRef = useRef<HTMLInputElement>(null);

  const showError = (failure: FormError<SectionField>) => {
    setError(failure);
    if (failure.field === 'title') titleRef.current?.focus();
    if (failure.field === 'minutes') minutesRef.current?.focus();
  };

  /** The planned seconds the minutes field holds, or null after showing why it cannot be read. */
  const plannedSeconds = (): number | null => {
    const parsed = parseMinutes(minutes);
    if (parsed.ok) return parsed.seconds;
    showError({ field: 'minutes', message: parsed.message });
    return null;
  };

  /** The perspective the section speaks for: only a perspective section has one. */
  const chosenPerspective = (): Perspective | null => (kind === 'perspective' ? perspective : null);

  return {
    title,
    setTitle,
    minutes,
    setMinutes,
    kind,
    setKind,
    perspective,
    setPerspective,
    chosenPerspective,
    error,
    editedField,
    titleRef,
    minutesRef,
    showError,
    plannedSeconds,
  };
}

export type SectionForm = ReturnType<typeof useSectionForm>;

/** The title, minutes and kind inputs shared by the add-section and edit-section forms. */
export function SectionFields({
  form,
  titleRef,
  minutesRef,
  idPrefix,
  titleLabel,
  titlePlaceholder,
}: {
  form: SectionForm;
  titleRef: RefObject<HTMLInputElement | null>;
  minutesRef: RefObject<HTMLInputElement | null>;
  idPrefix: string;
  titleLabel: string;
  titlePlaceholder?: string;
}) {
  const fieldError = (field: SectionField) => (form.error?.field === field ? sentenceFor(SECTION_LABELS[field], form.error.message) : null);
  return (
    <>
      <TextField
        id={`${idPrefix}-title`}
        label={titleLabel}
        ref={titleRef}
        value={form.title}
        placeholder={titlePlaceholder}
        onValueChange={(value) => {
          form.setTitle(value);
          form.editedField('title');
        }}
        error={fieldError('title')}
        spellCheck
      />
      <TextField
        id={`${idPrefix}-minutes`}
        className="section-form__minutes"
        label="Minutes"
        ref={minutesRef}
        value={form.minutes}
        inputMode="decimal"
        onValueChange={(value) => {
          form.setMinutes(value);
          form.editedField('minutes');
        }}
        error={fieldError('minutes')}
      />
      <div className="field section-form__kind">
        <label htmlFor={`${idPrefix}-kind`}>Kind</label>
        <select id={`${idPrefix}-kind`} value={form.kind} onChange={(event) => form.setKind(event.target.value as SectionKind)}>
          {SECTION_KIND_CHOICES.map((choice) => (
            <option key={choice.kind} value={choice.kind}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
      {form.kind === 'perspective' ? (
        <div className="field section-form__perspective">
          <label htmlFor={`${idPrefix}-perspective`}>Speaks for</label>
          <select id={`${idPrefix}-perspective`} value={form.perspective} onChange={(event) => form.setPerspective(event.target.value as Perspective)}>
            {PERSPECTIVES.map((perspective) => (
              <option key={perspective} value={perspective}>
                {PERSPECTIVE_LABELS[perspective]}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </>
  );
}

export function SectionFormMessage({ form }: { form: SectionForm }) {
  return <FormMessage message={form.error && form.error.field === null ? form.error.message : null} />;
}
