/**
 * The key an action item carries into a tracker (a Jira label, a line of a GitHub or GitLab issue's body), so that a
 * status coming back from the tracker finds its item again. It is the item's own id, which never changes.
 */
const PREFIX = 'debrief-';

export function trackerKey(actionItemId: string): string {
  return `${PREFIX}${actionItemId}`;
}

/** The action item id a tracker key names, or null when the text is not one of our keys. */
export function actionIdOfTrackerKey(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith(PREFIX)) return null;
  const id = trimmed.slice(PREFIX.length);
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? id.toLowerCase() : null;
}
