import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import type { ScreenFocus, SharedScreen } from '../../src/shared/domain/screen.ts';
import { AgendaHarness, MINUTE, MISSING_ID, failure, ok } from '../harness/index.ts';

const IDLE: SharedScreen = { focus: null, focusedAt: null, page: 0, pageTurnedAt: null };

describe('the shared screen’s focus and read-back page, over a real SQLite file', () => {
  let h: AgendaHarness;
  let meetingId: string;
  let otherMeetingId: string;
  /** One item of each kind the screen can show, in `meetingId`; the finding is a note of its own category. */
  let items: Record<'timelineEvent' | 'why' | 'actionItem' | 'note' | 'finding', string>;

  const added = (method: string, input: Record<string, unknown>) => ok<{ id: string }>(h.call(method, input)).id;
  const addItems = (meeting: string) => ({
    timelineEvent: added('timeline.add', { meetingId: meeting, occurredAt: Date.UTC(2026, 10, 20, 14, 5), description: 'Error rate rose' }),
    why: added('whys.add', { meetingId: meeting, parentId: null, text: 'Checkout failed', kind: 'problem' }),
    actionItem: added('actions.add', { meetingId: meeting, title: 'Add a canary stage' }),
    note: added('notes.add', { meetingId: meeting, category: 'went_well', text: 'The rollback was quick' }),
    finding: added('notes.add', {
      meetingId: meeting,
      category: 'perspective_finding',
      text: 'No alert on the error budget',
      perspective: 'sre',
      findingKind: 'gap',
    }),
  });
  const screen = () => h.agenda('agenda.get', { meetingId }).screen;
  const focus = (value: ScreenFocus | null, meeting = meetingId) => h.call('screen.focus', { meetingId: meeting, focus: value });
  const rows = () => h.db.prepare('SELECT * FROM shared_screens').all();

  beforeEach(async () => {
    h = new AgendaHarness();
    await h.open();
    meetingId = h.createMeeting().id;
    otherMeetingId = h.createMeeting({ title: 'Search outage' }).id;
    items = addItems(meetingId);
    h.events = [];
    h.advance(MINUTE);
  });
  afterEach(() => h.close());

  it('is idle in a meeting nobody has pointed it in, in every agenda answer, without writing a row', () => {
    expect(screen()).toEqual(IDLE);
    expect(h.agenda('timer.setSound', { meetingId, enabled: true }).screen).toEqual(IDLE);
    expect(rows()).toEqual([]);
  });

  it.each([
    ['timeline_event', 'timelineEvent'],
    ['why', 'why'],
    ['action_item', 'actionItem'],
    ['note', 'note'],
    ['note', 'finding'],
  ] as const)('points at a %s (%s) and reads it back through agenda.get, with when', (kind, item) => {
    const at = h.clock;
    const answer = h.agenda('screen.focus', { meetingId, focus: { kind, id: items[item] } });
    const expected: SharedScreen = { focus: { kind, id: items[item] }, focusedAt: at, page: 0, pageTurnedAt: null };
    expect(answer.screen).toEqual(expected);
    h.advance(MINUTE);
    expect(screen()).toEqual(expected);
    expect(rows()).toEqual([{ meeting_id: meetingId, focus_kind: kind, focus_id: items[item], focused_at: at, page: 0, page_turned_at: null }]);
  });

  it('answers not_found for an item of another meeting, a missing item or the wrong kind, and changes nothing', () => {
    const theirs = addItems(otherMeetingId);
    h.events = [];
    for (const [kind, id] of [
      ['timeline_event', theirs.timelineEvent],
      ['why', theirs.why],
      ['action_item', theirs.actionItem],
      ['note', theirs.finding],
      ['note', MISSING_ID],
      // A why's id named as a note: the kind says which list the screen looks in.
      ['note', items.why],
    ] as const) {
      const error = failure(focus({ kind, id }));
      expect(error.code).toBe('not_found');
      expect(error.message).toContain(id);
    }
    expect(failure(focus(null, MISSING_ID)).code).toBe('not_found');
    expect(screen()).toEqual(IDLE);
    expect(rows()).toEqual([]);
    expect(h.events).toEqual([]);
  });

  it('clears the focus with null, keeping the read-back page', () => {
    h.agenda('screen.turnPage', { meetingId, page: 2 });
    const pageTurnedAt = h.clock;
    h.advance(MINUTE);
    h.agenda('screen.focus', { meetingId, focus: { kind: 'why', id: items.why } });
    h.advance(MINUTE);
    const clearedAt = h.clock;
    expect(h.agenda('screen.focus', { meetingId, focus: null }).screen).toEqual({ focus: null, focusedAt: clearedAt, page: 2, pageTurnedAt });
    expect(screen()).toEqual({ focus: null, focusedAt: clearedAt, page: 2, pageTurnedAt });
  });

  it('turns the read-back page and records when, even to the page already shown', () => {
    const first = h.clock;
    expect(h.agenda('screen.turnPage', { meetingId, page: 3 }).screen).toEqual({ focus: null, focusedAt: null, page: 3, pageTurnedAt: first });
    h.advance(MINUTE);
    const again = h.clock;
    expect(h.agenda('screen.turnPage', { meetingId, page: 3 }).screen).toMatchObject({ page: 3, pageTurnedAt: again });
    h.advance(MINUTE);
    expect(h.agenda('screen.turnPage', { meetingId, page: 0 }).screen).toMatchObject({ page: 0, pageTurnedAt: h.clock });
    expect(h.events.map((event) => event.entity)).toEqual(['screen', 'screen', 'screen']);
  });

  it('refuses a page that is negative, fractional or past 1000, naming the field', () => {
    for (const page of [-1, 1.5, 1001, '2']) {
      const error = failure(h.call('screen.turnPage', { meetingId, page }));
      expect(error).toMatchObject({ code: 'invalid_input', field: 'page' });
    }
    expect(h.agenda('screen.turnPage', { meetingId, page: 1000 }).screen.page).toBe(1000);
    expect(failure(focus({ kind: 'finding' as never, id: items.finding }))).toMatchObject({ code: 'invalid_input', field: 'focus.kind' });
    expect(failure(focus({ kind: 'note', id: 'not-an-id' }))).toMatchObject({ code: 'invalid_input', field: 'focus.id' });
  });

  it('sends one screen change event per change, none for pointing again at what is shown', () => {
    const before = h.agenda('agenda.get', { meetingId }).revision;
    const first = h.agenda('screen.focus', { meetingId, focus: { kind: 'timeline_event', id: items.timelineEvent } });
    const focusedAt = first.screen.focusedAt;
    h.advance(MINUTE);
    const repeated = h.agenda('screen.focus', { meetingId, focus: { kind: 'timeline_event', id: items.timelineEvent } });
    expect(repeated.screen.focusedAt).toBe(focusedAt);
    expect(repeated.revision).toBe(first.revision);
    h.agenda('screen.focus', { meetingId, focus: { kind: 'action_item', id: items.actionItem } });
    h.agenda('screen.focus', { meetingId, focus: null });
    h.agenda('screen.focus', { meetingId, focus: null });
    expect(h.events).toEqual([
      { meetingId, revision: before + 1, entity: 'screen', entityId: meetingId, op: 'updated' },
      { meetingId, revision: before + 2, entity: 'screen', entityId: meetingId, op: 'updated' },
      { meetingId, revision: before + 3, entity: 'screen', entityId: meetingId, op: 'updated' },
    ]);
  });

  it('refuses a note-taker: the facilitator points the shared screen', () => {
    const noteTaker = { role: 'note_taker', sessionId: 's-1', meetingId, name: 'Priya' } as const;
    const asNoteTaker = (method: string, input: unknown) => dispatch(h.service, method, input, noteTaker);
    for (const response of [
      asNoteTaker('screen.focus', { meetingId, focus: { kind: 'note', id: items.note } }),
      asNoteTaker('screen.turnPage', { meetingId, page: 1 }),
    ]) {
      const error = failure(response);
      expect(error.code).toBe('forbidden');
      expect(error.message).toMatch(/shared screen/);
    }
    expect(rows()).toEqual([]);
    expect(h.events).toEqual([]);
    // They still see where it points, as every agenda read shows it.
    h.agenda('screen.focus', { meetingId, focus: { kind: 'note', id: items.note } });
    expect(ok<{ screen: SharedScreen }>(asNoteTaker('agenda.get', { meetingId })).screen.focus).toEqual({ kind: 'note', id: items.note });
  });

  it('is deleted with its meeting, leaving other meetings’ screens alone', () => {
    const theirs = addItems(otherMeetingId);
    h.agenda('screen.focus', { meetingId, focus: { kind: 'why', id: items.why } });
    h.agenda('screen.focus', { meetingId: otherMeetingId, focus: { kind: 'why', id: theirs.why } });
    expect(rows()).toHaveLength(2);
    ok(h.call('meetings.delete', { id: meetingId }));
    expect(rows()).toEqual([expect.objectContaining({ meeting_id: otherMeetingId })]);
  });
});
