import type { FormError } from '../api/field-errors.ts';

/** What an action tells the form that called it: done, or which field to show what next to. */
export type ActionResult<Field extends string, Value = undefined> = { ok: true; value: Value } | { ok: false; error: FormError<Field> };

export const succeeded = <Value>(value: Value): { ok: true; value: Value } => ({ ok: true, value });
export const failed = <Field extends string>(error: FormError<Field>): { ok: false; error: FormError<Field> } => ({ ok: false, error });
