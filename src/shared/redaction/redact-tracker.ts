import type { DirectoryPerson, ExportedAction, ExportedReview, TrackerExportInput } from '../actions/tracker-export/types.ts';
import { personNameKey } from '../domain/person.ts';
import { termsPattern } from './detect.ts';
import { isStructuralPath, type RedactionScan } from './redact-archive.ts';
import { redactStrings, scanStrings, type StringPath } from './redact-strings.ts';

/**
 * Redaction of what a tracker file (Jira or GitLab CSV, GitHub script, spreadsheet, calendar) is made from: the rows
 * writeTrackerExport takes. Every tracker writer builds from this input, so redacting it once covers every format, as
 * redact-archive.ts does for the report. The same detectors, names and replacements; the stored items never change.
 */

/** What a tracker file is made of, as it is scanned: the items, their reviews, and the directory entries of the owners. */
interface TrackerMaterial {
  actions: readonly ExportedAction[];
  reviews: readonly ExportedReview[];
  people: DirectoryPerson[];
}

/**
 * Fields the writers read as codes or dates (priority, status, a due date), which are never anyone's typed secret and
 * must stay valid for the file to import; and an item's author, which no tracker file holds.
 */
const CODED = new Set(['priority', 'horizon', 'category', 'status', 'dueOn', 'followUpReviewOn', 'author']);

/**
 * Paths neither scanned nor changed: ids, codes, an item's copy of its review (the review is scanned once, in
 * `reviews`) and a person's name (only used to match an owner; the owner is what the file says).
 */
function isSkippedPath(path: StringPath): boolean {
  const key = path.at(-1);
  if (isStructuralPath(path) || (typeof key === 'string' && CODED.has(key))) return true;
  if (path[0] === 'actions' && path[2] === 'review') return true;
  return path[0] === 'people' && key === 'name';
}

const skip = { skip: isSkippedPath };

/** Only the people an item's owner names: the others are not in the file, so nothing of theirs is reviewed. */
function materialOf(input: TrackerExportInput): TrackerMaterial {
  const owners = new Set(input.actions.map((action) => personNameKey(action.item.owner)).filter((key) => key !== ''));
  const people = (input.people ?? [])
    .filter((person) => owners.has(personNameKey(person.name)))
    .map(({ name, email, jiraUser, githubLogin }) => ({ name, email, jiraUser, githubLogin }));
  return { actions: input.actions, reviews: input.reviews, people };
}

/** Every finding in the text a tracker file would hold, each value once with its places (no images in these files). */
export function scanTrackerInput(input: TrackerExportInput, terms: readonly string[]): RedactionScan {
  return { findings: scanStrings(materialOf(input), termsPattern(terms), skip), images: 0 };
}

/**
 * A copy of the input with every finding replaced except the keys in `kept` (Finding.key), for writeTrackerExport.
 * An owner whose name was replaced is left out of the directory, so the file does not name them through their tracker
 * account; a Jira user, e-mail or GitHub login that was replaced is left empty rather than written as "[email]". The
 * writers then leave such an item unassigned and say so in their warnings.
 */
export function redactTrackerInput(input: TrackerExportInput, terms: readonly string[], kept: ReadonlySet<string> = new Set()): TrackerExportInput {
  const names = termsPattern(terms);
  const material = materialOf(input);
  const redacted = redactStrings(material, names, kept, skip);
  const reviews = new Map(redacted.reviews.map((review) => [review.id, review]));
  const actions = redacted.actions.map((action) => ({
    ...action,
    review: reviews.get(action.review.id) ?? redactStrings(action.review, names, kept, skip),
  }));
  if (input.people === undefined) return { actions, reviews: redacted.reviews };
  const people = material.people.flatMap((person, index): DirectoryPerson[] => {
    const after = redacted.people[index];
    if (after === undefined || redactStrings(person.name, names, kept) !== person.name) return [];
    const identity = (field: 'email' | 'jiraUser' | 'githubLogin') => (after[field] === person[field] ? person[field] : '');
    return [{ name: person.name, email: identity('email'), jiraUser: identity('jiraUser'), githubLogin: identity('githubLogin') }];
  });
  return { actions, reviews: redacted.reviews, people };
}
