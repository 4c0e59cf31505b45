import type { SectionKind } from '../../../shared/domain/agenda.ts';

/** Sections whose capture panel is the action-item list: agreeing the items, then assigning who does what. */
export function capturesActionItems(kind: SectionKind): boolean {
  return kind === 'action_items' || kind === 'responsibilities';
}
