import { ACTION_CATEGORY_LABELS, ACTION_HORIZON_LABELS, ACTION_STATUS_LABELS } from '../../domain/actions.ts';
import { personNameKey } from '../../domain/person.ts';
import { trackerKey } from '../tracker-key.ts';
import type { DirectoryPerson, ExportedAction, ExportedReview } from './types.ts';

/** "INC-2041 Checkout outage", or the title alone when the review has no incident id. */
export function reviewName(review: ExportedReview): string {
  return review.incidentId === '' ? review.title : `${review.incidentId} ${review.title}`;
}

/** The facts of an item as "Label: value" lines, text as typed; the lines every tracker's description starts from. */
export function actionFactLines(action: ExportedAction): string[] {
  const { item } = action;
  return [
    `Review: ${reviewName(action.review)}`,
    `Owner: ${item.owner === '' ? '(none)' : item.owner}`,
    `Due date: ${item.dueOn ?? '(none)'}`,
    `Priority: ${item.priority}`,
    `Horizon: ${ACTION_HORIZON_LABELS[item.horizon]}`,
    ...(item.category === null ? [] : [`Category: ${ACTION_CATEGORY_LABELS[item.category]}`]),
    `Status: ${ACTION_STATUS_LABELS[item.status]}`,
    ...(action.addresses === null ? [] : [`Addresses: ${action.addresses}`]),
    `Tracker key: ${trackerKey(item.id)}`,
  ];
}

/** A short way to name an item in a warning: its title on one line, cut at 80 characters. */
export function itemName(action: ExportedAction): string {
  const oneLine = action.item.title.replace(/\s+/g, ' ').trim();
  return `"${oneLine.length > 80 ? `${oneLine.slice(0, 79)}…` : oneLine}"`;
}

export type Tracker = 'jira' | 'github';

/** Jira's importer takes an account (a user name or id) or an e-mail address as Assignee; GitHub only a login. */
const IDENTITY: Readonly<Record<Tracker, { what: string; of: (person: DirectoryPerson) => string }>> = {
  jira: { what: 'Jira user or e-mail', of: (person) => person.jiraUser.trim() || person.email.trim() },
  github: { what: 'GitHub login', of: (person) => person.githubLogin.trim() },
};

const directories = new WeakMap<readonly DirectoryPerson[], ReadonlyMap<string, DirectoryPerson>>();

/** The directory by name key, made once per list; the first person of a key wins (names are unique ignoring case). */
function byName(people: readonly DirectoryPerson[]): ReadonlyMap<string, DirectoryPerson> {
  let map = directories.get(people);
  if (!map) {
    const built = new Map<string, DirectoryPerson>();
    for (const person of people) if (!built.has(personNameKey(person.name))) built.set(personNameKey(person.name), person);
    directories.set(people, built);
    map = built;
  }
  return map;
}

/**
 * The owner's identity in one tracker, from the people directory, or a warning: an owner the directory cannot map is
 * left unassigned rather than guessed (the issue: "When the mapping is missing, the export says so instead of guessing").
 */
export function ownerIdentity(
  action: ExportedAction,
  people: readonly DirectoryPerson[] | undefined,
  tracker: Tracker,
): { identity: string; warning: string | null } {
  const owner = action.item.owner;
  if (owner === '') return { identity: '', warning: `item ${itemName(action)} has no owner: left unassigned` };
  const person = byName(people ?? []).get(personNameKey(owner));
  const { what, of } = IDENTITY[tracker];
  if (person === undefined) {
    return { identity: '', warning: `owner "${owner}" is not in the people directory (item ${itemName(action)}): left unassigned` };
  }
  const identity = of(person);
  if (identity === '') {
    return { identity: '', warning: `no ${what} for owner "${owner}" in the people directory (item ${itemName(action)}): left unassigned` };
  }
  return { identity, warning: null };
}
