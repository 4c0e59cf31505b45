import { describe, expect, it } from 'vitest';
import type { AgendaSection, SectionKind } from '../../../src/shared/domain/agenda.ts';
import type { Note } from '../../../src/shared/domain/notes.ts';
import type { ScreenFocus } from '../../../src/shared/domain/screen.ts';
import { windowAround } from '../../../src/renderer/views/audience/focus-window.ts';
import { orderedFindings, orderedNotes } from '../../../src/renderer/views/audience/focus-order.ts';
import { actionDetail } from '../../../src/renderer/views/audience/readback-items.ts';
import { screenContent } from '../../../src/renderer/views/audience/screen-content.ts';
import { steppedFocus } from '../../../src/renderer/views/audience/screen-targets.ts';
import { agendaSection } from '../../harness/index.ts';

const section = (kind: SectionKind, perspective: AgendaSection['perspective'] = null) => agendaSection(0, { kind, title: kind, perspective });

function note(id: string, fields: Partial<Note>): Note {
  return {
    id,
    meetingId: 'm',
    category: 'went_well',
    perspective: null,
    findingKind: null,
    severity: null,
    position: 0,
    text: id,
    author: '',
    createdAt: 1,
    updatedAt: 1,
    ...fields,
  };
}

const events: ScreenFocus[] = ['a', 'b', 'c', 'd'].map((id) => ({ kind: 'timeline_event', id }));

describe('J and K on the console', () => {
  it('J from nothing starts at the top, K at the bottom', () => {
    expect(steppedFocus(events, null, 1)?.id).toBe('a');
    expect(steppedFocus(events, null, -1)?.id).toBe('d');
  });

  it('moves one item and stops at either end', () => {
    expect(steppedFocus(events, events[1] ?? null, 1)?.id).toBe('c');
    expect(steppedFocus(events, events[1] ?? null, -1)?.id).toBe('a');
    expect(steppedFocus(events, events[3] ?? null, 1)?.id).toBe('d');
    expect(steppedFocus(events, events[0] ?? null, -1)?.id).toBe('a');
  });

  it('starts again from the top when the focused item is gone, and has nothing to point at in an empty list', () => {
    expect(steppedFocus(events, { kind: 'timeline_event', id: 'deleted' }, 1)?.id).toBe('a');
    expect(steppedFocus([], null, 1)).toBeNull();
  });
});

describe('the window of neighbours around the focused item', () => {
  it('centres the item with the same number on each side', () => {
    expect(windowAround(26, 12, 2)).toEqual([10, 15]);
  });

  it('keeps its size at either end of the list by shifting inwards', () => {
    expect(windowAround(26, 0, 2)).toEqual([0, 5]);
    expect(windowAround(26, 25, 2)).toEqual([21, 26]);
  });

  it('is the whole list when the list is shorter', () => {
    expect(windowAround(3, 1, 4)).toEqual([0, 3]);
    expect(windowAround(1, 0, 0)).toEqual([0, 1]);
  });
});

describe('what the shared screen shows in each section', () => {
  it('reads the actions back in action items, responsibilities and closing (issue 14: the closing prompt asks for it)', () => {
    for (const kind of ['action_items', 'responsibilities', 'closing'] as const) expect(screenContent(section(kind), null).kind).toBe('readback');
  });

  it('shows a closing note the facilitator points at among the closing notes', () => {
    expect(screenContent(section('closing'), { kind: 'note', id: 'n' })).toEqual({ kind: 'notes', categories: ['lesson', 'prevention', 'additional'] });
  });

  it('follows the timeline, the whys, the notes and a perspective’s findings in their sections', () => {
    expect(screenContent(section('timeline'), null).kind).toBe('timeline');
    expect(screenContent(section('root_cause'), null).kind).toBe('whys');
    expect(screenContent(section('went_well'), null)).toEqual({ kind: 'notes', categories: ['went_well'] });
    expect(screenContent(section('perspective', 'sre'), null)).toEqual({ kind: 'findings', perspective: 'sre' });
    expect(screenContent(section('opening'), null).kind).toBe('outline');
  });
});

describe('the order J and K move through notes and findings', () => {
  it('goes category by category, each in its order', () => {
    const notes = [
      note('lesson-2', { category: 'lesson', position: 1 }),
      note('prevention-1', { category: 'prevention', position: 0 }),
      note('lesson-1', { category: 'lesson', position: 0 }),
      note('went-well', { category: 'went_well' }),
    ];
    expect(orderedNotes(notes, ['lesson', 'prevention']).map((item) => item.id)).toEqual(['lesson-1', 'lesson-2', 'prevention-1']);
  });

  it('keeps to one perspective’s findings: contributing factors, gaps, then recommendations', () => {
    const notes = [
      note('gap', { category: 'perspective_finding', perspective: 'sre', findingKind: 'gap' }),
      note('other', { category: 'perspective_finding', perspective: 'debugger', findingKind: 'gap' }),
      note('factor', { category: 'perspective_finding', perspective: 'sre', findingKind: 'contributing_factor' }),
      note('advice', { category: 'perspective_finding', perspective: 'sre', findingKind: 'recommendation' }),
    ];
    expect(orderedFindings(notes, 'sre').map((item) => item.id)).toEqual(['factor', 'gap', 'advice']);
  });
});

describe('the read-back line of an action', () => {
  it('names the owner and the due date, or says that neither is agreed yet', () => {
    expect(actionDetail('Priya Raghavan', '2017-02-15')).toBe('Priya Raghavan · due 2017-02-15');
    expect(actionDetail('  ', null)).toBe('no owner yet · no due date yet');
  });
});
