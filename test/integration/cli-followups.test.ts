import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import type { FollowupsReport } from '../../src/main/cli/commands/followups.ts';
import type { ActionItem } from '../../src/shared/domain/actions.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import { killAllChildren, ok, runCliProcess, seedDatabase, useTempDir } from '../harness/index.ts';

const DAY = 24 * 60 * 60 * 1000;
const dateIn = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

/** Issue 15: `followups [--owner NAME] [--status S] [--overdue] [--stale]`, with --json and --db like every command. */
describe('npm run cli -- followups (as a process)', () => {
  const temp = useTempDir('debrief-cli-followups-');
  afterEach(killAllChildren);

  const seeded = async () => {
    const databasePath = temp.file(path.join('data', 'debrief.sqlite'));
    let clock = Date.now() - 45 * DAY;
    await seedDatabase(
      databasePath,
      (service) => {
        const meeting = ok<Meeting>(dispatch(service, 'meetings.create', { title: 'Checkout outage', incidentId: 'INC-7' }));
        const add = (fields: Record<string, unknown>) => ok<ActionItem>(dispatch(service, 'actions.add', { meetingId: meeting.id, ...fields }));
        // Untouched for 45 days: stale, and overdue since three days.
        add({ title: 'Alert on queue depth', owner: 'Ana Lima', dueOn: dateIn(-3) });
        clock = Date.now() - 10 * DAY;
        add({ title: 'Runbook | for "payments"\nsecond line', owner: 'Bo', dueOn: dateIn(5), status: 'in_progress' });
        const loadTest = add({ title: 'Load test', owner: 'ana lima', dueOn: dateIn(-20), status: 'done' });
        ok(dispatch(service, 'effectiveness.record', { id: loadTest.id, patch: { outcome: 'partly', note: 'Caught one of two regressions' } }));
      },
      { clock: () => clock },
    );
    // The process reads dates in its own zone; UTC here, as dateIn() counts them.
    const cli = (...args: string[]) => runCliProcess(['followups', ...args, '--db', databasePath], { TZ: 'UTC' });
    const json = async (...args: string[]) => {
      const result = await cli(...args, '--json');
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      return JSON.parse(result.stdout) as FollowupsReport;
    };
    return { cli, json };
  };

  it('filters by owner, status, overdue and stale, soonest due first', async () => {
    const { json } = await seeded();
    const titles = (report: FollowupsReport) => report.rows.map((row) => row.item.title);
    const all = await json();
    expect([all.total, all.staleDays]).toEqual([3, 30]);
    expect(titles(all)).toEqual(['Load test', 'Alert on queue depth', 'Runbook | for "payments"\nsecond line']);
    expect(titles(await json('--owner', 'ANA LIMA'))).toEqual(['Load test', 'Alert on queue depth']);
    expect(titles(await json('--overdue'))).toEqual(['Alert on queue depth']);
    expect(titles(await json('--stale'))).toEqual(['Alert on queue depth']);
    expect(titles(await json('--stale', '--stale-days', '7'))).toEqual(['Alert on queue depth', 'Runbook | for "payments"\nsecond line']);
    expect(titles(await json('--status', 'in-progress', '--status', 'done'))).toEqual(['Load test', 'Runbook | for "payments"\nsecond line']);
    expect(titles(await json('--owner', 'Bo', '--overdue'))).toEqual([]);
    // Each row carries its effectiveness result, or null before any check.
    expect(all.rows.map((row) => [row.item.title, row.effectiveness?.outcome ?? null, row.effectiveness?.note ?? null])).toEqual([
      ['Load test', 'partly', 'Caught one of two regressions'],
      ['Alert on queue depth', null, null],
      ['Runbook | for "payments"\nsecond line', null, null],
    ]);
  });

  it('prints a table, one line per item, saying overdue and stale in words', async () => {
    const { cli } = await seeded();
    const result = await cli('--owner', 'ana lima');
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID +TITLE +REVIEW +OWNER +DUE +PRIORITY +STATUS +AGE +LAST CHANGE +STATE +EFFECT$/);
    expect(lines[1]).toMatch(/Load test +INC-7 Checkout outage +ana lima .* Done +10 d .* - +Partly$/);
    expect(lines[2]).toMatch(/Alert on queue depth .* Open +45 d .* overdue, stale +Not checked$/);
    expect(lines.at(-1)).toMatch(/^2 items: 1 overdue, 1 stale \(today is \d{4}-\d{2}-\d{2}\)\.$/);

    const hostile = await cli('--owner', 'Bo');
    expect(hostile.stdout.split('\n')[1]).toContain('Runbook | for "payments" second line');
  });

  it('refuses a status or a number of days it does not know, saying which', async () => {
    const { cli } = await seeded();
    const status = await cli('--status', 'closed');
    expect(status.code).toBe(2);
    expect(status.stderr).toContain('--status: must be open, in-progress, done or cancelled, not "closed"');
    const days = await cli('--stale-days', 'soon');
    expect(days.code).toBe(2);
    expect(days.stderr).toContain('--stale-days: must be a whole number of days');
  });
});
