import { describe, expect, it } from 'vitest';
import { findLikelyDuplicates, foldedWords, isSimilarText } from '../../../../src/shared/timeline/duplicates.ts';

const at = (time: string) => Date.parse(`2026-11-20T${time}Z`);

describe('isSimilarText', () => {
  it.each([
    ['Error rate increased, p99 above 4 s', 'error rate increased p99 above 4s'],
    ['Rollback finished.', '  ROLLBACK   finished'],
    ['Pager said "SEV2"', 'pager said SEV2'],
    ['Ｃａｃｈｅ warmed', 'cache warmed'],
    ['Cache\u200b warmed', 'cache warmed'],
    ['Deploy 1234 rolled back to the previous version', 'Deploy 1234 rolled back to previous version'],
    ['!!!', '!!!'],
  ])('%j is like %j', (a, b) => {
    expect(isSimilarText(a, b)).toBe(true);
  });

  it.each([
    ['Rollback started', 'Rollback finished'],
    ['Error rate at 5%', 'Error rate at 50%'],
    ['Pager said SEV2 and the bridge opened', 'Pager said SEV2, bridge opened'],
    ['Deploy started', 'Deploy started on the west region'],
    ['!!!', '???'],
    ['Monitoring Import 0 row 5 from the chat export', 'Monitoring Import 1 row 5 from the chat export'],
    ['Restarted 3 of the 12 api pods in eu', 'Restarted 4 of the 12 api pods in eu'],
  ])('%j is not like %j', (a, b) => {
    expect(isSimilarText(a, b)).toBe(false);
  });

  it('folds case, width, invisible characters and punctuation into words', () => {
    expect(foldedWords('Error rate UP — p99: 4 s!\u2066')).toEqual(['error', 'rate', 'up', 'p99', '4', 's']);
    expect(foldedWords('Ошибка: ÉCHEC')).toEqual(['ошибка', 'échec']);
    // Plain ASCII, tabs and line breaks: letters and digits only.
    expect(foldedWords('DB_Failover\t(step 2/3)\r\nOK;id=A7f')).toEqual(['db', 'failover', 'step', '2', '3', 'ok', 'id', 'a7f']);
    // Full-width letters and digits and ligatures fold to their plain forms; a zero-width joiner joins.
    expect(foldedWords('ＤＢ２ ﬁle pa\u200dge')).toEqual(['db2', 'file', 'page']);
  });

  it.each([
    ['Sarah Cohen', 'restarted api-2'],
    ['ΟΔΥΣΣΕΑΣ', 'Σ rolled back'],
    ['e', '\u0301clair deploy'],
    ['ops\u200d', '\u200dteam paged'],
    ['ﬀ', 'ＡＢ'],
  ])('folds "%s" and "%s" said together as their words one after the other', (actor, description) => {
    // How an actor's name in front of a chat line is compared with a CSV row's actor and event.
    expect(isSimilarText(`${actor} ${description}`, `${actor}: ${description}`)).toBe(true);
    expect(foldedWords(`${actor} ${description}`)).toEqual([...foldedWords(actor), ...foldedWords(description)]);
  });
});

describe('findLikelyDuplicates', () => {
  const existing = [
    { occurredAt: at('14:05:00'), description: 'Error rate increased, p99 above 4 s', actor: 'Monitoring' },
    { occurredAt: at('14:07:00'), description: 'paged the on-call', actor: 'PagerDuty' },
  ];

  it('leaves out an event in the same minute as a similar one of the meeting', () => {
    const incoming = [
      { line: 1, occurredAt: at('14:05:40'), description: 'error rate increased p99 above 4s', actor: '' },
      { line: 2, occurredAt: at('14:06:00'), description: 'error rate increased p99 above 4s', actor: '' },
      { line: 3, occurredAt: at('14:07:00'), description: 'PagerDuty paged the on-call', actor: '' },
      { line: 4, occurredAt: at('14:05:10'), description: 'Deployment started', actor: '' },
    ];
    const split = findLikelyDuplicates(incoming, existing);
    expect(split.kept.map((event) => event.line)).toEqual([2, 4]);
    expect(split.duplicates.map(({ event, of }) => [event.line, of])).toEqual([
      [1, 'meeting'],
      [3, 'meeting'],
    ]);
  });

  it('matches a chat line naming its actor with a row holding the actor apart, however the actor is written', () => {
    const rows = [
      { occurredAt: at('09:00:10'), description: 'Failed over db-2 to db-3 (step 2)', actor: 'Ｄｂ Bot' },
      { occurredAt: at('09:01:10'), description: 'paged the on-call', actor: '🙂' },
      { occurredAt: at('09:02:10'), description: '—', actor: 'Σίσυφος' },
      { occurredAt: at('09:03:10'), description: 'restarted api', actor: 'Sarah Cohen' },
    ];
    const chat = [
      { line: 1, occurredAt: at('09:00:50'), description: 'db bot: failed over DB-2 to DB-3 (step 2)' },
      { line: 2, occurredAt: at('09:01:50'), description: '🙂 paged the on-call' },
      { line: 3, occurredAt: at('09:02:50'), description: 'ΣΊΣΥΦΟΣ —' },
      { line: 4, occurredAt: at('09:03:50'), description: 'Sarah Cohen restarted api 2' },
      { line: 5, occurredAt: at('09:00:20'), description: 'Db Bot failed over db-2 to db-3 (step 3)' },
    ];
    const split = findLikelyDuplicates(chat, rows);
    expect(split.duplicates.map(({ event }) => event.line)).toEqual([1, 2, 3]);
    // A different number is a different event, with or without the actor.
    expect(split.kept.map((event) => event.line)).toEqual([4, 5]);
  });

  it('leaves out a repeat of an earlier row of the same file, keeping the first', () => {
    const incoming = [
      { line: 2, occurredAt: at('10:00:00'), description: 'Cache flushed' },
      { line: 3, occurredAt: at('10:00:30'), description: 'cache flushed!' },
      { line: 4, occurredAt: at('10:01:00'), description: 'Cache flushed' },
    ];
    const split = findLikelyDuplicates(incoming, []);
    expect(split.kept.map((event) => event.line)).toEqual([2, 4]);
    expect(split.duplicates).toEqual([{ event: incoming[1], of: 'file' }]);
  });

  it('keeps everything when nothing repeats, and handles an empty import', () => {
    expect(findLikelyDuplicates([], existing)).toEqual({ kept: [], duplicates: [] });
    const incoming = [{ occurredAt: at('14:05:00'), description: 'Rollback started' }];
    expect(findLikelyDuplicates(incoming, existing)).toEqual({ kept: incoming, duplicates: [] });
  });

  it('checks 5,000 events against 5,000, fifty a minute, in reasonable time', () => {
    const events = (prefix: string) =>
      Array.from({ length: 5_000 }, (_, index) => ({
        occurredAt: at('10:00:00') + Math.floor(index / 50) * 60_000,
        description: `${prefix} number ${index} of the flood`,
      }));
    const started = performance.now();
    const split = findLikelyDuplicates([...events('Event'), ...events('alert')], events('event'));
    expect(split.duplicates).toHaveLength(5_000);
    expect(split.kept).toHaveLength(5_000);
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('in a busy log minute, finds the repeats of the meeting and of the file among 3,000 lines and keeps the rest', () => {
    const minute = at('10:00:00');
    const existing = [{ occurredAt: minute + 5_000, description: 'checkout-api returned 503 for order 42' }];
    const lines = Array.from({ length: 3_000 }, (_, index) => ({
      occurredAt: minute + (index % 60) * 1000,
      description: `worker ${index} finished batch ${index * 7}`,
    }));
    const repeats = [
      { occurredAt: minute + 59_000, description: 'Checkout-API returned 503 for order 42.' },
      { occurredAt: minute + 59_000, description: 'worker 17 has finished batch 119' },
      { occurredAt: minute + 59_000, description: 'worker 18 finished batch 999' },
    ];
    const split = findLikelyDuplicates([...lines, ...repeats], existing);
    expect(split.kept).toHaveLength(3_001);
    expect(split.duplicates.map(({ event, of }) => [event.description, of])).toEqual([
      ['Checkout-API returned 503 for order 42.', 'meeting'],
      ['worker 17 has finished batch 119', 'file'],
    ]);
  });
});
