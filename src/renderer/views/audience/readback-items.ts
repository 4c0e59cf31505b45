import type { ActionRow } from '../../stores/actions/action-rows.ts';
import type { ListedItem } from './AudienceFocusList.tsx';

/** What the read-back says of an action: who has it and by when, or that nobody does yet. */
export function actionDetail(owner: string, dueOn: string | null): string {
  return `${owner.trim() || 'no owner yet'} · ${dueOn ? `due ${dueOn}` : 'no due date yet'}`;
}

/** The actions as the shared screen lists them, in the list's order. */
export function readbackItems(rows: readonly ActionRow[]): (ListedItem & { title: string; detail: string })[] {
  return rows.map(({ item }) => ({
    id: item.id,
    title: item.title,
    text: item.title,
    tag: item.priority,
    detail: actionDetail(item.owner, item.dueOn),
    closed: item.status === 'done' || item.status === 'cancelled',
  }));
}
