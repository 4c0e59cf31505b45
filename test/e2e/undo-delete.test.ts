import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import {
  startServeProcess,
  callApi,
  openWatchedPage,
  useBrowserTestSession,
  consoleSectionTitle,
  goToSection,
  openPrepare,
  closePrepare,
} from '../harness/index.ts';

const EVENT = 'Deploy of checkout v2.31 started';
const PROBLEM = 'Checkout requests failed for 40 minutes';
const CONFLICT = 'Retry budget or bigger pool';
const ACTION = 'Alert on pool saturation';
const LESSON = 'Retry policies are part of capacity planning';
const SPARE = 'Spare discussion';

const WAIT = { timeout: 10_000 };

/** Deletes with `button`, sees the toast say so, presses Ctrl+Z, and sees `shown` come back. */
async function deleteThenUndo(page: Page, button: Locator, shown: Locator, toastText: string): Promise<void> {
  await button.click();
  await expect.poll(() => shown.count(), WAIT).toBe(0);
  await expect.poll(() => page.getByTestId('undo-toast').textContent(), WAIT).toContain(toastText);
  await page.keyboard.press('Control+z');
  await expect.poll(() => shown.count(), WAIT).toBe(1);
  await expect.poll(() => page.getByTestId('undo-toast').textContent(), WAIT).toBe('');
}

describe('undo: Ctrl+Z takes back the last deletion, of any kind', () => {
  const session = useBrowserTestSession();

  it('deletes a timeline event, an agenda section, a why, a conflict, an action item and a note, and undoes each with Ctrl+Z', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const meeting = await callApi<Meeting>(server, 'meetings.create', { title: 'Card payments timing out' });
    const meetingId = meeting.id;
    await callApi(server, 'timeline.add', { meetingId, occurredAt: Date.UTC(2026, 1, 3, 14, 0), precision: 'minute', description: EVENT, actor: 'CI/CD' });
    await callApi(server, 'whys.add', { meetingId, parentId: null, text: PROBLEM, kind: 'problem' });
    await callApi(server, 'conflicts.add', { meetingId, topic: CONFLICT });
    await callApi(server, 'actions.add', { meetingId, title: ACTION });
    await callApi(server, 'notes.add', { meetingId, category: 'lesson', text: LESSON });
    await callApi(server, 'agenda.addSection', { meetingId, title: 'Perspectives', kind: 'perspective', perspective: 'sre', plannedSeconds: 300, position: 3 });
    await callApi(server, 'agenda.addSection', { meetingId, title: SPARE, plannedSeconds: 300 });

    const { page, problems } = await openWatchedPage(session.browser, `${server.url}#/meetings/${meetingId}`, {
      timezoneId: 'UTC',
      viewport: { width: 1920, height: 1080 },
    });
    await consoleSectionTitle(page).waitFor();
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('clock-status').textContent(), WAIT).toBe('Running');

    // An agenda section, from the agenda list in the Prepare drawer.
    await openPrepare(page);
    const agendaRow = page.getByRole('button', { name: `Remove: ${SPARE}` });
    await deleteThenUndo(page, agendaRow, agendaRow, `Removed the section ${SPARE}`);
    await closePrepare(page);

    await goToSection(page, 'Timeline walkthrough', 'PageDown');
    const event = page.getByRole('button', { name: `Delete: ${EVENT}` });
    await deleteThenUndo(page, event, event, `Deleted ${EVENT}`);

    await goToSection(page, 'Root cause (5 Whys)', 'PageDown');
    const why = page.getByRole('button', { name: `Delete "${PROBLEM}"` });
    await deleteThenUndo(page, why, why, `Deleted ${PROBLEM}`);

    await goToSection(page, 'Perspectives', 'PageDown');
    const conflict = page.getByRole('button', { name: `Delete the conflict "${CONFLICT}"` });
    await deleteThenUndo(page, conflict, conflict, `Deleted ${CONFLICT}`);

    await goToSection(page, 'Action items', 'PageDown');
    const action = page.getByRole('button', { name: `Delete ${ACTION}` });
    await deleteThenUndo(page, action, action, `Deleted ${ACTION}`);

    await goToSection(page, 'Closing', 'PageDown');
    const note = page.getByRole('button', { name: `Delete the note "${LESSON}"` });
    await deleteThenUndo(page, note, note, `Deleted ${LESSON}`);

    // Two deletions in a row: Ctrl+Z twice takes back both, newest first.
    await openPrepare(page);
    await page.getByRole('button', { name: `Remove: ${SPARE}` }).click();
    await closePrepare(page);
    await note.click();
    await expect.poll(() => page.getByTestId('undo-toast').textContent(), WAIT).toContain(`Deleted ${LESSON}`);
    await page.keyboard.press('Control+z');
    await expect.poll(() => note.count(), WAIT).toBe(1);
    await expect.poll(() => page.getByTestId('undo-toast').textContent(), WAIT).toContain(`Removed the section ${SPARE}`);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('agenda-outline-item').filter({ hasText: SPARE }).count(), WAIT).toBe(1);

    // Each came back in the database as it was.
    const stored = async <T>(method: string) => callApi<T[]>(server, method, { meetingId });
    expect((await stored<{ description: string }>('timeline.list')).map((e) => e.description)).toEqual([EVENT]);
    expect((await stored<{ text: string }>('whys.list')).map((w) => w.text)).toEqual([PROBLEM]);
    expect((await stored<{ topic: string }>('conflicts.list')).map((c) => c.topic)).toEqual([CONFLICT]);
    expect((await stored<{ title: string }>('actions.list')).map((a) => a.title)).toEqual([ACTION]);
    expect((await stored<{ text: string }>('notes.list')).map((n) => n.text)).toEqual([LESSON]);
    const agenda = await callApi<{ sections: Array<{ title: string }> }>(server, 'agenda.get', { meetingId });
    expect(agenda.sections.map((s) => s.title).at(-1)).toBe(SPARE);
    expect(problems).toEqual([]);
  });
});
