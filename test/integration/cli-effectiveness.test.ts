import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createService } from '../../src/main/service/service.ts';
import { openDatabase } from '../../src/main/db/open.ts';
import { dispatch } from '../../src/main/api/dispatch.ts';
import type { ActionItem } from '../../src/shared/domain/actions.ts';
import type { EffectivenessReview } from '../../src/shared/domain/effectiveness.ts';
import { killAllChildren, ok, runCliProcess, useTempDir } from '../harness/index.ts';

/** Issue 15's CLI: `effectiveness --meeting ID [--json]` prints a review's effectiveness results. */
describe('npm run cli -- effectiveness (as a process)', () => {
  const temp = useTempDir('debrief-cli-effectiveness-');
  let databasePath: string;
  let meetingId: string;
  const cli = (...args: string[]) => runCliProcess([...args, '--db', databasePath]);

  beforeEach(async () => {
    databasePath = temp.file(path.join('data', 'debrief.sqlite'));
    const created = await cli('create', '--title', 'Checkout outage', '--incident', 'INC-2041');
    expect(created.code).toBe(0);
    meetingId = created.stdout.trim();
  });
  afterEach(killAllChildren);

  it('says when none has been held, then lists each item with its result, in text and JSON', async () => {
    const db = await openDatabase(databasePath);
    const service = createService(db);
    const call = (method: string, input: unknown) => dispatch(service, method, input);
    const [alert, runbook] = ['Alert on queue depth', 'Runbook \u202Efor failover'].map((title) => ok<ActionItem>(call('actions.add', { meetingId, title })));
    const none = await cli('effectiveness', '--meeting', meetingId);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('No effectiveness review has been held yet.');

    ok(call('effectiveness.record', { id: alert!.id, patch: { done: true, outcome: 'prevented', note: 'Quiet for a month' } }));
    db.close();
    const text = await cli('effectiveness', '--meeting', meetingId);
    expect(text.stderr).toBe('');
    const lines = text.stdout.trim().split('\n');
    expect(lines[0]).toBe('Effectiveness of INC-2041 Checkout outage');
    expect(lines[1]).toMatch(/^1\. Alert on queue depth: Done; Prevented recurrence, recorded \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(lines[2]).toBe('   Quiet for a month');
    expect(lines[3]).toMatch(/^2\. Runbook .*for failover: Not done; not checked$/);
    expect(text.stdout).not.toContain('\u202E');

    const json = await cli('effectiveness', '--meeting', meetingId, '--json');
    const review = JSON.parse(json.stdout) as EffectivenessReview;
    expect(review.items.map((item) => [item.id, item.actionItem.status, item.result?.outcome ?? null])).toEqual([
      [alert!.id, 'done', 'prevented'],
      [runbook!.id, 'open', null],
    ]);
  });
});
