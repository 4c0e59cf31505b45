import type { ActionItem } from '../../../shared/domain/actions.ts';
import { NOTE_CATEGORY_LABELS, type Note } from '../../../shared/domain/notes.ts';
import { isActionableWhy, WHY_KIND_LABELS, type Why } from '../../../shared/domain/whys.ts';

export interface FindingOption {
  /** "why:<id>" or "note:<id>", so one select can offer both. */
  value: string;
  label: string;
  group: string;
}

export type FindingLink = Pick<ActionItem, 'whyId' | 'noteId'>;

const shorten = (text: string) => {
  const trimmed = text.trim() || '(no text yet)';
  return trimmed.length > 70 ? `${trimmed.slice(0, 69)}…` : trimmed;
};

/**
 * What an item can address: the root causes and contributing factors of the 5 Whys first, then the notes by category.
 * A finding the item already points at stays on offer even if it was reclassified, so the select never hides a link.
 */
export function findingOptions(whys: readonly Why[], notes: readonly Note[], current: FindingLink = { whyId: null, noteId: null }): FindingOption[] {
  const causes = whys
    .filter((why) => isActionableWhy(why) || why.id === current.whyId)
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'root' ? -1 : b.kind === 'root' ? 1 : 0))
    .map((why) => ({ value: `why:${why.id}`, label: shorten(why.text), group: WHY_KIND_LABELS[why.kind] }));
  const noted = notes.map((note) => ({ value: `note:${note.id}`, label: shorten(note.text), group: NOTE_CATEGORY_LABELS[note.category] }));
  return [...causes, ...noted];
}

export function findingValue(link: FindingLink): string {
  if (link.whyId) return `why:${link.whyId}`;
  if (link.noteId) return `note:${link.noteId}`;
  return '';
}

/** The select's value back as the two link fields; exactly one is set, or neither. */
export function findingLink(value: string): FindingLink {
  if (value.startsWith('why:')) return { whyId: value.slice(4), noteId: null };
  if (value.startsWith('note:')) return { whyId: null, noteId: value.slice(5) };
  return { whyId: null, noteId: null };
}
