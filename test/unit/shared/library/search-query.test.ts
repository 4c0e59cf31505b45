import { describe, expect, it } from 'vitest';
import { matchPlace } from '../../../../src/shared/library/match-place.ts';
import { ftsQuery, MATCH_END, MATCH_START, SEARCH_TERMS_MAX, snippetParts } from '../../../../src/shared/library/search-query.ts';

describe('ftsQuery: typed text to a safe FTS5 query', () => {
  it.each([
    // Every word quoted, all required; the last one a prefix while it is being typed.
    ['disk', '"disk" *'],
    ['disk ', '"disk"'],
    ['disk full', '"disk" "full" *'],
    ['  disk   full  ', '"disk" "full"'],
    // A one-character last word is matched whole until a second one is typed.
    ['d', '"d"'],
    ['disk f', '"disk" "f"'],
    // Operators are words.
    // A last word ending in punctuation is taken as finished.
    ['NEAR(disk full)', '"NEAR(disk" "full)"'],
    ['disk AND full', '"disk" "AND" "full" *'],
    ['NOT disk', '"NOT" "disk" *'],
    ['title:disk', '"title:disk" *'],
    ['^disk', '"^disk" *'],
    ['disk*', '"disk*"'],
    // Quotes are doubled inside the quoted word.
    ['"disk"', '"""disk"""'],
    ['say "hi', '"say" """hi" *'],
    // Punctuation alone is no word.
    ['*', null],
    ['"', null],
    ['( ) - + :', null],
    ['', null],
    ['   ', null],
    // Bidi, zero-width and control characters split words and are never sent.
    ['\u202Edisk\u202C full', '"disk" "full" *'],
    ['disk\u200Bfull', '"disk" "full" *'],
    ['disk\u0000full', '"disk" "full" *'],
    ['\u2066شبكة\u2069', '"شبكة" *'],
    ['Zürich', '"Zürich" *'],
    ['日本', '"日本" *'],
  ])('%j -> %j', (text, expected) => {
    expect(ftsQuery(text)).toBe(expected);
  });

  it(`uses at most ${SEARCH_TERMS_MAX} words`, () => {
    const words = Array.from({ length: SEARCH_TERMS_MAX + 5 }, (_, index) => `w${index}`);
    expect(ftsQuery(words.join(' ') + ' ')?.split(' ')).toHaveLength(SEARCH_TERMS_MAX);
  });

  it('never leaves a quote unbalanced', () => {
    for (const text of ['"', '""', '"a', 'a"', '"a"b"', 'x """ y', "'\"'"]) {
      const query = ftsQuery(text);
      if (query !== null) expect((query.match(/"/g) ?? []).length % 2, text).toBe(0);
    }
  });
});

describe('snippetParts', () => {
  it('splits marked matches from the text around them', () => {
    expect(snippetParts(`…the ${MATCH_START}disk${MATCH_END} was ${MATCH_START}full${MATCH_END}`)).toEqual([
      { text: '…the ', match: false },
      { text: 'disk', match: true },
      { text: ' was ', match: false },
      { text: 'full', match: true },
    ]);
  });

  it('joins adjacent matches and drops empty parts and unpaired marks', () => {
    expect(snippetParts(`${MATCH_START}a${MATCH_END}${MATCH_START}b${MATCH_END}`)).toEqual([{ text: 'ab', match: true }]);
    expect(snippetParts(`x${MATCH_END}y`)).toEqual([{ text: 'xy', match: false }]);
    expect(snippetParts('')).toEqual([]);
  });

  it('keeps markup-like text as text', () => {
    expect(snippetParts(`<img src=x onerror=alert(1)> ${MATCH_START}<b>${MATCH_END}`)).toEqual([
      { text: '<img src=x onerror=alert(1)> ', match: false },
      { text: '<b>', match: true },
    ]);
  });
});

describe('matchPlace', () => {
  it.each([
    ['meeting', 'summary', 'Summary'],
    ['meeting', 'incident_id', 'Incident id'],
    ['timeline_event', 'description', 'Timeline event'],
    ['timeline_event', 'actor', 'Timeline event, actor'],
    ['action_item', 'owner', 'Action item, owner'],
    ['why', 'text', '5 Whys'],
    ['service', 'name', 'Service affected'],
  ] as const)('%s %s -> %s', (kind, field, expected) => {
    expect(matchPlace(kind, field)).toBe(expected);
  });
});
