import type { ActionItem } from '../../domain/actions.ts';
import type { Meeting } from '../../domain/meeting.ts';
import type { Note } from '../../domain/notes.ts';
import type { Why } from '../../domain/whys.ts';
import type { DirectoryPerson, ExportedAction, ExportedReview, TrackerExportInput } from './types.ts';

/** One review as a client reads it: the meeting, its action items in order, and the causes and notes they may address. */
export interface ReviewItems {
  meeting: Pick<Meeting, 'id' | 'incidentId' | 'title' | 'followUpReviewOn' | 'updatedAt'>;
  actions: readonly ActionItem[];
  whys: readonly Pick<Why, 'id' | 'text'>[];
  notes: readonly Pick<Note, 'id' | 'text'>[];
}

/** What the tracker writers take, from reviews as the CLI reads them through the API or the app holds them (an archive). */
export function trackerExportInput(reviews: readonly ReviewItems[], people?: readonly DirectoryPerson[]): TrackerExportInput {
  const exportedReviews: ExportedReview[] = [];
  const actions: ExportedAction[] = [];
  for (const { meeting, actions: items, whys, notes } of reviews) {
    const review: ExportedReview = {
      id: meeting.id,
      incidentId: meeting.incidentId,
      title: meeting.title,
      followUpReviewOn: meeting.followUpReviewOn,
      updatedAt: meeting.updatedAt,
    };
    exportedReviews.push(review);
    const texts = new Map([...whys, ...notes].map((row) => [row.id, row.text]));
    for (const item of items) {
      const target = item.whyId ?? item.noteId;
      actions.push({ item, review, addresses: target === null ? null : (texts.get(target) ?? null) });
    }
  }
  return people === undefined ? { actions, reviews: exportedReviews } : { actions, reviews: exportedReviews, people };
}
