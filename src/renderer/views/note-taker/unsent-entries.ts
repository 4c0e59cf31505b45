import type { ActionItem } from '../../../shared/domain/actions.ts';
import type { TimelineEvent } from '../../../shared/domain/timeline.ts';

/**
 * What this browser typed that the facilitator's laptop never confirmed, one line each, to copy and pass on by hand
 * when the session has ended before it could be sent.
 */
export function unsentEntries(timelineDrafts: Readonly<Record<string, TimelineEvent>>, actionDrafts: Readonly<Record<string, ActionItem>>): string[] {
  const events = Object.values(timelineDrafts)
    .sort((a, b) => a.occurredAt - b.occurredAt || a.createdAt - b.createdAt)
    .map((event) => `Timeline: ${event.description}${event.actor ? ` (${event.actor})` : ''}`);
  const actions = Object.values(actionDrafts)
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((item) => `Action item: ${item.title}${item.owner ? ` (${item.owner})` : ''}`);
  return [...events, ...actions];
}
