import type { Note } from '../../../shared/domain/notes.ts';
import type { ScreenFocus } from '../../../shared/domain/screen.ts';
import type { Why } from '../../../shared/domain/whys.ts';
import { buildWhyTree, flattenWhyTree } from '../../../shared/whys/tree.ts';
import type { ActionRow } from '../../stores/actions/action-rows.ts';
import type { TimelineRow } from '../../stores/timeline/timeline-rows.ts';
import { orderedFindings, orderedNotes } from './focus-order.ts';
import type { ScreenContent } from './screen-content.ts';

export interface ScreenSources {
  timeline: readonly TimelineRow[];
  whys: readonly Why[];
  actions: readonly ActionRow[];
  notes: readonly Note[];
}

/** The items J and K move the shared screen through in a section, in the order the console lists them. */
export function screenTargets(content: ScreenContent, sources: ScreenSources): ScreenFocus[] {
  switch (content.kind) {
    case 'timeline':
      return sources.timeline.map((row) => ({ kind: 'timeline_event', id: row.event.id }));
    case 'whys':
      return flattenWhyTree(buildWhyTree(sources.whys)).map((node) => ({ kind: 'why', id: node.why.id }));
    case 'readback':
      return sources.actions.map((row) => ({ kind: 'action_item', id: row.item.id }));
    case 'notes':
      return orderedNotes(sources.notes, content.categories).map((note) => ({ kind: 'note', id: note.id }));
    case 'findings':
      return orderedFindings(sources.notes, content.perspective).map((note) => ({ kind: 'note', id: note.id }));
    case 'outline':
      return [];
  }
}

/** The item a step of J (+1) or K (-1) points at: from nothing, J starts at the top and K at the bottom. */
export function steppedFocus(targets: readonly ScreenFocus[], current: ScreenFocus | null, step: 1 | -1): ScreenFocus | null {
  if (targets.length === 0) return null;
  const index = current ? targets.findIndex((target) => target.kind === current.kind && target.id === current.id) : -1;
  if (index < 0) return (step === 1 ? targets[0] : targets.at(-1)) ?? null;
  return targets[Math.max(0, Math.min(targets.length - 1, index + step))] ?? null;
}
