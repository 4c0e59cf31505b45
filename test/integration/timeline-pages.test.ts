import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { TimelineEvent } from '../../src/shared/domain/timeline.ts';
import { useServiceOnTempFile, ok } from '../harness/index.ts';

const at = (clock: string) => Date.parse(`2026-11-20T${clock}:00Z`);
const CREATED = Date.parse('2026-11-20T15:00:00Z');
const idEndingIn = (digit: number) => `00000000-0000-4000-8000-00000000000${digit}`;

/**
 * Issue 17: a window reads a large timeline in pages, so the server answers others between them. A page starts after
 * the last event of the one before, in display order: time, then when it was typed, then id.
 */
describe('timeline.list in pages, on a real SQLite file', () => {
  const fixture = useServiceOnTempFile();
  const call = (method: string, input: unknown) => dispatch(fixture.service, method, input);

  /** Seven events whose display order is their name: three share a time and a typing time, so the id decides. */
  function meetingWithEvents(): Meeting {
    const meeting = ok<Meeting>(call('meetings.create', { title: 'Checkout outage' }));
    const add = (description: string, clock: string, extra: object = {}) =>
      ok(call('timeline.add', { meetingId: meeting.id, occurredAt: at(clock), description, ...extra }));
    add('7 rollback done', '14:30');
    add('1 deploy started', '14:00');
    add('5 tie, id 5', '14:10', { id: idEndingIn(5), createdAt: CREATED });
    add('3 tie, id 3', '14:10', { id: idEndingIn(3), createdAt: CREATED });
    add('2 typed earlier at the same minute', '14:10', { createdAt: CREATED - 60_000 });
    add('4 tie, id 4', '14:10', { id: idEndingIn(4), createdAt: CREATED });
    add('6 paged', '14:20');
    return meeting;
  }

  const descriptions = (events: readonly TimelineEvent[]) => events.map((event) => event.description);
  const startAfter = (event: TimelineEvent) => ({ occurredAt: event.occurredAt, createdAt: event.createdAt, id: event.id });

  function readInPages(meetingId: string, limit: number): TimelineEvent[][] {
    const pages: TimelineEvent[][] = [];
    for (;;) {
      const last = pages.at(-1)?.at(-1);
      const page = ok<TimelineEvent[]>(call('timeline.list', { meetingId, limit, ...(last ? { after: startAfter(last) } : {}) }));
      pages.push(page);
      if (page.length < limit) return pages;
    }
  }

  const ALL = ['1 deploy started', '2 typed earlier at the same minute', '3 tie, id 3', '4 tie, id 4', '5 tie, id 5', '6 paged', '7 rollback done'];

  it('gives every event once, in display order, whatever the page size, ties across a page boundary included', () => {
    const meeting = meetingWithEvents();
    expect(descriptions(ok<TimelineEvent[]>(call('timeline.list', { meetingId: meeting.id })))).toEqual(ALL);
    for (const limit of [1, 2, 3, 4, 7, 8]) {
      const pages = readInPages(meeting.id, limit);
      expect(pages.flatMap(descriptions)).toEqual(ALL);
      expect(pages.every((page) => page.length <= limit)).toBe(true);
    }
    expect(readInPages(meeting.id, 4).map(descriptions)).toEqual([ALL.slice(0, 4), ALL.slice(4)]);
  });

  it('starts after an event that was deleted meanwhile, by its place rather than its row', () => {
    const meeting = meetingWithEvents();
    const [first] = readInPages(meeting.id, 3);
    const lastRead = first?.at(-1);
    if (!lastRead) throw new Error('no first page');
    ok(call('timeline.delete', { id: lastRead.id }));
    const rest = ok<TimelineEvent[]>(call('timeline.list', { meetingId: meeting.id, limit: 10, after: startAfter(lastRead) }));
    expect(descriptions(rest)).toEqual(ALL.slice(3));
  });

  it.each([
    ['no event', 0],
    ['more than 5,000 events', 5_001],
    ['part of an event', 2.5],
  ])('refuses a page of %s, naming the limit', (_name, limit) => {
    const meeting = meetingWithEvents();
    const response = call('timeline.list', { meetingId: meeting.id, limit });
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(response.error.code).toBe('invalid_input');
    expect(response.error.message).toMatch(/limit/);
  });

  it('refuses a start without its id, naming the field', () => {
    const meeting = meetingWithEvents();
    const response = call('timeline.list', { meetingId: meeting.id, limit: 2, after: { occurredAt: at('14:00'), createdAt: CREATED } });
    expect(response.ok).toBe(false);
    if (!response.ok) expect(response.error.message).toMatch(/after\.id/);
  });
});
