import type { TimelineEvent } from '../../../shared/domain/timeline.ts';
import type { TimelineEntryFields } from '../../stores/timeline/timeline-store.ts';

/** Only the fields the edit changed, so a save never overwrites what another window changed meanwhile. */
export function editPatch(before: TimelineEvent, after: TimelineEntryFields): Partial<TimelineEntryFields> {
  const patch: Partial<TimelineEntryFields> = {};
  if (after.occurredAt !== before.occurredAt || after.precision !== before.precision) {
    patch.occurredAt = after.occurredAt;
    patch.precision = after.precision;
  }
  if (after.description.trim() !== before.description) patch.description = after.description;
  if (after.actor.trim() !== before.actor) patch.actor = after.actor;
  if (after.phase !== undefined && after.phase !== before.phase) patch.phase = after.phase;
  return patch;
}
