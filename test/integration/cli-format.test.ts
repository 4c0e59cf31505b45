import { describe, expect, it } from 'vitest';
import { meetingsTable } from '../../src/main/cli/commands/meetings.ts';
import { cellText, formatTable } from '../../src/main/cli/format-table.ts';
import type { MeetingSummary } from '../../src/shared/domain/meeting.ts';

describe('CLI table formatting', () => {
  it('keeps each cell on one line and drops bidi overrides', () => {
    expect(cellText('a\nb\tc\u001b[0m', 20)).toBe('a b c [0m');
    expect(cellText('abc\u202edef\u2066', 20)).toBe('abcdef');
    expect(cellText('👩‍💻 pager', 20)).toBe('👩‍💻 pager');
  });

  it('shortens long cells with an ellipsis, by characters not UTF-16 units', () => {
    expect(cellText('x'.repeat(60), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(cellText('🔥'.repeat(12), 10)).toBe(`${'🔥'.repeat(9)}…`);
    expect(cellText('short', 10)).toBe('short');
  });

  it('pads every column but the last', () => {
    expect(
      formatTable(
        ['A', 'BB'],
        [
          ['xyz', '1'],
          ['', '22'],
        ],
      ),
    ).toBe('A    BB\nxyz  1\n     22');
  });

  it('shows a missing incident id and severity as a dash', () => {
    const meeting: MeetingSummary = {
      id: '00000000-0000-4000-8000-000000000000',
      incidentId: '',
      title: 'T',
      severity: null,
      status: 'draft',
      timelineEventCount: 3,
      incidentEndedAt: null,
      meetingStartedAt: null,
      effectivenessRecordedAt: null,
      meetingEndedAt: null,
      followUpReviewOn: null,
      reviewState: 'draft',
      circulatedAt: null,
      revision: 1,
      createdAt: 0,
      updatedAt: 0,
    };
    const [, row] = meetingsTable([meeting]).split('\n');
    expect(row?.split(/\s{2,}/).slice(0, 5)).toEqual(['00000000-0000-4000-8000-000000000000', '-', 'T', '-', '3']);
  });
});
