import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import { openDatabase } from '../../src/main/db/open.ts';
import { createService } from '../../src/main/service/service.ts';
import type { TimelineEvent } from '../../src/shared/domain/timeline.ts';
import { killAllChildren, ok, runCliProcess, useTempDir } from '../harness/index.ts';
import { zipFolder } from '../harness/zip-folder.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/timeline-formats/slack/', import.meta.url));
const INCIDENT = 'inc-311-card-payments';
const TOO_LONG = `  line 12: ${INCIDENT}/2026-03-15.json message 6: description: must be at most 5000 characters`;

describe('npm run cli -- import-timeline with a Slack export ZIP (as a process)', () => {
  const temp = useTempDir('debrief-cli-slack-');
  let databasePath: string;
  let meetingId: string;
  let zipPath: string;
  const cli = (...args: string[]) => runCliProcess([...args, '--db', databasePath]);

  /** The meeting's timeline as timeline.list answers it, read after the CLI process has exited. */
  async function storedTimeline(): Promise<TimelineEvent[]> {
    const db = await openDatabase(databasePath);
    try {
      return ok<TimelineEvent[]>(dispatch(createService(db), 'timeline.list', { meetingId }));
    } finally {
      db.close();
    }
  }

  beforeEach(async () => {
    databasePath = temp.file(path.join('data', 'debrief.sqlite'));
    const created = await cli('create', '--title', 'Card payments outage');
    expect(created.code).toBe(0);
    meetingId = created.stdout.trim();
    zipPath = temp.file('acme-slack-export.zip');
    writeFileSync(zipPath, zipFolder(FIXTURE));
  });
  afterEach(killAllChildren);

  it('recognises the export without --format and imports every channel, replies marked, with source slack_import', async () => {
    const result = await cli('import-timeline', '--meeting', meetingId, '--file', zipPath);
    expect(result.stderr.trimEnd().split('\n')).toEqual(['Rejected 1 row:', TOO_LONG]);
    expect(result.stdout.trim()).toBe('Imported 15 events; skipped 0 likely duplicates; rejected 1 row.');
    expect(result.code).toBe(0);

    const events = await storedTimeline();
    expect(events).toHaveLength(15);
    expect(new Set(events.map((event) => event.source))).toEqual(new Set(['slack_import']));
    expect(events.slice(0, 4).map((event) => [new Date(event.occurredAt).toISOString(), event.actor, event.description, event.origin])).toEqual([
      ['2026-03-14T23:38:00.000Z', 'Alertmanager', '[FIRING:1] PaymentsQueueBacklog on payments-consumer-3', '#ops-alerts'],
      [
        '2026-03-14T23:41:10.000Z',
        'Dana Okafor',
        'Declaring SEV2: card payments failing for @here. Dashboard: payments dashboard (https://grafana.example.com/d/pay?orgId=1&from=now-1h)',
        `#${INCIDENT}`,
      ],
      ['2026-03-14T23:44:30.000Z', 'Li W.', 'Checkout p99 > 4 s since 23:30; queue depth 48k & rising', `#${INCIDENT}`],
      ['2026-03-14T23:45:00.000Z', 'נועה לוי', '@Dana Okafor rolling back deploy 7f3c, see #ops-alerts and #random', `#${INCIDENT}, reply in thread`],
    ]);
    expect(events.filter((event) => event.origin.endsWith('reply in thread')).map((event) => new Date(event.occurredAt).toISOString())).toEqual([
      '2026-03-14T23:45:00.000Z',
      '2026-03-15T00:03:10.000Z',
      '2026-03-15T00:04:00.000Z',
    ]);
  });

  it('--format slack --channel reads only that channel, and --from/--until keep only the window', async () => {
    const channel = await cli('import-timeline', '--meeting', meetingId, '--file', zipPath, '--format', 'slack', '--channel', 'ops-alerts');
    expect(channel.stdout.trim()).toBe('Imported 3 events; skipped 0 likely duplicates; rejected 0 rows.');
    expect(channel.code).toBe(0);
    expect((await storedTimeline()).map((event) => [event.actor, event.origin, event.source])).toEqual([
      ['Alertmanager', '#ops-alerts', 'slack_import'],
      ['Grafana', '#ops-alerts', 'slack_import'],
      ['Dana Okafor', '#ops-alerts', 'slack_import'],
    ]);

    const windowed = await cli(
      'import-timeline',
      '--meeting',
      meetingId,
      '--file',
      zipPath,
      '--format',
      'slack',
      '--channel',
      INCIDENT,
      '--from',
      '2026-03-15T00:00Z',
      '--until',
      '2026-03-15T00:05Z',
    );
    expect(windowed.stdout.trim()).toBe('Imported 2 events; skipped 0 likely duplicates; rejected 0 rows.');
    expect(windowed.code).toBe(0);
    const added = (await storedTimeline()).filter((event) => event.origin.startsWith(`#${INCIDENT}`));
    expect(added.map((event) => [new Date(event.occurredAt).toISOString(), event.actor, event.origin])).toEqual([
      ['2026-03-15T00:03:10.000Z', 'Li W.', `#${INCIDENT}, reply in thread`],
      ['2026-03-15T00:04:00.000Z', 'Dana Okafor', `#${INCIDENT}, reply in thread`],
    ]);
  });

  it('names the channels the export has when --channel names none of them, imports nothing and exits 1', async () => {
    const result = await cli('import-timeline', '--meeting', meetingId, '--file', zipPath, '--channel', 'war-room');
    expect(result.stdout.trim()).toBe('Imported 0 events; skipped 0 likely duplicates; rejected 1 row.');
    expect(result.stderr).toContain('channel: the export has no channel named war-room; it has inc-311-card-payments, ops-alerts, random');
    expect(result.code).toBe(1);
    expect(await storedTimeline()).toEqual([]);
  });

  it('a second import of the same export skips every message as a likely duplicate', async () => {
    await cli('import-timeline', '--meeting', meetingId, '--file', zipPath, '--channel', 'ops-alerts');
    const again = await cli('import-timeline', '--meeting', meetingId, '--file', zipPath, '--channel', 'ops-alerts');
    expect(again.stdout.split('\n')[0]).toBe('Imported 0 events; skipped 3 likely duplicates; rejected 0 rows.');
    expect(again.code).toBe(0);
    expect(await storedTimeline()).toHaveLength(3);
  });
});
