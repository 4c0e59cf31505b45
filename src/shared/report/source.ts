import type { ActionItem, EarlierOpenItem } from '../domain/actions.ts';
import type { AgendaSection } from '../domain/agenda.ts';
import type { Conflict } from '../domain/conflicts.ts';
import type { EffectivenessResult } from '../domain/effectiveness.ts';
import type { ArchivedEvidence } from '../domain/evidence.ts';
import type { ArchivedTag } from '../domain/factors.ts';
import type { Meeting } from '../domain/meeting.ts';
import type { Note } from '../domain/notes.ts';
import type { Participant } from '../domain/participant.ts';
import type { ArchivedReview } from '../domain/review.ts';
import type { TimelineEvent } from '../domain/timeline.ts';
import type { Why } from '../domain/whys.ts';

/** Everything a report is built from: one meeting and what was captured in it. */
export interface ReportSource {
  meeting: Meeting;
  /** In display order (time, then entry order). */
  timeline: TimelineEvent[];
  whys: Why[];
  notes: Note[];
  conflicts: Conflict[];
  /** In the meeting's order. */
  actions: ActionItem[];
  participants: Participant[];
  /** The agenda's sections in order, for the gate decisions (approve or revise, with a note) of the gated ones. */
  agenda: { sections: AgendaSection[] };
  /** Images and links attached to timeline events, whys and notes; an image carries its bytes as base64. */
  evidence?: ArchivedEvidence[];
  /** Where the review stands after the meeting: its state and who signed off when (issue 15); a draft when absent. */
  review?: ArchivedReview;
  /**
   * The backlog check: items still open from earlier incidents on this review's services, as the actions API
   * answers when the report is made (not part of the meeting's archive). Left out, the report has no backlog check.
   */
  backlog?: EarlierOpenItem[];
  /** The effectiveness review's results for the action items (issue 15); none until one has been held. */
  effectiveness?: EffectivenessResult[];
  /** Contributing-factor tags on the review, its whys and notes, by factor name (issue 16); none when absent. */
  tags?: ArchivedTag[];
}
