import { describe, expect, it } from 'vitest';
import { opsgenieReader } from '../../../../src/shared/timeline/formats/opsgenie-reader.ts';
import { detectFormat } from '../../../../src/shared/timeline/formats/registry.ts';
import { context, fixtureFile, jsonFile, otherClaims, row } from '../../../harness/timeline-fixtures.ts';

const LOGS = 'opsgenie/alert-logs.json';
const NOTES = 'opsgenie/alert-notes.json';

describe('the Opsgenie reader', () => {
  it.each([LOGS, NOTES])('detects %s, which no other reader claims', (name) => {
    const file = fixtureFile(name);
    expect(detectFormat(file)).toBe('opsgenie');
    expect(otherClaims(file, 'opsgenie')).toEqual([]);
  });

  it('reads the alert log in UTC, with the owner as actor and the phase its words make clear', () => {
    const preview = opsgenieReader.read(fixtureFile(LOGS), context);
    expect(preview.events.map(row)).toEqual([
      [1, '2026-11-20T23:38:40.123Z', 'detection', 'System', 'Alert created via Prometheus[Alertmanager]'],
      // 01:43:10.5 at +02:00 is 23:43:10.500 UTC the day before.
      [2, '2026-11-20T23:43:10.500Z', 'other', 'dana@example.com', 'Viewed on [web]'],
      [3, '2026-11-20T23:44:00.000Z', 'response', 'سارة حداد', 'Alert acknowledged via web'],
      [4, '2026-11-20T23:54:00.000Z', 'response', 'System', 'Alert escalated to next escalation step'],
      // "unacknowledged" is not "acknowledged".
      [6, '2026-11-21T00:03:00.000Z', 'other', 'System', 'Alert unacknowledged automatically'],
      [7, '2026-11-21T00:10:00.000Z', 'other', 'ana@example.com', 'Custom action <script>alert(1)</script> | `restart-pool` executed **twice**'],
      // 05:31:05 at +05:00; the entry has no owner.
      [8, '2026-11-21T00:31:05.000Z', 'resolution', '', 'Alert closed via API'],
    ]);
    expect(preview.rejected).toEqual([{ line: 5, reason: 'data[4].createdAt: is missing' }]);
    expect(new Set(preview.events.map((event) => [event.source, event.origin, event.precision].join()))).toEqual(new Set(['opsgenie_import,alert log,second']));
  });

  it('reads the alert notes as "Note: ..." in phase other, and refuses an empty note', () => {
    const preview = opsgenieReader.read(fixtureFile(NOTES), context);
    expect(preview.events.map((event) => [...row(event).slice(0, 4), event.description.slice(0, 50)])).toEqual([
      [1, '2026-11-21T00:12:00.000Z', 'other', 'ana@example.com', 'Note: Rolling back payments-api to v4.11.3'],
      [2, '2026-11-20T23:50:00.250Z', 'other', 'dana@example.com', 'Note: Timeline of what the on-call saw, kept verba'],
      // 19:20 at -05:00 is 00:20 UTC on the next day.
      [3, '2026-11-21T00:20:00.000Z', 'other', 'דנה כהן', 'Note: הגלגול לאחור הסתיים \u0007 | done'],
    ]);
    expect(preview.events[1]?.description).toHaveLength(5_000);
    expect(preview.events[1]?.description).toMatch(/ … \(cut from 7,459 characters\)$/);
    expect(preview.rejected).toEqual([{ line: 4, reason: 'data[3].note: must not be empty' }]);
    expect(new Set(preview.events.map((event) => [event.source, event.origin].join()))).toEqual(new Set(['opsgenie_import,alert notes']));
  });

  it('keeps only the entries inside --from and --until, both ends included', () => {
    const preview = opsgenieReader.read(fixtureFile(LOGS), {
      ...context,
      from: Date.parse('2026-11-20T23:43:10.500Z'),
      until: Date.parse('2026-11-20T23:54:00Z'),
    });
    expect(preview.events.map((event) => event.line)).toEqual([2, 3, 4]);
  });

  it('reads a bare array that mixes log entries and notes', () => {
    const entries = [
      { log: 'Alert closed by Ana', type: 'system', owner: 'Ana', createdAt: '2026-11-21T00:31:00Z' },
      { note: 'Closed after the rollback', owner: 'Ana', createdAt: '2026-11-21T00:31:30Z' },
    ];
    const file = jsonFile('mixed.json', entries);
    expect(detectFormat(file)).toBe('opsgenie');
    expect(opsgenieReader.read(file, context).events.map((event) => [event.phase, event.origin, event.description])).toEqual([
      ['resolution', 'alert log', 'Alert closed by Ana'],
      ['other', 'alert notes', 'Note: Closed after the rollback'],
    ]);
  });

  it('names the entry of each damaged entry', () => {
    const data = [
      null,
      { owner: 'Ana', createdAt: '2026-11-21T00:31:00Z' },
      { log: 'Alert created', createdAt: 'soon' },
      { log: '', createdAt: '2026-11-21T00:31:00Z' },
      { log: 'Alert created', owner: 'x'.repeat(300), createdAt: '2026-11-21T00:31:00Z' },
    ];
    const preview = opsgenieReader.read(jsonFile('logs.json', { data }), context);
    expect(preview.rejected).toEqual([
      { line: 1, reason: 'data[0]: is not an alert log or note object' },
      { line: 2, reason: 'data[1]: has neither a "log" nor a "note" text' },
      { line: 3, reason: 'data[2].createdAt: "soon" is not a date and time (ISO 8601, for example 2026-11-20T14:05:09Z)' },
      { line: 4, reason: 'data[3].log: must not be empty' },
    ]);
    // An owner longer than an actor holds is cut, not refused.
    expect(preview.events.map((event) => event.actor.length)).toEqual([200]);
  });

  it('refuses JSON without alert logs or notes with one rejection', () => {
    expect(opsgenieReader.read(jsonFile('x.json', { data: [] }), context).rejected).toEqual([{ line: 1, reason: 'data: holds no alert logs or notes' }]);
    expect(opsgenieReader.read(jsonFile('x.json', { alerts: [] }), context).rejected).toEqual([
      { line: 1, reason: 'file: has no "data" array of Opsgenie alert logs or notes' },
    ]);
    expect(detectFormat(jsonFile('x.json', { data: [{ message: 'x', createdAt: '2026-11-21T00:31:00Z' }] }))).not.toBe('opsgenie');
  });
});
