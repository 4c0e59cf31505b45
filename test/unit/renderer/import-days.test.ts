import { describe, expect, it } from 'vitest';
import { parseChatTimeline } from '../../../src/shared/timeline/chat-timeline.ts';
import { previewDays } from '../../../src/renderer/views/timeline/import-days.ts';

describe('previewDays', () => {
  it('marks the midnight a chat paste crosses, in the meeting zone', () => {
    const preview = parseChatTimeline('[17:20] alice: error rate is up\n[00:36] bob: restarted it', { timeZone: 'Europe/Berlin', anchorDate: '2017-01-31' });
    expect(previewDays(preview.events, 'Europe/Berlin')).toEqual([
      { date: '2017-01-31', change: null },
      { date: '2017-02-01', change: '31 Jan → 1 Feb' },
    ]);
  });

  it('names the years when the day crosses into a new year', () => {
    const days = previewDays([{ occurredAt: Date.parse('2016-12-31T23:00:00Z') }, { occurredAt: Date.parse('2017-01-01T00:10:00Z') }], 'UTC');
    expect(days[1]?.change).toBe('31 Dec 2016 → 1 Jan 2017');
  });
});
