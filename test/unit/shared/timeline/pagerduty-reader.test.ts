import { describe, expect, it } from 'vitest';
import { pagerdutyReader } from '../../../../src/shared/timeline/formats/pagerduty-reader.ts';
import { detectFormat } from '../../../../src/shared/timeline/formats/registry.ts';
import { context, fixtureFile, jsonFile, otherClaims, row, textFile } from '../../../harness/timeline-fixtures.ts';

const FIXTURE = 'pagerduty/incident-4711-log-entries.json';

/** One log entry as the REST API lists it, with only the fields a test needs. */
const entry = (fields: Record<string, unknown>) => ({ type: 'annotate_log_entry', created_at: '2026-11-20T23:00:00Z', summary: 'Note added', ...fields });

describe('the PagerDuty reader', () => {
  it('is detected from the log entries of the fixture, and no other reader claims them', () => {
    const file = fixtureFile(FIXTURE);
    expect(detectFormat(file)).toBe('pagerduty');
    expect(otherClaims(file, 'pagerduty')).toEqual([]);
  });

  it('reads every entry of the fixture in UTC, with the phase its type suggests and the agent as actor', () => {
    const preview = pagerdutyReader.read(fixtureFile(FIXTURE), context);
    const LONG_NOTE_START = 'Note: Timeline of what the on-call saw, kept verbatim from the bridge: step 1: checked the payments pool';
    expect(
      preview.events.map((event) => (event.line === 7 ? [...row(event).slice(0, 4), event.description.slice(0, LONG_NOTE_START.length)] : row(event))),
    ).toEqual([
      [1, '2026-11-20T23:39:12.000Z', 'detection', 'Prometheus (Events API v2)', 'Triggered through the API: Payments API 5xx ratio above 5% | region=eu-west'],
      // A notification names its user in the summary and has no agent.
      [2, '2026-11-20T23:39:14.000Z', 'response', '', 'Notified דנה כהן via SMS.'],
      // 01:44:03 at +02:00 is 23:44:03 UTC on the day before.
      [3, '2026-11-20T23:44:03.000Z', 'response', 'דנה כהן', 'Acknowledged by דנה כהן.'],
      // An escalation by timeout without a summary says what happened.
      [4, '2026-11-20T23:54:00.000Z', 'response', '', 'Incident escalated'],
      // 18:57:40 at -05:00; the note's own text, markup and all, is the description (reports escape it).
      [
        5,
        '2026-11-20T23:57:40.000Z',
        'other',
        'Samir Haddad',
        "Note: Suspect deploy v4.12.0 <script>alert('pager')</script> | rollback? **now** [runbook](javascript:alert(1))",
      ],
      [6, '2026-11-21T00:02:10.000Z', 'response', 'דנה כהן', 'Reassigned to Ana Lima.'],
      [7, '2026-11-21T00:05:00.000Z', 'other', 'Samir Haddad', LONG_NOTE_START],
      [9, '2026-11-21T00:12:30.000Z', 'other', 'سارة حداد', 'Note: Rollback started \u0007 \u001b[31mred\u001b[0m سارة تتابع'],
      [10, '2026-11-21T00:20:00.000Z', 'other', 'Ana Lima', 'Urgency changed from low to high.'],
      [11, '2026-11-21T00:31:05.000Z', 'resolution', 'Ana Lima', 'Resolved by Ana Lima.'],
    ]);
    expect(preview.rejected).toEqual([
      { line: 8, reason: 'log_entries[7].created_at: "last tuesday" is not a date and time (ISO 8601, for example 2026-11-20T14:05:09Z)' },
    ]);
    expect(new Set(preview.events.map((event) => [event.source, event.origin, event.precision].join()))).toEqual(
      new Set(['pagerduty_import,payments-api,second']),
    );
  });

  it('cuts a note longer than a timeline event holds, saying how long it was', () => {
    const long = pagerdutyReader.read(fixtureFile(FIXTURE), context).events.find((event) => event.line === 7);
    expect(long?.description).toHaveLength(5_000);
    expect(long?.description).toMatch(/ … \(cut from 7,459 characters\)$/);
  });

  it('keeps only the entries inside --from and --until, both ends included', () => {
    const preview = pagerdutyReader.read(fixtureFile(FIXTURE), {
      ...context,
      from: Date.parse('2026-11-20T23:44:03Z'),
      until: Date.parse('2026-11-21T00:02:10Z'),
    });
    expect(preview.events.map((event) => event.line)).toEqual([3, 4, 5, 6]);
    // A damaged entry is still reported: its time is unknown, so the window cannot leave it out.
    expect(preview.rejected.map((rejected) => rejected.line)).toEqual([8]);
  });

  it('reads a bare array of log entries and an incident with its log entries beside it', () => {
    const entries = [entry({ type: 'trigger_log_entry', summary: 'Triggered through the website.', agent: { type: 'user_reference', summary: 'Ana Lima' } })];
    const bare = pagerdutyReader.read(jsonFile('entries.json', { entries }), context);
    expect(bare.rejected).toEqual([{ line: 1, reason: 'file: has no "log_entries" array of PagerDuty log entries' }]);
    const array = pagerdutyReader.read(jsonFile('entries.json', entries), context);
    expect(array.events.map(row)).toEqual([[1, '2026-11-20T23:00:00.000Z', 'detection', 'Ana Lima', 'Triggered through the website.']]);
    expect(array.events[0]?.origin).toBe('');
    expect(detectFormat(jsonFile('entries.json', entries))).toBe('pagerduty');

    const incident = { incident: { summary: '[#12] Disk full', service: { summary: 'storage' } }, log_entries: entries };
    expect(pagerdutyReader.read(jsonFile('incident.json', incident), context).events[0]?.origin).toBe('storage');
    const withoutService = { incident: { summary: '[#12] Disk full' }, log_entries: entries };
    expect(pagerdutyReader.read(jsonFile('incident.json', withoutService), context).events[0]?.origin).toBe('[#12] Disk full');
  });

  it.each([
    ['trigger_log_entry', 'detection'],
    ['notify_log_entry', 'response'],
    ['acknowledge_log_entry', 'response'],
    ['escalate_log_entry', 'response'],
    ['assign_log_entry', 'response'],
    ['annotate_log_entry', 'other'],
    ['resolve_log_entry', 'resolution'],
    ['snooze_log_entry', 'other'],
    ['constructor_log_entry', 'other'],
    ['__proto___log_entry', 'other'],
  ])('suggests the phase of a %s', (type, phase) => {
    expect(pagerdutyReader.read(jsonFile('e.json', { log_entries: [entry({ type })] }), context).events.map((event) => event.phase)).toEqual([phase]);
  });

  it('names the entry and the field of each damaged entry, and keeps the others', () => {
    const log_entries = [
      'not an entry',
      entry({ created_at: undefined }),
      entry({ created_at: 1_795_000_000 }),
      entry({ created_at: '23:10' }),
      entry({ created_at: '2026-11-20T23:10:00+15:00' }),
      entry({ type: 'mystery_log_entry', summary: undefined }),
      entry({ channel: { type: 'note', summary: 'has a \u0000 NUL' } }),
      entry({ agent: { summary: 'Ana\u0000' } }),
      entry({ summary: 'fine' }),
    ];
    const preview = pagerdutyReader.read(jsonFile('e.json', { log_entries }), context);
    expect(preview.events.map((event) => [event.line, event.description])).toEqual([[9, 'fine']]);
    expect(preview.rejected).toEqual([
      { line: 1, reason: 'log_entries[0]: is not a log entry object' },
      { line: 2, reason: 'log_entries[1].created_at: is missing' },
      { line: 3, reason: 'log_entries[2].created_at: must be a date and time as text, for example 2026-11-20T14:05:09Z' },
      { line: 4, reason: 'log_entries[3].created_at: "23:10" is not a date and time (ISO 8601, for example 2026-11-20T14:05:09Z)' },
      { line: 5, reason: 'log_entries[4].created_at: has an offset "+15:00" outside -14:00 to +14:00' },
      { line: 6, reason: 'log_entries[5].summary: must not be empty' },
      { line: 7, reason: 'log_entries[6].channel.summary: must not contain the NUL character (U+0000); remove it and try again' },
      { line: 8, reason: 'log_entries[7].agent.summary: must not contain the NUL character (U+0000); remove it and try again' },
    ]);
  });

  it('keeps a note whose text is only invisible characters as the entry summary', () => {
    const preview = pagerdutyReader.read(jsonFile('e.json', { log_entries: [entry({ channel: { type: 'note', summary: '\u200b\u202e ' } })] }), context);
    expect(preview.events.map((event) => event.description)).toEqual(['Note added']);
  });

  it('refuses a file that is not JSON, or holds no entries, with one rejection', () => {
    expect(pagerdutyReader.read(textFile('e.json', '{"log_entries": ['), context)).toEqual({
      events: [],
      rejected: [{ line: 1, reason: expect.stringMatching(/^file: is not a JSON document \(/) as string }],
    });
    expect(pagerdutyReader.read(jsonFile('e.json', { log_entries: [] }), context).rejected).toEqual([{ line: 1, reason: 'log_entries: holds no log entries' }]);
    expect(pagerdutyReader.read({ name: 'e.json', bytes: new Uint8Array([0xff, 0xfe, 0x00]) }, context).rejected).toEqual([
      { line: 1, reason: 'file: is not UTF-8 text' },
    ]);
  });

  it('is not detected for other JSON', () => {
    // A one-line JSON object may be a JSON Lines log; it is never taken for a PagerDuty file.
    expect(detectFormat(jsonFile('x.json', [{ type: 'incident', created_at: '2026-11-20T23:00:00Z' }]))).not.toBe('pagerduty');
    expect(detectFormat(jsonFile('x.json', { incidents: [] }))).not.toBe('pagerduty');
  });
});
