import { describe, expect, it } from 'vitest';
import { findingKey, termsPattern } from '../../../../src/shared/redaction/detect.ts';
import { isStructuralPath, placeLabel } from '../../../../src/shared/redaction/redact-archive.ts';
import { mapStrings, redactStrings, scanStrings } from '../../../../src/shared/redaction/redact-strings.ts';
import { redactionSummary } from '../../../../src/shared/redaction/summary.ts';

describe('redacting the strings of an object', () => {
  const value = {
    id: 'ana@example.com',
    title: 'Mail ana@example.com',
    list: ['ANA@example.com and 10.0.0.1', { note: 'Ana Lima called', count: 3, done: null }],
  };
  const skip = { skip: (path: ReadonlyArray<string | number>) => path.at(-1) === 'id' };

  it('groups each value once with every place and count, skipping what the caller skips', () => {
    const findings = scanStrings(value, termsPattern(['ana lima']), skip);
    expect(findings.map(({ key, count, places }) => [key, count, places.map((place) => place.path.join('.'))])).toEqual([
      [findingKey('email', 'ana@example.com'), 2, ['title', 'list.0']],
      [findingKey('ip', '10.0.0.1'), 1, ['list.0']],
      [findingKey('name', 'Ana Lima'), 1, ['list.1.note']],
    ]);
  });

  it('replaces all but the kept keys, leaving other values and skipped paths as they were, and the input untouched', () => {
    const before = structuredClone(value);
    const redacted = redactStrings(value, termsPattern(['ana lima']), new Set([findingKey('ip', '10.0.0.1')]), skip);
    expect(redacted).toEqual({ id: 'ana@example.com', title: 'Mail [email]', list: ['[email] and 10.0.0.1', { note: '[name] called', count: 3, done: null }] });
    expect(value).toEqual(before);
  });

  it('maps nested arrays and objects without touching numbers, booleans and null', () => {
    expect(mapStrings({ a: [1, true, null, 'x'], b: { c: 'y' } }, (text) => text.toUpperCase())).toEqual({ a: [1, true, null, 'X'], b: { c: 'Y' } });
  });
});

describe('the archive: what is not text, and where a finding is', () => {
  it.each([
    [['archive', 'meeting', 'id'], true],
    [['archive', 'timeline', 0, 'meetingId'], true],
    [['archive', 'evidence', 1, 'data'], true],
    [['archive', 'format'], true],
    [['archive', 'dismissedChecks'], true],
    [['archive', 'meeting', 'timeZone'], true],
    [['archive', 'meeting', 'incidentId'], false],
    [['archive', 'meeting', 'summary'], false],
    [['archive', 'evidence', 1, 'fileName'], false],
    [['archive', 'evidence', 1, 'caption'], false],
  ] as const)('%j is structural: %s', (path, structural) => {
    expect(isStructuralPath(path)).toBe(structural);
  });

  it.each([
    [['archive', 'meeting', 'usersAffected'], 'Incident facts: users affected'],
    [['archive', 'timeline', 2, 'description'], 'Timeline, event 3: description'],
    [['archive', 'actions', 0, 'owner'], 'Action items, item 1: owner'],
    [['archive', 'meeting', 'metrics', 1, 'metric'], 'Incident facts: metrics 2 metric'],
    [['archive', 'evidence', 0, 'fileName'], 'Evidence, attachment 1: file name'],
    [['backlog', 3, 'title'], 'Earlier open items, item 4: title'],
    [['backlog', 3, 'item', 'owner'], 'Earlier open items, item 4: owner'],
    [['actions', 1, 'item', 'title'], 'Action items, item 2: title'],
    [['actions', 1, 'addresses'], 'Action items, item 2: addresses'],
    [['reviews', 0, 'incidentId'], 'Reviews, review 1: incident id'],
    [['people', 2, 'jiraUser'], 'People directory, person 3: jira user'],
  ] as const)('%j reads "%s"', (path, label) => {
    expect(placeLabel(path)).toBe(label);
  });
});

describe('redactionSummary', () => {
  it('counts occurrences by kind, says what was kept and that images were not read', () => {
    const findings = scanStrings(['a@x.com b@x.com a@x.com', '+44 20 7946 0958'], null);
    const kept = new Set([findingKey('phone', '+44 20 7946 0958')]);
    expect(redactionSummary(findings, kept, 2)).toBe(
      [
        'Redaction replaced 3 e-mail addresses.',
        'Kept as written: 1 phone number.',
        '2 images were not checked: text inside images cannot be read, so look at them before sharing.',
      ].join('\n'),
    );
    expect(redactionSummary([], new Set(), 0)).toBe('Redaction replaced nothing.');
  });
});
