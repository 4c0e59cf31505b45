import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibrarySearchHit } from '../../src/shared/api/library.ts';
import { killAllChildren, ok, runCliProcess, seedDatabase, useTempDir } from '../harness/index.ts';
import { dispatch } from '../../src/main/api/dispatch.ts';

/** Issue 16's CLI: `search QUERY [--limit N] [--json]` prints the reviews that match, best first. */
describe('npm run cli -- search (as a process)', () => {
  const temp = useTempDir('debrief-cli-search-');
  let databasePath: string;
  let outage: string;
  let latency: string;
  const cli = (...args: string[]) => runCliProcess([...args, '--db', databasePath]);

  beforeEach(async () => {
    databasePath = temp.file(path.join('data', 'debrief.sqlite'));
    [outage, latency] = await seedDatabase(databasePath, (service) => {
      const call = (method: string, input: unknown) => ok<{ id: string }>(dispatch(service, method, input));
      const first = call('meetings.create', { title: 'Checkout outage', incidentId: 'INC-2041', severity: 'SEV1' }).id;
      call('meetings.update', { id: first, patch: { incidentStartedAt: Date.UTC(2026, 2, 4, 9), timeZone: 'UTC' } });
      call('timeline.add', { meetingId: first, occurredAt: Date.UTC(2026, 2, 4, 9, 5), description: 'Connection pool \u202Eexhausted on the primary' });
      const second = call('meetings.create', { title: 'Search latency \u202Ereversed', incidentId: '' }).id;
      call('actions.add', { meetingId: second, title: 'Size the connection pool from load tests' });
      return [first, second];
    });
  });
  afterEach(killAllChildren);

  it('prints each matching review with where it matched and the matched words marked', async () => {
    const result = await cli('search', 'pool', 'exhausted');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('INC-2041  Checkout outage  SEV1  2026-03-04');
    expect(lines[1]).toBe('  Timeline event: Connection »pool« »exhausted« on the primary');
    expect(lines[2]).toBe(`  ${outage}`);
    expect(result.stdout).not.toContain('\u202E');
    expect(lines).toHaveLength(3);
  });

  it('answers JSON with --json, limits with --limit, and says when nothing matches', async () => {
    const json = await cli('search', 'connection', '--json');
    const hits = JSON.parse(json.stdout) as LibrarySearchHit[];
    expect(new Set(hits.map((hit) => hit.meetingId))).toEqual(new Set([outage, latency]));
    expect(hits.find((hit) => hit.meetingId === latency)).toMatchObject({ kind: 'action_item', field: 'title' });
    expect(hits.flatMap((hit) => hit.snippet.filter((part) => part.match).map((part) => part.text.toLowerCase()))).toEqual(['connection', 'connection']);

    const limited = JSON.parse((await cli('search', 'connection', '--limit', '1', '--json')).stdout) as LibrarySearchHit[];
    expect(limited).toHaveLength(1);

    expect(await cli('search', 'NEAR("unicorn*')).toMatchObject({ code: 0, stdout: 'No review matches "NEAR(\\"unicorn*".\n' });
    expect(JSON.parse((await cli('search', 'unicorn', '--json')).stdout)).toEqual([]);
  });

  it('refuses a missing query or a bad limit as usage errors', async () => {
    expect(await cli('search')).toMatchObject({ code: 2, stderr: expect.stringContaining('search needs the words to look for') as unknown });
    expect(await cli('search', 'pool', '--limit', '0')).toMatchObject({ code: 2, stderr: expect.stringContaining('--limit must be') as unknown });
    expect((await cli('help')).stdout).toMatch(/^ {2}search\s/m);
  });
});
