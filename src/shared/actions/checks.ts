import type { ActionItem } from '../domain/actions.ts';
import type { Note } from '../domain/notes.ts';
import { isActionableWhy, type Why } from '../domain/whys.ts';
import { isVagueAction } from './vague-action.ts';

/** Seed 002: limit the list to 3-5 meaningful items, not 20 small ones. */
export const MAX_ACTION_ITEMS = 5;
export const MIN_ACTION_ITEMS = 3;

export type ActionCheckKind =
  | 'missing_owner'
  | 'missing_due_date'
  | 'too_many'
  | 'unaddressed_cause'
  | 'vague'
  | 'no_actions'
  | 'too_few'
  | 'past_due'
  | 'unaddressed_finding'
  | 'empty_section';

export interface ActionCheckFinding {
  /** Stable while the thing it is about exists, so a cleared check stays cleared on every screen. */
  key: string;
  kind: ActionCheckKind;
  message: string;
  /** The item the finding is about, for missing owner or date. */
  actionId: string | null;
  /** The root cause or contributing factor the finding is about. */
  whyId: string | null;
  /** The "could be improved" note or panel finding the check is about. */
  noteId: string | null;
  /** The report section the check is about (an empty section), by its id in the layout. */
  sectionId: string | null;
  /** Cleared by the facilitator: kept so it can be brought back. */
  dismissed: boolean;
}

export interface ActionCheckInput {
  actions: readonly (Pick<ActionItem, 'id' | 'title' | 'owner' | 'dueOn' | 'status' | 'whyId'> & { noteId?: string | null })[];
  whys: readonly Pick<Why, 'id' | 'kind' | 'text'>[];
  /** Keys the facilitator cleared in this meeting. */
  dismissed: ReadonlySet<string> | readonly string[];
  /**
   * Given when the whole report is checked (readiness): adds the checks that only make sense for the write-up, not
   * while the items are being typed: no items or fewer than three, a due date before `today`, and a "could be
   * improved" note or panel finding that no item addresses.
   */
  report?: {
    /** The meeting's calendar date today, YYYY-MM-DD. */
    today: string;
    notes: readonly Pick<Note, 'id' | 'category' | 'text'>[];
  };
}

export const checkKey = {
  missingOwner: (actionId: string) => `missing-owner:${actionId}`,
  missingDueDate: (actionId: string) => `missing-due-date:${actionId}`,
  tooMany: 'too-many',
  unaddressedCause: (whyId: string) => `unaddressed-cause:${whyId}`,
  vague: (actionId: string) => `vague:${actionId}`,
  noActions: 'no-actions',
  tooFew: 'too-few',
  pastDue: (actionId: string) => `past-due:${actionId}`,
  unaddressedFinding: (noteId: string) => `unaddressed-finding:${noteId}`,
  emptySection: (layout: string, sectionId: string) => `empty-section:${layout}:${sectionId}`,
} as const;

/** The notes an action item should address (seed 001: every finding has an action item). */
const FINDING_NOTE_CATEGORIES: readonly Note['category'][] = ['could_improve', 'perspective_finding'];

const quoted = (text: string) => {
  const trimmed = text.trim();
  if (!trimmed) return 'an untitled one';
  return `“${trimmed.length > 60 ? `${trimmed.slice(0, 59)}…` : trimmed}”`;
};

/**
 * The live checks of seed 002 and the PIR template's failure cases: every item has an owner and a date, the list stays
 * short, and every root cause and contributing factor is addressed by at least one item. A cancelled item needs no
 * owner or date, counts towards no limit and addresses nothing.
 */
export function actionItemChecks({ actions, whys, dismissed, report }: ActionCheckInput): ActionCheckFinding[] {
  const cleared = new Set(dismissed);
  const live = actions.filter((item) => item.status !== 'cancelled');
  const findings: Omit<ActionCheckFinding, 'dismissed'>[] = [];
  const about = { actionId: null, whyId: null, noteId: null, sectionId: null };

  if (report && live.length === 0) {
    findings.push({
      ...about,
      key: checkKey.noActions,
      kind: 'no_actions',
      message: 'There are no action items: every finding needs at least one, or the learning is lost.',
    });
  }

  for (const item of live) {
    if (!item.owner.trim()) {
      findings.push({
        ...about,
        key: checkKey.missingOwner(item.id),
        kind: 'missing_owner',
        message: `${quoted(item.title)} has no owner.`,
        actionId: item.id,
      });
    }
    if (!item.dueOn) {
      findings.push({
        ...about,
        key: checkKey.missingDueDate(item.id),
        kind: 'missing_due_date',
        message: `${quoted(item.title)} has no due date.`,
        actionId: item.id,
      });
    } else if (report && item.dueOn < report.today && item.status !== 'done') {
      findings.push({
        ...about,
        key: checkKey.pastDue(item.id),
        kind: 'past_due',
        message: `${quoted(item.title)} was due on ${item.dueOn}, which has passed: set a new date or mark it done.`,
        actionId: item.id,
      });
    }
    if (isVagueAction(item.title)) {
      findings.push({
        ...about,
        key: checkKey.vague(item.id),
        kind: 'vague',
        message: `${quoted(item.title)} is vague: say what will change and how you will know, with a number, a threshold, a date or the thing to build.`,
        actionId: item.id,
      });
    }
  }

  if (report && live.length > 0 && live.length < MIN_ACTION_ITEMS) {
    findings.push({
      ...about,
      key: checkKey.tooFew,
      kind: 'too_few',
      message: `Only ${live.length === 1 ? 'one action item' : `${live.length} action items`}: aim for ${MIN_ACTION_ITEMS} to ${MAX_ACTION_ITEMS} meaningful ones.`,
    });
  }

  if (live.length > MAX_ACTION_ITEMS) {
    findings.push({
      ...about,
      key: checkKey.tooMany,
      kind: 'too_many',
      message: `${live.length} action items: keep to ${MAX_ACTION_ITEMS} or fewer meaningful ones so they get done.`,
    });
  }

  const addressed = new Set(live.map((item) => item.whyId).filter((id) => id !== null));
  for (const why of whys) {
    if (!isActionableWhy(why) || addressed.has(why.id)) continue;
    const what = why.kind === 'root' ? 'The root cause' : 'The contributing factor';
    findings.push({
      ...about,
      key: checkKey.unaddressedCause(why.id),
      kind: 'unaddressed_cause',
      message: `${what} ${quoted(why.text)} has no action item.`,
      whyId: why.id,
    });
  }

  const addressedNotes = new Set(live.map((item) => item.noteId).filter((id): id is string => typeof id === 'string'));
  for (const note of report?.notes ?? []) {
    if (!FINDING_NOTE_CATEGORIES.includes(note.category) || addressedNotes.has(note.id) || note.text.trim() === '') continue;
    const what = note.category === 'could_improve' ? 'The improvement' : 'The panel finding';
    findings.push({
      ...about,
      key: checkKey.unaddressedFinding(note.id),
      kind: 'unaddressed_finding',
      message: `${what} ${quoted(note.text)} has no action item.`,
      noteId: note.id,
    });
  }

  return findings.map((finding) => ({ ...finding, dismissed: cleared.has(finding.key) }));
}
