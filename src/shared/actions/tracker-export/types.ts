import type { ActionItem } from '../../domain/actions.ts';
import type { Person } from '../../domain/person.ts';

/** The review (meeting) an action item came from, as much of it as an export names. */
export interface ExportedReview {
  id: string;
  incidentId: string;
  title: string;
  /** 'YYYY-MM-DD': the effectiveness review's date, or null. */
  followUpReviewOn: string | null;
  /** Milliseconds; the calendar's DTSTAMP for the review's event, so the same review writes the same file. */
  updatedAt: number;
}

/** One action item with its review and, when it is linked to one, the text of the cause or finding it addresses. */
export interface ExportedAction {
  item: ActionItem;
  review: ExportedReview;
  addresses: string | null;
}

/** A person of the directory, as much as an export reads: an owner is matched by name, ignoring case. */
export type DirectoryPerson = Pick<Person, 'name' | 'email' | 'jiraUser' | 'githubLogin'>;

export interface TrackerExportInput {
  actions: readonly ExportedAction[];
  /** Every review exported, also those without items (the calendar has an event for each follow-up date). */
  reviews: readonly ExportedReview[];
  /** The people directory, which maps each owner to their tracker identities. */
  people?: readonly DirectoryPerson[];
}

export interface TrackerExport {
  text: string;
  /** What the file could not say, e.g. an owner with no GitHub login; the caller shows these. */
  warnings: string[];
}
