import { afterEach, describe, expect, it } from 'vitest';
import type { Trends } from '../../src/shared/trends/trends.ts';
import { killAllChildren, runCliProcess, seedDatabase, seedTrendReviews, useTempDir } from '../harness/index.ts';

/** Issue 16: `trends [--from YYYY-MM] [--until YYYY-MM]`, with --json and --db like every command. */
describe('npm run cli -- trends (as a process)', () => {
  const temp = useTempDir('debrief-cli-trends-');
  afterEach(killAllChildren);

  const seeded = async () => {
    const databasePath = temp.file('debrief.sqlite');
    await seedDatabase(databasePath, (service) => seedTrendReviews(service));
    return (...args: string[]) => runCliProcess(['trends', ...args, '--db', databasePath], { TZ: 'UTC' });
  };

  it('prints the trends as JSON, the figures of seedTrendReviews', async () => {
    const cli = await seeded();
    const result = await cli('--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const trends = JSON.parse(result.stdout) as Trends;
    expect(trends.reviewCount).toBe(4);
    expect(trends.months).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(trends.causes).toEqual([{ kind: 'service', name: 'PAYMENTS', reviewCount: 3, months: ['2026-09', '2026-11'] }]);
    expect(trends.leftOut.timeToResolve.map((left) => left.incidentId)).toEqual(['INC-102', 'INC-103']);
  });

  it('prints plain tables with the definitions and the reviews left out', async () => {
    const cli = await seeded();
    const result = await cli();
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines).toContain('2026-09  2      1     1     0     0     0');
    expect(lines).toContain('2026-09  21 min (2)      50 min (2)        1 h 30 min (1)');
    expect(lines).toContain('Time to resolve: until the first timeline event marked resolution (not the incident end).');
    expect(lines).toContain('Time to resolve: 2 reviews left out');
    expect(lines).toContain('  INC-102 Payments timeout (2026-09): no event is marked resolution');
    expect(lines).toContain('service  PAYMENTS  3        2026-09, 2026-11');
    expect(lines).toContain('2026-09  5      2     1          2     1        50 %');
  });

  it('keeps to a period and refuses a malformed month', async () => {
    const cli = await seeded();
    const period = JSON.parse((await cli('--from', '2026-11', '--json')).stdout) as Trends;
    expect([period.reviewCount, period.months]).toEqual([2, ['2026-11']]);
    expect((await cli('--from', '2027-01')).stdout.trim()).toBe('No reviews in that period.');
    const bad = await cli('--until', '2026-9');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--until: must be a month as YYYY-MM, not "2026-9"');
  });

  it('says so when there are no reviews', async () => {
    const empty = temp.file('empty.sqlite');
    await seedDatabase(empty, () => undefined);
    const result = await runCliProcess(['trends', '--db', empty], { TZ: 'UTC' });
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe('No reviews yet.');
  });
});
