import { describe, expect, it } from 'vitest';
import { checkJoinSession, joinEndingOf } from '../../../src/renderer/views/note-taker/join-session-check.ts';
import { unsentEntries } from '../../../src/renderer/views/note-taker/unsent-entries.ts';
import type { ActionItem } from '../../../src/shared/domain/actions.ts';
import type { TimelineEvent } from '../../../src/shared/domain/timeline.ts';

describe('a note-taker whose live connection is down', () => {
  it.each([
    ['a 401: removed, or joining was turned off', async () => new Response(null, { status: 401 }), 'ended'],
    ['the session still answers', async () => Response.json({ role: 'note_taker' }), 'joined'],
    ['a refused Origin or a server error', async () => new Response(null, { status: 503 }), 'unreachable'],
    ['no answer at all (the Wi-Fi)', async () => Promise.reject(new TypeError('Failed to fetch')), 'unreachable'],
  ] as const)('%s', async (_name, fetchSession, expected) => {
    await expect(checkJoinSession(fetchSession)).resolves.toBe(expected);
  });
});

describe('a note-taker whose connection the join server ended', () => {
  it.each([
    ['4410: the facilitator ended joining', 4410, 'joining-ended'],
    ['4401: the facilitator removed this person', 4401, 'removed'],
    ['another code: one of the two, unknown which', 4000, 'session-gone'],
    ['no code', null, 'session-gone'],
  ] as const)('%s', (_name, code, expected) => {
    expect(joinEndingOf(code)).toBe(expected);
  });
});

describe('entries to copy when the session ended before they were sent', () => {
  const event = (id: string, occurredAt: number, description: string, actor = ''): TimelineEvent => ({
    id,
    meetingId: 'm',
    occurredAt,
    precision: 'minute',
    description,
    actor,
    phase: 'other',
    source: 'quick_entry',
    origin: '',
    keyMoment: false,
    author: '',
    createdAt: occurredAt,
    updatedAt: occurredAt,
  });
  const action = (id: string, createdAt: number, title: string, owner = ''): ActionItem =>
    ({
      id,
      meetingId: 'm',
      position: 0,
      title,
      owner,
      dueOn: null,
      priority: 'P1',
      horizon: 'short_term',
      category: null,
      status: 'open',
      whyId: null,
      noteId: null,
      createdAt,
      updatedAt: createdAt,
    }) as ActionItem;

  it('lists the timeline in time order, then action items, with actor and owner', () => {
    const lines = unsentEntries(
      { b: event('b', 2_000, 'Rollback started', 'Ana'), a: event('a', 1_000, 'Pager fired') },
      { x: action('x', 5, 'Alert on pool saturation', '@sre') },
    );
    expect(lines).toEqual(['Timeline: Pager fired', 'Timeline: Rollback started (Ana)', 'Action item: Alert on pool saturation (@sre)']);
  });

  it('is empty when everything arrived', () => {
    expect(unsentEntries({}, {})).toEqual([]);
  });
});
