import { describe, expect, it } from 'vitest';
import type { ApiClient, ClientEvent } from '../../../src/renderer/api/client.ts';
import { changedByLabel, createChangeAuthors } from '../../../src/renderer/stores/change-authors.ts';

function clientHearing() {
  let listener: ((event: ClientEvent) => void) | null = null;
  const client = {
    subscribe: (next: (event: ClientEvent) => void) => {
      listener = next;
      return () => undefined;
    },
  } as unknown as ApiClient;
  const hear = (entityId: string, by?: string) =>
    listener?.({ event: 'changed', payload: { meetingId: 'm', revision: 1, entity: 'why', entityId, op: 'updated', ...(by ? { by } : {}) } });
  return { client, hear };
}

describe('who changed an item', () => {
  it('remembers the last change heard of each item: a note-taker by name, the facilitator as null', () => {
    const { client, hear } = clientHearing();
    const authors = createChangeAuthors(client);
    expect(authors.of('w1')).toBeUndefined();
    hear('w1', 'Priya');
    expect(authors.of('w1')).toBe('Priya');
    hear('w1');
    expect(authors.of('w1')).toBeNull();
  });

  it.each([
    ['a note-taker, to anyone', 'Priya', false, 'Priya'],
    ['the facilitator, to a note-taker', null, true, 'the facilitator'],
    ['another window of the facilitator, to the facilitator', null, false, 'someone else'],
    ['nobody heard of', undefined, true, 'someone else'],
  ] as const)('names %s', (_name, by, viewerIsNoteTaker, expected) => {
    expect(changedByLabel(by, viewerIsNoteTaker)).toBe(expected);
  });
});
