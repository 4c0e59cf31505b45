import type { NoteCategory } from '../../domain/notes.ts';
import type { ReportNode } from '../nodes.ts';
import { notesIn, type ReportContext } from './context.ts';
import { listOr } from './nodes.ts';

const EMPTY_TEXT: Readonly<Record<Exclude<NoteCategory, 'perspective_finding'>, string>> = {
  went_well: 'Nothing was recorded under what went well.',
  could_improve: 'Nothing was recorded under what could be improved.',
  lesson: 'No lessons were recorded.',
  prevention: 'No prevention measures were recorded.',
  additional: 'No additional notes were recorded.',
};

export function noteTexts(context: ReportContext, category: NoteCategory): string[] {
  return notesIn(context, category).map((note) => note.text);
}

/** One category's notes as a list (numbered where the seed numbers them), or its empty-state line. */
export function noteListNodes(context: ReportContext, category: Exclude<NoteCategory, 'perspective_finding'>, ordered: boolean): ReportNode[] {
  return listOr(ordered, noteTexts(context, category), EMPTY_TEXT[category]);
}
