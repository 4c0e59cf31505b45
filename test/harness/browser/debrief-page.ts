import type { Locator, Page } from 'playwright-core';

/** Page actions and reads in the words a user would use, so the test reads as the flow it checks. */

export async function createMeeting(page: Page, meeting: { title: string; incidentId: string; severity?: string }): Promise<void> {
  const form = page.getByRole('form', { name: 'New meeting' });
  await form.getByLabel('Title').fill(meeting.title);
  await form.getByLabel('Incident ID').fill(meeting.incidentId);
  if (meeting.severity) await form.getByLabel('Severity').selectOption(meeting.severity);
  await form.getByRole('button', { name: 'Create meeting' }).click();
  await page.getByRole('link', { name: meeting.title }).waitFor();
}

/** Creates a meeting from the library, opens its console, and returns its id (from the address). */
export async function createAndOpenMeeting(page: Page, meeting: { title: string; incidentId: string; severity?: string }): Promise<string> {
  await createMeeting(page, meeting);
  await page.getByRole('link', { name: meeting.title }).click();
  await page.getByRole('heading', { level: 1, name: meeting.title }).waitFor();
  return decodeURIComponent(/#\/meetings\/([^/?]+)/.exec(page.url())?.[1] ?? '');
}

export function quickAddForm(page: Page): Locator {
  return page.getByRole('form', { name: 'Add a timeline event' });
}

export function editForm(page: Page): Locator {
  return page.getByRole('form', { name: 'Edit timeline event' });
}

/** Types an event the keyboard way: time, actor, then the description and Enter. */
export async function addEvent(page: Page, event: { time: string; description: string; actor: string }): Promise<void> {
  const form = quickAddForm(page);
  await form.getByLabel('Time').fill(event.time);
  await form.getByLabel('Actor').fill(event.actor);
  const description = form.getByLabel('Description');
  await description.fill(event.description);
  await description.press('Enter');
}

export function timelineRows(page: Page): Locator {
  return page.getByRole('list', { name: 'Timeline, in time order' }).getByRole('listitem');
}

export function timelineRow(page: Page, description: string): Locator {
  return timelineRows(page).filter({ hasText: description });
}

export interface ShownEvent {
  time: string;
  description: string;
  actor: string;
  status: string;
}

/** The timeline as shown, top to bottom. */
export async function shownTimeline(page: Page): Promise<ShownEvent[]> {
  return timelineRows(page).evaluateAll((rows) =>
    rows.map((row) => ({
      time: row.querySelector('.timeline-row__time')?.textContent ?? '',
      description: row.querySelector('.timeline-row__description')?.textContent ?? '',
      actor: row.querySelector('.timeline-row__actor')?.textContent ?? '',
      status: row.getAttribute('data-status') ?? '',
    })),
  );
}

/** Waits until no row is saving any more. */
export async function waitUntilAllSaved(page: Page): Promise<void> {
  await page.locator('.timeline-row[data-status="saving"]').first().waitFor({ state: 'detached' });
}
