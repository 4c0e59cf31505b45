import { ACTION_CATEGORY_LABELS, ACTION_HORIZON_LABELS, ACTION_STATUS_LABELS } from '../../domain/actions.ts';
import { trackerKey } from '../tracker-key.ts';
import type { ExportedAction, ExportedReview, TrackerIdentities, TrackerIdentity } from './types.ts';

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

/**
 * The owner's identity in one tracker, or a warning: an owner we cannot map is left unassigned rather than guessed
 * (the issue: "When the mapping is missing, the export says so instead of guessing").
 */
export function ownerIdentity(
  action: ExportedAction,
  identities: TrackerIdentities | undefined,
  tracker: keyof TrackerIdentity,
  what: string,
): { identity: string; warning: string | null } {
  const owner = action.item.owner;
  if (owner === '') return { identity: '', warning: `item ${itemName(action)} has no owner: left unassigned` };
  const identity = Object.hasOwn(identities ?? {}, owner) ? identities?.[owner]?.[tracker]?.trim() : undefined;
  if (identity === undefined || identity === '') {
    return { identity: '', warning: `no ${what} for owner "${owner}" (item ${itemName(action)}): left unassigned` };
  }
  return { identity, warning: null };
}
