import type { ActionStatus } from '../../domain/actions.ts';

/** Jira groups every status, whatever a workflow calls it, into one of three categories. */
export type JiraStatusCategory = 'To Do' | 'In Progress' | 'Done';

export const STATUS_OF_CATEGORY: Readonly<Record<JiraStatusCategory, ActionStatus>> = {
  'To Do': 'open',
  'In Progress': 'in_progress',
  Done: 'done',
};

const normalised = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** The category names as exported, and the REST API's category keys (new, indeterminate, done). */
const CATEGORY_NAMES: ReadonlyMap<string, JiraStatusCategory> = new Map([
  ['to do', 'To Do'],
  ['new', 'To Do'],
  ['in progress', 'In Progress'],
  ['indeterminate', 'In Progress'],
  ['done', 'Done'],
]);

/** The statuses of Jira's default workflows, for an export without a Status Category column. */
const CATEGORY_OF_STATUS: ReadonlyMap<string, JiraStatusCategory> = new Map([
  ['to do', 'To Do'],
  ['open', 'To Do'],
  ['backlog', 'To Do'],
  ['selected for development', 'To Do'],
  ['in progress', 'In Progress'],
  ['in review', 'In Progress'],
  ['done', 'Done'],
  ['closed', 'Done'],
  ['resolved', 'Done'],
]);

/**
 * The status an action item takes from a Jira issue: by the status category when the export has one,
 * otherwise by the status name of Jira's default workflows; null when neither says which category it is.
 */
export function actionStatusOfJira(status: string, statusCategory: string | null): ActionStatus | null {
  const category = statusCategory === null ? CATEGORY_OF_STATUS.get(normalised(status)) : CATEGORY_NAMES.get(normalised(statusCategory));
  return category === undefined ? null : STATUS_OF_CATEGORY[category];
}
