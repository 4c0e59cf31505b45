import { afterEach, describe, expect, it } from 'vitest';
import type { Factor } from '../../src/shared/domain/factors.ts';
import { dispatch } from '../../src/main/api/dispatch.ts';
import { openDatabase } from '../../src/main/db/open.ts';
import { createService } from '../../src/main/service/service.ts';
import { killAllChildren, runCliProcess, useTempDir } from '../harness/index.ts';

/** Issue 16 from the command line: the taxonomy of contributing factors, and a review's factors. */
describe('npm run cli -- tags (as a process)', () => {
  const temp = useTempDir('debrief-cli-tags-');
  const cli = (...args: string[]) => runCliProcess([...args, '--db', temp.file('debrief.sqlite')]);
  afterEach(killAllChildren);

  it('lists and edits the taxonomy, sets a review’s factors, and refuses to delete one in use', async () => {
    const listed = await cli('tags');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/FACTOR\s+STATUS\s+REVIEWS\n/);
    expect(listed.stdout).toMatch(/Monitoring gap\s+offered\s+0/);

    expect((await cli('tags', '--new', 'Vendor limits')).code).toBe(0);
    expect((await cli('tags', '--rename', 'vendor limits', '--to', 'Third-party limits')).code).toBe(0);
    const json = JSON.parse((await cli('tags', '--retire', 'Third-party limits', '--json')).stdout) as Factor[];
    expect(json.find((factor) => factor.name === 'Third-party limits')?.retiredAt).not.toBeNull();

    const created = await cli('create', '--title', 'Checkout outage', '--json');
    const meetingId = (JSON.parse(created.stdout) as { id: string }).id;
    const tagged = await cli('tags', '--meeting', meetingId, '--add', 'Capacity', '--add', 'process', '--json');
    expect(tagged.code).toBe(0);
    expect(JSON.parse(tagged.stdout)).toEqual({ meetingId, factors: ['Capacity', 'Process'] });
    expect((await cli('tags', '--meeting', meetingId, '--remove', 'Process')).stdout).toBe('Capacity\n');

    const refused = await cli('tags', '--delete', 'Capacity');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Checkout outage');
    expect(refused.stderr).toContain('Retire it instead');
    const unknown = await cli('tags', '--meeting', meetingId, '--add', 'Nope');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No contributing factor named "Nope"');
    expect((await cli('tags', '--add', 'Capacity')).code).toBe(2);

    // The ledger, by factor.
    const other = (JSON.parse((await cli('create', '--title', 'Search slow', '--json')).stdout) as { id: string }).id;
    const db = await openDatabase(temp.file('debrief.sqlite'));
    const service = createService(db);
    for (const [id, title] of [
      [meetingId, 'Add load tests'],
      [other, 'Tune the index'],
    ] as const) {
      dispatch(service, 'actions.add', { meetingId: id, title });
    }
    db.close();
    const ledger = await cli('followups', '--factor', 'CAPACITY', '--json');
    expect(ledger.code).toBe(0);
    expect(ledger.stdout).toContain('Add load tests');
    expect(ledger.stdout).not.toContain('Tune the index');
    expect((await cli('followups', '--factor', 'Nope')).stderr).toContain('No contributing factor named "Nope"');
  });
});
