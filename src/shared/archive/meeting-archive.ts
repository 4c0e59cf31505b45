import type { AgendaSection, TimerState } from '../domain/agenda.ts';
import type { EffectivenessResult } from '../domain/effectiveness.ts';
import type { ArchivedEvidence } from '../domain/evidence.ts';
import type { ArchivedTag } from '../domain/factors.ts';
import type { ArchivedReview } from '../domain/review.ts';
import type { ReportSource } from '../report/source.ts';

/** Names the file's kind, so a JSON file from anything else is told apart from a damaged archive. */
export const ARCHIVE_FORMAT = 'debrief.meeting-archive';
/**
 * Raised when a field is added or changes meaning; an archive with a higher version is refused, not guessed at.
 * 1: the first archive. 2: action items record their author (a version-1 archive still imports, authors empty).
 * 3: the meeting's incident-workflow fields (services affected, hypothesis, mitigation, metrics, residual risk, next
 * update), panel findings' severity, evidence (images in base64 and links), and gates passed without a decision
 * (gateOverriddenAt, gateOverrideNote); an older archive imports with them empty.
 * 4: the review's lifecycle (state, reviewers with their sign-offs, history); an older archive imports as a draft.
 * 5: the effectiveness review's results per action item (whether it worked, a note, when recorded); an older archive
 * imports with none.
 * 6: contributing-factor tags on the review, its whys and notes, by factor name (issue 16); an older archive imports
 * with none.
 * 7: each timeline event's origin (a Slack channel, say) and key-moment star, and the new import sources (issue 17); an
 * older archive imports with origins empty and nothing starred.
 */
export const ARCHIVE_VERSION = 7;

/** A whole meeting as one JSON document: what the report is built from, plus the agenda and the facilitator's state. */
export interface MeetingArchive extends ReportSource {
  format: typeof ARCHIVE_FORMAT;
  version: number;
  /** UTC epoch milliseconds. */
  exportedAt: number;
  agenda: { templateId: string; sections: AgendaSection[]; timer: TimerState };
  /** Keys of the action-item checks the facilitator cleared. */
  dismissedChecks: string[];
  evidence: ArchivedEvidence[];
  review: ArchivedReview;
  effectiveness: EffectivenessResult[];
  tags: ArchivedTag[];
}
