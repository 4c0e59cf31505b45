import fs from 'node:fs';
import DatabaseConstructor from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import { killAllChildren, ok, runToExit, CLI_ENTRY, seedDatabase, timelineCsv, useTempDir } from '../harness/index.ts';

const ROWS = 100_000;

/**
 * Issue 17: an import lands whole or not at all. Ctrl+C (SIGINT) or a plain kill (SIGTERM) while the CLI writes its
 * chunks takes back what it had stored, says so, and exits 130, as a shell reports an interrupted command.
 */
describe('npm run cli -- import-timeline, interrupted (as a process)', () => {
  const temp = useTempDir('debrief-cli-interrupt-');
  afterEach(killAllChildren);

  async function meetingWithOneEvent(databasePath: string): Promise<string> {
    return seedDatabase(databasePath, (service) => {
      const meeting = ok<Meeting>(dispatch(service, 'meetings.create', { title: 'Checkout outage', timeZone: 'UTC' }));
      ok(dispatch(service, 'timeline.add', { meetingId: meeting.id, occurredAt: Date.parse('2017-01-31T23:00:00Z'), description: 'Typed before the import' }));
      return meeting.id;
    });
  }

  /** What another process reading the file sees: the meeting's events and the imports' states. */
  function stored(databasePath: string) {
    const db = new DatabaseConstructor(databasePath, { readonly: true, fileMustExist: true });
    try {
      const events = db.prepare('SELECT description FROM timeline_events').all() as Array<{ description: string }>;
      const imports = db.prepare('SELECT state, event_count AS count FROM timeline_imports ORDER BY started_at').all() as Array<{
        state: string;
        count: number;
      }>;
      return { events: events.map((event) => event.description), imports };
    } finally {
      db.close();
    }
  }

  /** Runs the import and sends `signal` once its first chunks are in, as read from the file by another process. */
  function importAndInterrupt(databasePath: string, meetingId: string, csv: string, signal: NodeJS.Signals) {
    let sentAtCount = 0;
    const exited = runToExit(CLI_ENTRY, ['import-timeline', '--meeting', meetingId, '--file', csv, '--db', databasePath], {}, 120_000, {
      onStart(child) {
        const poll = setInterval(() => {
          if (!fs.existsSync(`${databasePath}-wal`)) return;
          const running = stored(databasePath).imports.find((entry) => entry.state === 'running' && entry.count > 0);
          if (!running) return;
          clearInterval(poll);
          sentAtCount = running.count;
          child.kill(signal);
        }, 10);
        child.on('exit', () => clearInterval(poll));
      },
    });
    return exited.then((result) => ({ ...result, sentAtCount }));
  }

  it.each(['SIGINT', 'SIGTERM'] as const)('%s while chunks are written removes every stored event and exits 130', async (signal) => {
    const databasePath = temp.file(`${signal}.sqlite`);
    const meetingId = await meetingWithOneEvent(databasePath);
    const csv = temp.file(`${signal}.csv`);
    fs.writeFileSync(csv, timelineCsv(ROWS));

    const result = await importAndInterrupt(databasePath, meetingId, csv, signal);
    const { sentAtCount } = result;

    expect(sentAtCount).toBeGreaterThan(0);
    expect(sentAtCount).toBeLessThan(ROWS);
    expect(result.code).toBe(130);
    // After the progress lines of the chunks stored before the signal.
    expect(result.stderr.trimEnd().split('\n').at(-1)).toMatch(/^error: the import was interrupted; the events it had stored were removed again/);
    const after = stored(databasePath);
    expect(after.events).toEqual(['Typed before the import']);
    expect(after.imports).toEqual([{ state: 'removed', count: 0 }]);
  });

  it('SIGKILL, which nothing can catch: the next run removes what the killed one stored before it reads the timeline', async () => {
    const databasePath = temp.file('sigkill.sqlite');
    const meetingId = await meetingWithOneEvent(databasePath);
    const csv = temp.file('sigkill.csv');
    fs.writeFileSync(csv, timelineCsv(30_000));
    const killed = await importAndInterrupt(databasePath, meetingId, csv, 'SIGKILL');
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.sentAtCount).toBeGreaterThan(0);
    expect(stored(databasePath).imports).toEqual([{ state: 'running', count: killed.sentAtCount }]);

    // Run again at once: the killed run's rows are not in the meeting any more, so none is skipped as already there.
    const again = await runToExit(CLI_ENTRY, ['import-timeline', '--meeting', meetingId, '--file', csv, '--db', databasePath, '--json'], {}, 120_000);
    expect(again.code).toBe(0);
    const report = JSON.parse(again.stdout) as { imported: number; duplicates: Array<{ of: string }> };
    expect(report.duplicates.filter((duplicate) => duplicate.of === 'meeting')).toEqual([]);
    const after = stored(databasePath);
    expect(after.imports).toEqual([
      { state: 'removed', count: 0 },
      { state: 'finished', count: report.imported },
    ]);
    expect(after.events).toHaveLength(report.imported + 1);
  });
});
