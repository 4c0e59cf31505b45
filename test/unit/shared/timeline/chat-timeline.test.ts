import { describe, expect, it } from 'vitest';
import { parseChatTimeline } from '../../../../src/shared/timeline/chat-timeline.ts';

const context = { timeZone: 'UTC', anchorDate: '2026-11-20' };
const summary = (text: string) =>
  parseChatTimeline(text, context).events.map((event) => [event.line, new Date(event.occurredAt).toISOString().slice(11, 19), event.actor, event.description]);

describe('parseChatTimeline', () => {
  it.each([
    ['[14:05] alice: error rate is up', [[1, '14:05:00', 'alice', 'error rate is up']]],
    ['14:05 alice: error rate is up', [[1, '14:05:00', 'alice', 'error rate is up']]],
    ['[2026-11-20 14:05] Alice Smith: rolling back', [[1, '14:05:00', 'Alice Smith', 'rolling back']]],
    ['[14:05:09] PagerDuty paged the on-call', [[1, '14:05:09', '', 'PagerDuty paged the on-call']]],
    ['14:05 see https://status.example.com', [[1, '14:05:00', '', 'see https://status.example.com']]],
    ['[14:05] this sentence has far too many words before: a colon', [[1, '14:05:00', '', 'this sentence has far too many words before: a colon']]],
  ])('reads %j', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('appends continuation lines to the message above, and skips blank lines', () => {
    const text = '[14:05] alice: first line\n  second line\n\n[note] still alice\r\n[14:06] bob: next';
    expect(summary(text)).toEqual([
      [1, '14:05:00', 'alice', 'first line\nsecond line\n[note] still alice'],
      [5, '14:06:00', 'bob', 'next'],
    ]);
  });

  it.each([
    ['hello before any time\n[14:05] a: b', 1, 'time: the line does not start with a time'],
    ['[25:05] alice: impossible', 1, 'time: must have an hour'],
    ['[14:05] alice:', 1, 'description: must not be empty'],
    ['[14:05] alice: \u200b', 1, 'description: must not be empty'],
    ['[14:05] alice: \u0007\u0085', 1, 'description: must not be empty'],
    ['[14:05] alice: \u0000rollback', 1, 'description: must not contain the NUL character (U+0000)'],
  ])('rejects %j at its line', (text, line, reason) => {
    expect(parseChatTimeline(text, context).rejected).toEqual([{ line, reason: expect.stringContaining(reason) }]);
  });

  it('skips lines that show nothing, as it skips blank ones', () => {
    expect(summary('[14:05] alice: first\n\u200b\u200b\n\u2028\n[14:06] bob: next')).toEqual([
      [1, '14:05:00', 'alice', 'first'],
      [4, '14:06:00', 'bob', 'next'],
    ]);
  });

  it('a speaker line with no text takes its continuation as the text', () => {
    expect(summary('[14:05] alice:\nthe text came next')).toEqual([[1, '14:05:00', 'alice', 'the text came next']]);
  });

  it.each([[''], ['[]'], ['[:]'], ['\u0000'], ['[14:05'], ['::::'], ['[99:99:99:99] x']])('never throws on %j', (text) => {
    expect(() => parseChatTimeline(text, context)).not.toThrow();
  });
});
