import { ApiError } from '../../shared/api/errors.ts';
import { ConnectionLostError } from './connection-lost-error.ts';
import { errorMessage } from '../../shared/error-message.ts';

/** An error as a form shows it: which of its fields to put it next to (if any), and the sentence to show. */
export interface FormError<F extends string> {
  field: F | null;
  message: string;
}

/**
 * Maps an API field path ("title", "patch.description", "occurredAt") to the form field that shows it.
 * `fieldsByApiName` names the form field for each API field; "patch." prefixes of updates are ignored.
 */
export function formFieldFor<F extends string>(apiField: string | undefined, fieldsByApiName: Readonly<Record<string, F>>): F | null {
  if (!apiField) return null;
  const name = apiField.startsWith('patch.') ? apiField.slice('patch.'.length) : apiField;
  const topLevel = name.split('.')[0] ?? name;
  return Object.hasOwn(fieldsByApiName, topLevel) ? (fieldsByApiName[topLevel] ?? null) : null;
}

/** "patch.title: must not be empty" -> "must not be empty": the form puts its own label in front. */
export function messageWithoutField(message: string, apiField: string | undefined): string {
  if (!apiField) return message;
  const prefix = `${apiField}: `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}

/** Turns whatever a call threw into something a form can show. */
export function toFormError<F extends string>(error: unknown, fieldsByApiName: Readonly<Record<string, F>>): FormError<F> {
  if (error instanceof ApiError) {
    const field = formFieldFor(error.field, fieldsByApiName);
    return { field, message: field ? messageWithoutField(error.message, error.field) : error.message };
  }
  if (error instanceof ConnectionLostError) return { field: null, message: error.message };
  return { field: null, message: errorMessage(error, 'Something went wrong.') };
}

/** "Title" + "must not be empty" -> "Title must not be empty." */
export function sentenceFor(label: string, message: string): string {
  const trimmed = message.trim();
  const sentence = `${label} ${trimmed}`;
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
