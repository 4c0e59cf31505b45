import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Review } from '../../src/shared/domain/review.ts';
import { killAllChildren, runCliProcess, useTempDir } from '../harness/index.ts';

/** Issue 15: `review --meeting ID --set draft|in-review|published [--reviewer NAME]` and `review --meeting ID --sign-off NAME`. */
describe('npm run cli -- review (as a process)', () => {
  const temp = useTempDir('debrief-cli-review-');
  let databasePath: string;
  let meetingId: string;
  const cli = (...args: string[]) => runCliProcess([...args, '--db', databasePath]);
  const reviewJson = async (...args: string[]): Promise<Review> => {
    const result = await cli('review', '--meeting', meetingId, ...args, '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as Review;
  };

  beforeEach(async () => {
    databasePath = temp.file(path.join('data', 'debrief.sqlite'));
    const created = await cli('create', '--title', 'Checkout outage', '--incident', 'INC-2041');
    expect(created.code).toBe(0);
    meetingId = created.stdout.trim();
  });
  afterEach(killAllChildren);

  it('circulates with reviewers, records a dated sign-off, and publishes without waiting for the others', async () => {
    const circulated = await reviewJson('--set', 'in-review', '--reviewer', 'Ana Lima', '--reviewer', 'Bo Chen');
    expect(circulated.state).toBe('in_review');
    expect(circulated.reviewers.map((reviewer) => [reviewer.name, reviewer.signedOffAt])).toEqual([
      ['Ana Lima', null],
      ['Bo Chen', null],
    ]);

    const before = Date.now();
    const signed = await reviewJson('--sign-off', 'Ana Lima');
    const anaSignedAt = signed.reviewers[0]?.signedOffAt ?? 0;
    expect(anaSignedAt).toBeGreaterThanOrEqual(before);
    expect(anaSignedAt).toBeLessThanOrEqual(Date.now());

    const published = await reviewJson('--set', 'published');
    expect(published.state).toBe('published');
    expect(published.reviewers[1]?.signedOffAt).toBeNull();
    expect(published.history.map((entry) => [entry.kind, entry.detail])).toEqual([
      ['state_change', 'draft → in_review'],
      ['reviewer_added', 'Ana Lima'],
      ['reviewer_added', 'Bo Chen'],
      ['sign_off', 'Ana Lima'],
      ['state_change', 'in_review → published'],
    ]);

    const shown = await cli('review', '--meeting', meetingId);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(new RegExp(`^Review of ${meetingId}: published\\n`));
    expect(shown.stdout).toMatch(/ {2}Ana Lima: signed off \d{4}-\d{2}-\d{2} \d{2}:\d{2}\n/);
    expect(shown.stdout).toContain('  Bo Chen: not signed off\n');
    expect(shown.stdout).toContain('History:\n');

    // The report lists who signed off and when, and who has not (publishing did not wait for them).
    const report = await cli('export', '--meeting', meetingId, '--format', 'md', '--out', '-');
    expect(report.code).toBe(0);
    const anaSignedOn = new Date(anaSignedAt).toISOString().slice(0, 10);
    expect(report.stdout).toContain(`Published on ${new Date(published.stateChangedAt ?? 0).toISOString().slice(0, 10)}`);
    expect(report.stdout).toContain(`Ana Lima (${anaSignedOn}); Bo Chen (not signed off)`);
  });

  it('prints a hostile reviewer name on one line, without escapes or bidi overrides', async () => {
    await reviewJson('--set', 'in-review', '--reviewer', 'Eve\u001b[31m\u202eevil');
    const shown = await cli('review', '--meeting', meetingId);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('  Eve [31mevil: not signed off\n');
    expect(shown.stdout).not.toContain('\u001b');
    expect(shown.stdout).not.toContain('\u202e');
  });

  it('refuses report edits while published, and allows them once reopened', async () => {
    await reviewJson('--set', 'in-review');
    await reviewJson('--set', 'published');
    const refused = await cli('set', '--meeting', meetingId, '--summary', 'Rewritten after publishing');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^error: This review is published, so its report is read-only\. Reopen the review/);

    const reopened = await reviewJson('--set', 'in-review');
    expect(reopened.history.at(-1)).toMatchObject({ kind: 'reopened', detail: 'published → in_review', who: 'facilitator' });
    expect((await cli('set', '--meeting', meetingId, '--summary', 'Corrected after review')).code).toBe(0);
    const after = await reviewJson();
    expect(after.history.at(-1)).toMatchObject({ kind: 'edit_after_circulation', detail: 'Executive summary' });
  });

  it('says why a transition or a sign-off is refused, with exit code 1, and a wrong state is a usage error', async () => {
    const skipped = await cli('review', '--meeting', meetingId, '--set', 'published');
    expect(skipped).toMatchObject({ code: 1, stdout: '' });
    expect(skipped.stderr).toMatch(/^error: A draft cannot be published directly/);

    const early = await cli('review', '--meeting', meetingId, '--sign-off', 'Ana', '--json');
    expect(early.code).toBe(1);
    expect(JSON.parse(early.stderr)).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const wrong = await cli('review', '--meeting', meetingId, '--set', 'done');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--set: must be draft, in-review or published, not "done"');

    const missing = await cli('review', '--meeting', '00000000-0000-4000-8000-000000000000');
    expect(missing).toMatchObject({ code: 1, stderr: 'error: No meeting with id 00000000-0000-4000-8000-000000000000\n' });
  });
});
