import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/shared/api/errors.ts';
import type { TimelineEvent } from '../../../src/shared/domain/timeline.ts';
import type { MeetingSummary } from '../../../src/shared/domain/meeting.ts';
import { ConnectionLostError } from '../../../src/renderer/api/connection-lost-error.ts';
import { formFieldFor, messageWithoutField, sentenceFor, toFormError } from '../../../src/renderer/api/field-errors.ts';
import { newId } from '../../../src/renderer/api/new-id.ts';
import { reconnectDelay } from '../../../src/renderer/api/reconnect-delay.ts';
import { parseServerMessage } from '../../../src/renderer/api/server-message.ts';
import { webSocketUrl } from '../../../src/renderer/api/web-socket-url.ts';
import { hrefFor, parseRoute } from '../../../src/renderer/routing/routes.ts';
import { coalescedRefetch } from '../../../src/renderer/stores/coalesced-refetch.ts';
import { timelineRows } from '../../../src/renderer/stores/timeline/timeline-rows.ts';
import { TIMELINE_FORM_FIELDS } from '../../../src/renderer/stores/timeline/timeline-store.ts';
import { sortMeetingsForLibrary } from '../../../src/renderer/views/library/sort-meetings.ts';
import { editPatch } from '../../../src/renderer/views/timeline/edit-patch.ts';

const event = (id: string, occurredAt: number, createdAt: number, fields: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  meetingId: 'm',
  occurredAt,
  createdAt,
  updatedAt: createdAt,
  precision: 'minute',
  description: id,
  actor: '',
  phase: 'other',
  source: 'manual',
  origin: '',
  keyMoment: false,
  author: '',
  ...fields,
});

describe('routes', () => {
  it.each([
    ['', { name: 'library' }],
    ['#', { name: 'library' }],
    ['#/', { name: 'library' }],
    ['#/followups', { name: 'followups' }],
    ['#/followups/', { name: 'followups' }],
    ['#/trends', { name: 'trends' }],
    ['#/trends/', { name: 'trends' }],
    ['#/meetings/abc', { name: 'meeting', meetingId: 'abc' }],
    ['#/meetings/abc/', { name: 'meeting', meetingId: 'abc' }],
    ['#/meetings/a%20b', { name: 'meeting', meetingId: 'a b' }],
    ['#/meetings/', { name: 'not-found', hash: '#/meetings/' }],
    ['#/meetings/%E0%A4%A', { name: 'not-found', hash: '#/meetings/%E0%A4%A' }],
    ['#/settings', { name: 'not-found', hash: '#/settings' }],
    ['#/people', { name: 'people' }],
    ['#/people/', { name: 'people' }],
  ])('%j is %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each(['11111111-1111-4111-8111-111111111111', 'with/slash', 'ünï'])('round-trips a meeting id %j', (meetingId) => {
    expect(parseRoute(hrefFor({ name: 'meeting', meetingId }))).toEqual({ name: 'meeting', meetingId });
  });
});

describe('timelineRows', () => {
  it.each([
    ['by time', [event('b', 200, 1), event('a', 100, 2)], {}, {}, ['a', 'b']],
    ['by typing order when the time is the same', [event('late', 100, 9), event('early', 100, 3)], {}, {}, ['early', 'late']],
    ['with unconfirmed adds in place', [event('a', 100, 1), event('c', 300, 1)], { b: event('b', 200, 5) }, {}, ['a', 'b', 'c']],
    ['without events whose delete is on its way', [event('a', 100, 1), event('b', 200, 1)], {}, { a: true as const }, ['b']],
    [
      'with the stored copy winning over a draft of the same id',
      [event('a', 100, 1, { description: 'stored' })],
      { a: event('a', 100, 1, { description: 'draft' }) },
      {},
      ['stored'],
    ],
  ])('orders %s', (_name, events, drafts, hidden, expected) => {
    const rows = timelineRows({ items: events, drafts, hidden, statuses: {} });
    expect(rows.map((row) => row.event.description)).toEqual(expected);
  });

  it('marks rows without a status as saved', () => {
    const rows = timelineRows({ items: [event('a', 1, 1), event('b', 2, 1)], drafts: {}, hidden: {}, statuses: { b: { state: 'saving' } } });
    expect(rows.map((row) => row.status.state)).toEqual(['saved', 'saving']);
  });
});

describe('form errors', () => {
  it.each([
    ['description', 'description'],
    ['patch.description', 'description'],
    ['occurredAt', 'time'],
    ['patch.occurredAt', 'time'],
    ['patch.actor', 'actor'],
    ['meetingId', null],
    [undefined, null],
    ['constructor', null],
  ])('API field %j shows next to the %j field', (apiField, formField) => {
    expect(formFieldFor(apiField, TIMELINE_FORM_FIELDS)).toBe(formField);
  });

  it.each([
    ['patch.title: must not be empty', 'patch.title', 'must not be empty'],
    ['title: must not be empty', 'title', 'must not be empty'],
    ['Something else', 'title', 'Something else'],
  ])('%j loses its field prefix', (message, field, expected) => {
    expect(messageWithoutField(message, field)).toBe(expected);
  });

  it.each([
    ['Title', 'must not be empty', 'Title must not be empty.'],
    ['Time', 'must be a time as HH:MM or HH:MM:SS, for example 14:05', 'Time must be a time as HH:MM or HH:MM:SS, for example 14:05.'],
    ['Date', 'must be a real calendar date.', 'Date must be a real calendar date.'],
  ])('%s + %j reads as %j', (label, message, sentence) => {
    expect(sentenceFor(label, message)).toBe(sentence);
  });

  it.each([
    [
      'an invalid field',
      new ApiError('invalid_input', 'patch.description: must not be empty', 'patch.description'),
      { field: 'description', message: 'must not be empty' },
    ],
    ['a missing event', new ApiError('not_found', 'timeline event x not found'), { field: null, message: 'timeline event x not found' }],
    ['a lost connection', new ConnectionLostError('timeline.add'), { field: null, message: expect.stringMatching(/connection/) }],
    ['anything else', 'boom', { field: null, message: 'Something went wrong.' }],
  ])('turns %s into a form error', (_name, error, expected) => {
    expect(toFormError(error, TIMELINE_FORM_FIELDS)).toEqual(expected);
  });
});

describe('editPatch', () => {
  const before = event('a', 1000, 1, { description: 'Deploy', actor: 'CI', precision: 'minute' });
  it.each([
    ['nothing when nothing changed', { occurredAt: 1000, precision: 'minute' as const, description: 'Deploy', actor: 'CI' }, {}],
    ['nothing for added spaces only', { occurredAt: 1000, precision: 'minute' as const, description: ' Deploy ', actor: 'CI ' }, {}],
    [
      'time and precision together',
      { occurredAt: 1000, precision: 'second' as const, description: 'Deploy', actor: 'CI' },
      { occurredAt: 1000, precision: 'second' },
    ],
    ['only the description', { occurredAt: 1000, precision: 'minute' as const, description: 'Deploy v2', actor: 'CI' }, { description: 'Deploy v2' }],
    ['a cleared actor', { occurredAt: 1000, precision: 'minute' as const, description: 'Deploy', actor: '' }, { actor: '' }],
  ])('holds %s', (_name, after, expected) => {
    expect(editPatch(before, after)).toEqual(expected);
  });
});

describe('sortMeetingsForLibrary', () => {
  const summary = (id: string, title: string, updatedAt: number): MeetingSummary => ({
    id,
    title,
    updatedAt,
    incidentId: '',
    severity: null,
    status: 'draft',
    timelineEventCount: 0,
    incidentEndedAt: null,
    meetingStartedAt: null,
    meetingEndedAt: null,
    followUpReviewOn: null,
    reviewState: 'draft',
    circulatedAt: null,
    effectivenessRecordedAt: null,
    revision: 1,
    createdAt: 0,
  });
  it('puts the most recently changed first, then by title', () => {
    const sorted = sortMeetingsForLibrary([summary('1', 'B', 10), summary('2', 'A', 10), summary('3', 'C', 20)]);
    expect(sorted.map((meeting) => meeting.id)).toEqual(['3', '2', '1']);
  });
});

describe('transport helpers', () => {
  it.each([
    [{ protocol: 'http:', host: '127.0.0.1:4000' }, 'ws://127.0.0.1:4000/api/ws'],
    [{ protocol: 'https:', host: 'debrief.local' }, 'wss://debrief.local/api/ws'],
    [{ protocol: 'http:', host: '[::1]:8080' }, 'ws://[::1]:8080/api/ws'],
  ])('the socket for a page at %j is %s', (location, url) => {
    expect(webSocketUrl(location)).toBe(url);
  });

  it.each([
    [0, 250],
    [1, 500],
    [2, 1000],
    [4, 4000],
    [5, 5000],
    [30, 5000],
  ])('waits %i failed tries -> %i ms before the next', (attempt, delay) => {
    expect(reconnectDelay(attempt, () => 0)).toBe(delay);
  });

  it('jitters down by at most a fifth', () => {
    expect(reconnectDelay(5, () => 1)).toBe(4000);
  });

  it.each([
    ['a reply', { type: 'reply', id: 3, ok: true, result: 1 }, { type: 'reply', id: 3, response: { ok: true, result: 1 } }],
    [
      'an error reply',
      { type: 'reply', id: 3, ok: false, error: { code: 'not_found', message: 'gone' } },
      { type: 'reply', id: 3, response: { ok: false, error: { code: 'not_found', message: 'gone' } } },
    ],
    ['a reply with a string id', { type: 'reply', id: '3', ok: true }, { type: 'unknown' }],
    ['an unknown event', { type: 'event', event: 'renamed', payload: {} }, { type: 'unknown' }],
    ['null', null, { type: 'unknown' }],
  ])('reads %s', (_name, message, parsed) => {
    expect(parseServerMessage(JSON.stringify(message))).toEqual(parsed);
  });

  it('makes version 4 UUIDs without randomUUID, as in a plain-http page', () => {
    const withoutRandomUuid = { getRandomValues: crypto.getRandomValues.bind(crypto) };
    const id = newId(withoutRandomUuid);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('coalescedRefetch', () => {
  it('runs one load at a time and folds asks made meanwhile into one more', async () => {
    let loads = 0;
    let release: () => void = () => {};
    const refetch = coalescedRefetch(async () => {
      loads += 1;
      await new Promise<void>((resolve) => (release = resolve));
    });
    const first = refetch();
    void refetch();
    void refetch();
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    release();
    await first;
    expect(loads).toBe(2);
  });
});
