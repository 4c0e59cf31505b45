import { describe, expect, it } from 'vitest';
import { acceptActor, actorQueryAt, actorToken, suggestActors } from '../../../src/renderer/views/timeline/actor-suggestions.ts';
import { parseQuickEntry } from '../../../src/shared/timeline/quick-entry.ts';

const participants = ['Sarah Cohen', 'Sam', 'Bob Sanders', 'שרה כהן', 'سارة كوهين'];

describe('actor suggestions for quick entry', () => {
  it.each([
    ['17:20 @Sa', 9, { start: 6, end: 9, query: 'Sa' }],
    ['@Sa restarted', 3, { start: 0, end: 3, query: 'Sa' }],
    ['17:20 @"Sarah C', 15, { start: 6, end: 15, query: 'Sarah C' }],
    ['17:20 @', 7, { start: 6, end: 7, query: '' }],
    ['17:20 restarted', 15, null],
    ['mail ops@example.com', 20, null],
    ['17:20 @"Sarah Cohen" restarted', 15, null],
  ])('finds the @ being typed in %j', (text, caret, expected) => {
    expect(actorQueryAt(text, caret)).toEqual(expected);
  });

  it.each([
    ['Sa', ['Sarah Cohen', 'Sam', 'Bob Sanders']],
    ['co', ['Sarah Cohen']],
    ['שר', ['שרה כהן']],
    ['كو', ['سارة كوهين']],
    ['Sam', []],
    ['zz', []],
  ])('suggests for %j', (query, expected) => {
    expect(suggestActors(participants, query)).toEqual(expected);
  });

  it('quotes a name with spaces, and the parser reads it back as one actor', () => {
    expect(actorToken('Sam')).toBe('@Sam');
    expect(actorToken('Sarah Cohen')).toBe('@"Sarah Cohen"');
    const text = '00:36 @Sa restarted it';
    const accepted = acceptActor(text, actorQueryAt(text, 9)!, 'Sarah Cohen');
    expect(accepted).toEqual({ text: '00:36 @"Sarah Cohen" restarted it', caret: 21 });
    const parsed = parseQuickEntry(accepted.text, { timeZone: 'UTC', anchorDate: '2017-02-01', previousAt: null, now: 0 });
    expect(parsed.ok && [parsed.value.actor, parsed.value.description]).toEqual(['Sarah Cohen', 'restarted it']);
  });

  it('inserts a right-to-left name in quotes', () => {
    const text = '17:20 @שר';
    expect(acceptActor(text, actorQueryAt(text, text.length)!, 'שרה כהן').text).toBe('17:20 @"שרה כהן" ');
  });
});
