import { useState } from 'react';
import type { FormError } from '../../api/field-errors.ts';

/**
 * The form's current error, cleared as soon as the person edits the field it names: a message about
 * text that is no longer there only confuses.
 */
export function useFormError<Field extends string>() {
  const [error, setError] = useState<FormError<Field> | null>(null);
  const editedField = (field: Field) => setError((current) => (current && current.field === field ? null : current));
  return [error, setError, editedField] as const;
}
