/**
 * Contributing factors (issue 16): one taxonomy for the whole library, edited by the team, whose factors tag a review,
 * its whys and its notes (a panel's findings among them), so reviews can be compared across incidents.
 */
export interface Factor {
  id: string;
  /** Unique ignoring case, in any script. */
  name: string;
  /** Order in the taxonomy, from 0. */
  position: number;
  /** Set when retired: kept on the reviews that use it, no longer offered for new tags. */
  retiredAt: number | null;
  /** How many reviews use it, on the review itself or on one of its whys or notes. */
  reviewCount: number;
  createdAt: number;
  updatedAt: number;
}

/** What a tag is put on: the review itself (its id is the meeting's), a why, or a note such as a panel finding. */
export const TAG_ITEM_KINDS = ['meeting', 'why', 'note'] as const;
export type TagItemKind = (typeof TAG_ITEM_KINDS)[number];

/** The factors one item carries, in the order given. */
export interface ItemTags {
  itemKind: TagItemKind;
  itemId: string;
  factorIds: string[];
}

/** A tag as the archive carries it: by the factor's name, since another library's taxonomy has other ids. */
export interface ArchivedTag {
  itemKind: TagItemKind;
  itemId: string;
  factor: string;
}

/** One pair of the "recurring causes" read: a review and the name of a factor on it (or on one of its items). */
export interface MeetingFactor {
  meetingId: string;
  factor: string;
}

/**
 * The key two factor names are compared by: letters of any script folded to lower case, so "Capacity" and "capacity"
 * are one factor. (The table's NOCASE index folds only A–Z; the service checks this stricter rule first.)
 */
export function factorNameKey(name: string): string {
  return name.trim().normalize('NFC').toLowerCase();
}
