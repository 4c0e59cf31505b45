import type { ActionItem } from '../../../shared/domain/actions.ts';
import type { EntryStatus } from '../timeline/timeline-rows.ts';

export interface ActionRow {
  item: ActionItem;
  status: EntryStatus;
}

const SAVED: EntryStatus = { state: 'saved' };

/**
 * What the list shows: the items as stored, plus adds still on their way (so typing never waits), minus deletes on
 * their way, in list order (an unconfirmed add goes after the stored items), each with its save status.
 */
export function actionRows(source: {
  items: readonly ActionItem[];
  drafts: Readonly<Record<string, ActionItem>>;
  hidden: Readonly<Record<string, true>>;
  statuses: Readonly<Record<string, EntryStatus>>;
}): ActionRow[] {
  const stored = new Set(source.items.map((item) => item.id));
  const pending = Object.values(source.drafts)
    .filter((draft) => !stored.has(draft.id))
    .sort((a, b) => a.createdAt - b.createdAt);
  return [...[...source.items].sort((a, b) => a.position - b.position), ...pending]
    .filter((item) => !Object.hasOwn(source.hidden, item.id))
    .map((item) => ({ item, status: source.statuses[item.id] ?? SAVED }));
}

/** The list with `id` moved to `position` (clamped) and positions renumbered, as the service will store it. */
export function movedItems(items: readonly ActionItem[], id: string, position: number): ActionItem[] {
  const moving = items.find((item) => item.id === id);
  if (!moving) return [...items];
  const order = items.filter((item) => item.id !== id);
  order.splice(Math.max(0, Math.min(position, order.length)), 0, moving);
  return order.map((item, index) => (item.position === index ? item : { ...item, position: index }));
}
