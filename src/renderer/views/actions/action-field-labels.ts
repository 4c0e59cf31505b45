import { sentenceFor } from '../../api/field-errors.ts';
import type { ActionField } from '../../stores/actions/actions-store.ts';

export const ACTION_FIELD_LABELS: Readonly<Record<ActionField, string>> = {
  title: 'Action',
  owner: 'Owner',
  dueOn: 'Due date',
  priority: 'Priority',
  horizon: 'Horizon',
  category: 'Category',
  status: 'Status',
  finding: 'Addresses',
};

/** "Due date must be a date as YYYY-MM-DD." */
export function actionFieldError(field: ActionField, message: string): string {
  return sentenceFor(ACTION_FIELD_LABELS[field], message);
}
