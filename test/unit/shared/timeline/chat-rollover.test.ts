import { describe, expect, it } from 'vitest';
import { parseChatTimeline } from '../../../../src/shared/timeline/chat-timeline.ts';

const utcTimes = (text: string, timeZone: string, anchorDate: string) =>
  parseChatTimeline(text, { timeZone, anchorDate }).events.map((event) => new Date(event.occurredAt).toISOString());

describe('parseChatTimeline across midnight', () => {
  const paste = ['[17:20] alice: error rate is up', '[23:58] bob: still failing', '[00:36] alice: Sarah restarted it'].join('\n');

  it.each([
    // Berlin in winter is UTC+1: 1 Feb 00:36 is 31 Jan 23:36 UTC, still after 31 Jan 17:20 (16:20 UTC).
    ['Europe/Berlin', ['2017-01-31T16:20:00.000Z', '2017-01-31T22:58:00.000Z', '2017-01-31T23:36:00.000Z']],
    // New York in winter is UTC-5: 1 Feb 00:36 is 05:36 UTC on 1 Feb.
    ['America/New_York', ['2017-01-31T22:20:00.000Z', '2017-02-01T04:58:00.000Z', '2017-02-01T05:36:00.000Z']],
  ])('puts 00:36 after 17:20 on the next day in %s', (timeZone, expected) => {
    expect(utcTimes(paste, timeZone, '2017-01-31')).toEqual(expected);
  });

  it('counts each midnight the log crosses', () => {
    const text = ['22:00 first night', '01:00 after one midnight', '23:00 later that day', '00:30 after two midnights'].join('\n');
    expect(utcTimes(text, 'UTC', '2017-01-31')).toEqual([
      '2017-01-31T22:00:00.000Z',
      '2017-02-01T01:00:00.000Z',
      '2017-02-01T23:00:00.000Z',
      '2017-02-02T00:30:00.000Z',
    ]);
  });

  it('accepts a date and time in brackets, and counts the undated lines after it from that date', () => {
    const text = ['[23:50] alice: on it', '[2017-02-03 09:00] bob: back the next morning', '[09:30] bob: all clear'].join('\n');
    expect(utcTimes(text, 'UTC', '2017-01-31')).toEqual(['2017-01-31T23:50:00.000Z', '2017-02-03T09:00:00.000Z', '2017-02-03T09:30:00.000Z']);
  });

  it('a dated line on the first day resets the day the next undated line rolls from', () => {
    const text = ['[23:50] alice: on it', '[2017-01-31 23:55] bob: seen', '[00:10] alice: fixed'].join('\n');
    expect(utcTimes(text, 'UTC', '2017-01-31')).toEqual(['2017-01-31T23:50:00.000Z', '2017-01-31T23:55:00.000Z', '2017-02-01T00:10:00.000Z']);
  });

  it('reads [2017-02-01 00:36] in the meeting zone', () => {
    expect(utcTimes('[2017-02-01 00:36] alice: restarted', 'Europe/Berlin', '2017-01-31')).toEqual(['2017-01-31T23:36:00.000Z']);
  });

  it('rolls over into the spring DST change in Berlin (CET +01:00 -> CEST +02:00)', () => {
    const text = ['23:30 alice: still down', '03:15 bob: up again'].join('\n');
    expect(utcTimes(text, 'Europe/Berlin', '2026-03-28')).toEqual(['2026-03-28T22:30:00.000Z', '2026-03-29T01:15:00.000Z']);
  });

  it('rolls over into the autumn DST change in New York, taking the first 01:30 of the doubled hour', () => {
    const text = ['23:50 alice: still down', '01:30 bob: up again'].join('\n');
    expect(utcTimes(text, 'America/New_York', '2026-10-31')).toEqual(['2026-11-01T03:50:00.000Z', '2026-11-01T05:30:00.000Z']);
  });
});
