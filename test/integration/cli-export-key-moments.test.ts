import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import type { MeetingArchive } from '../../src/shared/archive/meeting-archive.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { TimelineEvent } from '../../src/shared/domain/timeline.ts';
import { buildReport } from '../../src/shared/report/build-report.ts';
import {
  cmarkGfmRead,
  expectedBlocks,
  killAllChildren,
  ok,
  pandocRead,
  runCliProcess,
  seedDatabase,
  tablesWithHeader,
  useTempDir,
  type Block,
} from '../harness/index.ts';

const at = (clock: string) => Date.parse(`2026-11-20T${clock}:00Z`);
const IMPORT_ID = '1b2c3d4e-0000-4000-8000-000000000171';

/** Issue 17: `export --key-moments` lists only the starred events in the timeline and appends the full timeline. */
describe('npm run cli -- export --key-moments (as a process), read back by cmark-gfm and pandoc', () => {
  const temp = useTempDir('debrief-cli-key-moments-');
  let databasePath: string;
  let meetingId: string;
  const cli = (...args: string[]) => runCliProcess([...args, '--db', databasePath]);

  /** Four events: three from a Slack channel whose name holds a pipe and right-to-left text, one typed; `starred` of them starred. */
  async function seed(starred: readonly number[]): Promise<void> {
    databasePath = temp.file('debrief.sqlite');
    meetingId = await seedDatabase(databasePath, (service) => {
      const call = (method: string, input: unknown) => dispatch(service, method, input);
      const meeting = ok<Meeting>(call('meetings.create', { title: 'Checkout outage', incidentId: 'INC-17', timeZone: 'UTC' }));
      ok(call('timeline.importStart', { meetingId: meeting.id, id: IMPORT_ID }));
      const slack = { source: 'slack_import', origin: '#inc|42 حادثة' };
      ok(
        call('timeline.import', {
          importId: IMPORT_ID,
          events: [
            { occurredAt: at('14:00'), description: 'Deploy of checkout 4.2 started', actor: 'deploybot', ...slack },
            { occurredAt: at('14:05'), description: 'Error rate above 5 % | p99 4 s', actor: 'Sarah Cohen', ...slack },
            { occurredAt: at('14:20'), description: 'Error rate back to normal', actor: 'Grafana', ...slack },
          ],
        }),
      );
      ok(call('timeline.importFinish', { id: IMPORT_ID }));
      ok(call('timeline.add', { meetingId: meeting.id, occurredAt: at('14:09'), description: 'Rollback decided', actor: 'Mara', source: 'manual' }));
      const events = ok<TimelineEvent[]>(call('timeline.list', { meetingId: meeting.id }));
      for (const index of starred) ok(call('timeline.update', { id: events[index]!.id, patch: { keyMoment: true } }));
      return meeting.id;
    });
  }

  const archive = async (): Promise<MeetingArchive> => {
    const result = await cli('export', '--meeting', meetingId, '--format', 'json', '--out', '-');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as MeetingArchive;
  };
  const headings = (blocks: Block[], level: number) => blocks.flatMap((block) => (block.kind === 'heading' && block.level === level ? [block.text] : []));

  afterEach(killAllChildren);

  describe('with two starred events', () => {
    beforeEach(() => seed([1, 2]));

    it('writes Markdown whose timeline holds the key moments and whose last section is the full timeline with sources', async () => {
      const file = temp.file('key.md');
      const result = await cli('export', '--meeting', meetingId, '--format', 'md', '--key-moments', '--out', file);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      const markdown = readFileSync(file, 'utf8');
      const { blocks } = cmarkGfmRead(markdown);
      // GitHub's reader finds exactly the blocks of the report model, built with the same option.
      expect(blocks).toEqual(expectedBlocks(buildReport({ ...(await archive()), backlog: [] }, { layout: 'pir', keyMoments: true })));

      const sections = headings(blocks, 2);
      expect(sections[sections.length - 1]).toBe('Appendix: Full timeline');
      const [keyTable, fullTable] = tablesWithHeader(blocks, ['Time', 'Event', 'Actor', 'Phase']);
      expect(keyTable?.rows.map((row) => row.slice(0, 3))).toEqual([
        ['14:05', 'Error rate above 5 % | p99 4 s', 'Sarah Cohen'],
        ['14:09', 'Rollback decided', 'Mara'],
      ]);
      expect(fullTable?.header).toEqual(['Time', 'Event', 'Actor', 'Phase', 'Source', 'Key moment']);
      expect(fullTable?.rows.map((row) => [row[1], row[4], row[5]])).toEqual([
        ['Deploy of checkout 4.2 started', 'Slack · #inc|42 حادثة', ''],
        ['Error rate above 5 % | p99 4 s', 'Slack · #inc|42 حادثة', 'Yes'],
        ['Rollback decided', 'Typed', 'Yes'],
        ['Error rate back to normal', 'Slack · #inc|42 حادثة', ''],
      ]);
    });

    it('writes a Word document in which pandoc finds the key moments, then the appendix with every event', async () => {
      const file = temp.file('key.docx');
      const result = await cli('export', '--meeting', meetingId, '--format', 'docx', '--key-moments', '--out', file);
      expect(result.code).toBe(0);
      const reading = await pandocRead(file);
      const timelines = reading.tables.filter((table) => table.head[0]?.[0] === 'Time');
      expect(timelines).toHaveLength(2);
      expect(timelines[0]?.body.map((row) => row[1])).toEqual(['Error rate above 5 % | p99 4 s', 'Rollback decided']);
      expect(timelines[1]?.head).toEqual([['Time', 'Event', 'Actor', 'Phase', 'Source', 'Key moment']]);
      expect(timelines[1]?.body.map((row) => [row[1], row[4], row[5]])).toEqual([
        ['Deploy of checkout 4.2 started', 'Slack · #inc|42 حادثة', ''],
        ['Error rate above 5 % | p99 4 s', 'Slack · #inc|42 حادثة', 'Yes'],
        ['Rollback decided', 'Typed', 'Yes'],
        ['Error rate back to normal', 'Slack · #inc|42 حادثة', ''],
      ]);
      expect(reading.text.indexOf('Appendix: Full timeline')).toBeGreaterThan(reading.text.indexOf('Key moments only: 2 key moments of 4 events'));
    });

    it('publishes with --key-moments: the published Markdown and Word reports carry the key moments and the appendix', async () => {
      const library = temp.file('library');
      const result = await cli('publish', '--meeting', meetingId, '--to', library, '--key-moments');
      expect(result.code).toBe(0);
      const folder = result.stdout.trim();
      const files = readdirSync(folder);
      const markdownFile = files.find((name) => name.endsWith('.md'));
      const docxFile = files.find((name) => name.endsWith('.docx'));
      const { blocks } = cmarkGfmRead(readFileSync(path.join(folder, markdownFile ?? ''), 'utf8'));
      expect(headings(blocks, 2).at(-1)).toBe('Appendix: Full timeline');
      expect(tablesWithHeader(blocks, ['Time', 'Event'])[0]?.rows).toHaveLength(2);
      const reading = await pandocRead(path.join(folder, docxFile ?? ''));
      expect(reading.tables.filter((table) => table.head[0]?.[0] === 'Time').map((table) => table.body.length)).toEqual([2, 4]);
    });

    it('without the flag writes the whole timeline and no appendix', async () => {
      const result = await cli('export', '--meeting', meetingId, '--format', 'md', '--out', '-');
      expect(result.code).toBe(0);
      const { blocks } = cmarkGfmRead(result.stdout);
      expect(headings(blocks, 2)).not.toContain('Appendix: Full timeline');
      expect(tablesWithHeader(blocks, ['Time', 'Event'])[0]?.rows).toHaveLength(4);
    });
  });

  it('says so on standard error when no event is starred, and writes the report unchanged', async () => {
    await seed([]);
    const plain = await cli('export', '--meeting', meetingId, '--format', 'md', '--out', '-');
    const keyed = await cli('export', '--meeting', meetingId, '--format', 'md', '--key-moments', '--out', '-');
    expect(keyed.code).toBe(0);
    expect(keyed.stderr).toBe('note: --key-moments: no event is starred as a key moment, so the report shows the whole timeline\n');
    expect(keyed.stdout).toBe(plain.stdout);
  });
});
