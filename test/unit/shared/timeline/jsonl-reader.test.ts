import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonlReader } from '../../../../src/shared/timeline/formats/jsonl-reader.ts';
import { detectFormat, readTimelineFile } from '../../../../src/shared/timeline/formats/registry.ts';
import type { ReaderOptions } from '../../../../src/shared/timeline/formats/timeline-reader.ts';
import type { ImportPreview } from '../../../../src/shared/timeline/import-result.ts';

const FIXTURES = path.join(import.meta.dirname, '../../../fixtures/timeline-formats/jsonl');
const fixture = (name: string) => ({ name, bytes: readFileSync(path.join(FIXTURES, name)) });
const textFile = (text: string, name = 'log.jsonl') => ({ name, bytes: new TextEncoder().encode(text) });
const lines = (...records: unknown[]) => records.map((record) => (typeof record === 'string' ? record : JSON.stringify(record))).join('\n');

// The incident was reviewed in New York (UTC-05:00 in November).
const options: ReaderOptions = { timeZone: 'America/New_York', anchorDate: '2026-11-20' };
const iso = (ms: number) => new Date(ms).toISOString();
const rows = (preview: ImportPreview) => preview.events.map((event) => [event.line, iso(event.occurredAt), event.description, event.actor]);
const read = (text: string, extra: Partial<ReaderOptions> = {}) => jsonlReader.read(textFile(text), { ...options, ...extra });

describe('jsonl reader: journalctl -o json', () => {
  it('reads __REALTIME_TIMESTAMP (µs), MESSAGE as text or bytes, and the unit as the actor, across midnight', () => {
    const preview = jsonlReader.read(fixture('journal.json'), options);
    expect(rows(preview)).toEqual([
      [1, '2026-11-20T23:58:01.250Z', 'Started nightly vacuum of the payments database.', 'pg-vacuum.service'],
      [2, '2026-11-20T23:59:30.000Z', 'connection pool exhausted (64/64 in use)', 'pgbouncer.service'],
      // Written as a list of bytes because of the line break; the Hebrew is UTF-8.
      [3, '2026-11-21T00:00:02.999Z', 'worker 3 died\nsignal: SIGKILL (שגיאה)', 'pgbouncer.service'],
      // The kernel's lines have no unit.
      [4, '2026-11-21T00:00:05.000Z', 'Out of memory: Killed process 4242 (postgres)', ''],
      [6, '2026-11-21T00:01:00.000Z', 'operator note: <script>alert("x")</script> \u202eetalpmet\u202c restarted by hand', 'pg-admin.service'],
      [7, '2026-11-21T00:02:10.500Z', 'bell \u0007 and escape \u001b[31mred\u001b[0m in a message', 'pg-admin.service'],
      [10, '2026-11-21T00:05:00.000Z', 'payments database accepting connections again', 'postgresql@16-main.service'],
    ]);
    expect(preview.rejected).toEqual([
      { line: 5, reason: 'record: is not JSON' },
      { line: 8, reason: 'message: is null (journalctl writes null for a value larger than its export limit)' },
      { line: 9, reason: 'description: must be at most 5000 characters' },
    ]);
    expect(new Set(preview.events.map((event) => `${event.source} ${event.origin} ${event.phase} ${event.precision}`))).toEqual(
      new Set(['jsonl_import journal.json other second']),
    );
  });

  it('offers the fields of the first records and suggests the journal fields', () => {
    const choices = jsonlReader.choices?.(fixture('journal.json'));
    expect(choices?.suggested).toEqual({ timeField: '__REALTIME_TIMESTAMP', messageField: 'MESSAGE', actorField: '_SYSTEMD_UNIT' });
    expect(choices?.fields).toEqual(
      expect.arrayContaining(['__CURSOR', '__REALTIME_TIMESTAMP', 'MESSAGE', '_SYSTEMD_UNIT', 'SYSLOG_IDENTIFIER', '_COMM', 'PRIORITY']),
    );
  });

  it('takes another actor field when told, such as SYSLOG_IDENTIFIER, which the kernel lines carry too', () => {
    const preview = jsonlReader.read(fixture('journal.json'), { ...options, actorField: 'SYSLOG_IDENTIFIER' });
    expect(preview.events.map((event) => event.actor)).toEqual(['systemd', 'pgbouncer', 'pgbouncer', 'kernel', 'pg-admin', 'pg-admin', 'postgres']);
  });

  it('joins a field given several times (a list of strings) with line breaks (an actor with commas), and decodes bytes that are not UTF-8 as U+FFFD', () => {
    const preview = read(
      lines(
        { __REALTIME_TIMESTAMP: '1795219081250000', MESSAGE: ['first value', 'second value'], _SYSTEMD_UNIT: ['a.service', 'b.service'] },
        { __REALTIME_TIMESTAMP: '1795219082000000', MESSAGE: [104, 105, 0xff, 33] },
        { __REALTIME_TIMESTAMP: '1795219083000000', MESSAGE: { nested: true } },
      ),
      { actorField: '_SYSTEMD_UNIT' },
    );
    expect(rows(preview)).toEqual([
      [1, '2026-11-20T23:58:01.250Z', 'first value\nsecond value', 'a.service, b.service'],
      [2, '2026-11-20T23:58:02.000Z', 'hi\uFFFD!', ''],
    ]);
    expect(preview.rejected).toEqual([{ line: 3, reason: 'message: is an object, not text; choose a field inside it' }]);
  });
});

describe('jsonl reader: application logs', () => {
  it('reads a Bunyan-style log: ISO times with offsets, a time without one in the meeting zone, and each bad line', () => {
    const preview = jsonlReader.read(fixture('app-bunyan.log'), options);
    expect(rows(preview)).toEqual([
      [1, '2026-11-20T23:57:00.000Z', 'checkout service started', 'checkout'],
      [2, '2026-11-20T23:58:59.500Z', 'payment call slow', 'checkout'],
      [3, '2026-11-21T00:00:01.125Z', 'payment failed: pool exhausted', 'checkout'],
      [4, '2026-11-21T00:00:30.000Z', 'مستخدم user רחל retried the payment', 'checkout'],
      [6, '2026-11-21T00:01:00.000Z', '<script>alert(1)</script><img src=x onerror=alert(2)>', 'checkout'],
      [8, '2026-11-21T00:02:00.000Z', 'tab\there, bell \u0007, escape \u001b[2J done', 'checkout'],
      // "2026-11-20 19:03:00" in New York
      [9, '2026-11-21T00:03:00.000Z', 'local time without an offset', 'checkout'],
      [13, '2026-11-21T00:05:00.999Z', 'traffic back to normal', 'checkout'],
    ]);
    expect(preview.rejected).toEqual([
      { line: 5, reason: 'record: is not JSON' },
      { line: 7, reason: 'record: is JSON but not an object ({...})' },
      { line: 10, reason: 'time: "soon" is not a time (use HH:MM, YYYY-MM-DD HH:MM or ISO 8601)' },
      { line: 11, reason: 'description: must not be empty' },
      { line: 12, reason: 'description: must not contain the NUL character (U+0000); remove it and try again' },
    ]);
  });

  it('flattens nested objects into dotted fields and reads a nested path when told', () => {
    const choices = jsonlReader.choices?.(fixture('app-bunyan.log'));
    expect(choices?.fields).toEqual([
      'name',
      'hostname',
      'pid',
      'level',
      'msg',
      'time',
      'v',
      'req.method',
      'req.url',
      'req.headers.x-request-id',
      'latency_ms',
      'err.message',
      'err.name',
      'err.stack',
    ]);
    expect(choices?.suggested).toEqual({ timeField: 'time', messageField: 'msg', actorField: 'name' });
    const preview = jsonlReader.read(fixture('app-bunyan.log'), { ...options, messageField: 'err.message', actorField: 'hostname' });
    expect(rows(preview)).toEqual([[3, '2026-11-21T00:00:01.125Z', 'timeout acquiring connection', 'web-2']]);
    // The records without err.message are rejected one by one: the field exists in some.
    expect(preview.rejected.filter((row) => row.reason === 'message: the field "err.message" is missing')).toHaveLength(9);
  });

  it('reads a Docker json-file log: the line break of `log` is dropped, a 16 KB part is too long, the cut record is rejected', () => {
    const preview = jsonlReader.read(fixture('docker-json-file.log'), options);
    expect(jsonlReader.choices?.(fixture('docker-json-file.log'))?.suggested).toEqual({ timeField: 'time', messageField: 'log' });
    expect(rows(preview)).toEqual([
      [1, '2026-11-20T23:59:58.123Z', 'level=info msg="listening on :8080"', ''],
      [2, '2026-11-21T00:00:01.000Z', 'level=error msg="upstream timed out" upstream=payments', ''],
      [3, '2026-11-21T00:00:45.500Z', 'עדכון: rollback started by <b>dana</b>', ''],
      [5, '2026-11-21T00:01:00.000Z', 'B tail of the long line', ''],
      [7, '2026-11-21T00:02:00.000Z', '\u001b[32mhealthy\u001b[0m', ''],
    ]);
    expect(preview.rejected).toEqual([
      { line: 4, reason: 'description: must be at most 5000 characters' },
      { line: 6, reason: 'record: is not JSON' },
    ]);
  });

  it.each([
    [
      'pino',
      { level: 30, time: 1795219081250, pid: 4012, hostname: 'web-1', msg: 'hello' },
      { timeField: 'time', messageField: 'msg', actorField: 'hostname' },
    ],
    ['klog JSON', { ts: 1795219081.25, caller: 'app/server.go:42', msg: 'hello', v: 0 }, { timeField: 'ts', messageField: 'msg' }],
    [
      'Elastic (ECS), nested',
      { '@timestamp': '2026-11-20T23:58:01.250Z', log: { level: 'info', logger: 'db.pool' }, message: 'hello', service: { name: 'checkout' } },
      { timeField: '@timestamp', messageField: 'message', actorField: 'service.name' },
    ],
    [
      'Elastic (ECS), dotted keys',
      { '@timestamp': '2026-11-20T23:58:01.250Z', 'log.level': 'info', message: 'hello', 'service.name': 'checkout' },
      { timeField: '@timestamp', messageField: 'message', actorField: 'service.name' },
    ],
    [
      'Kubernetes container log through Fluentd',
      { log: 'hello\n', stream: 'stderr', time: '2026-11-20T23:58:01.250123456Z', kubernetes: { container_name: 'api', pod_name: 'api-7d9f' } },
      { timeField: 'time', messageField: 'log', actorField: 'kubernetes.container_name' },
    ],
    [
      'nginx access log as JSON',
      { time_local: '20/Nov/2026:18:58:01 -0500', remote_addr: '10.0.0.7', request: 'GET / HTTP/1.1', status: 502, event: 'hello' },
      { timeField: 'time_local', messageField: 'event' },
    ],
    [
      'a log named in its own words',
      { created_at: '2026-11-20T23:58:01.250Z', error_message: 'hello', user: 'dana' },
      { timeField: 'created_at', messageField: 'error_message', actorField: 'user' },
    ],
  ])('guesses the fields of %s and reads the record', (_shape, record, suggested) => {
    const text = lines(record, record);
    expect(jsonlReader.choices?.(textFile(text))?.suggested).toEqual(suggested);
    const preview = read(text);
    expect(preview.rejected).toEqual([]);
    // Every shape above says 2026-11-20T23:58:01.250Z, except nginx's $time_local, which has whole seconds.
    const time = 'time_local' in record ? '2026-11-20T23:58:01.000Z' : '2026-11-20T23:58:01.250Z';
    expect(preview.events.map((event) => [iso(event.occurredAt), event.description])).toEqual([
      [time, 'hello'],
      [time, 'hello'],
    ]);
  });
});

describe('jsonl reader: times', () => {
  // 2026-11-20T23:58:01.250Z is 1795219081.25 s since 1970.
  it.each([
    ['seconds', 1795219081, '2026-11-20T23:58:01.000Z'],
    ['seconds with a fraction', 1795219081.25, '2026-11-20T23:58:01.250Z'],
    ['seconds with a fraction binary floating point cannot hold', 1795219081.002, '2026-11-20T23:58:01.002Z'],
    ['milliseconds', 1795219081250, '2026-11-20T23:58:01.250Z'],
    ['microseconds', 1795219081250999, '2026-11-20T23:58:01.250Z'],
    // Beyond 2^53 a JSON number is only near the value written: 1795219081250500000 is read as 1795219081250499840.
    ['nanoseconds', 1795219081250500000, '2026-11-20T23:58:01.250Z'],
    ['seconds as text', '1795219081.25', '2026-11-20T23:58:01.250Z'],
    ['milliseconds as text', '1795219081250', '2026-11-20T23:58:01.250Z'],
    ['microseconds as text (journald)', '1795219081250999', '2026-11-20T23:58:01.250Z'],
    ['nanoseconds as text', '1795219081250999999', '2026-11-20T23:58:01.250Z'],
    ['ISO 8601 in UTC', '2026-11-20T23:58:01.250Z', '2026-11-20T23:58:01.250Z'],
    ['ISO 8601 with nanoseconds', '2026-11-20T23:58:01.250999999Z', '2026-11-20T23:58:01.250Z'],
    ['ISO 8601 with an offset', '2026-11-21T01:58:01.25+02:00', '2026-11-20T23:58:01.250Z'],
    ['a space and no offset (meeting zone)', '2026-11-20 18:58:01.250', '2026-11-20T23:58:01.250Z'],
    ['the common log format (nginx $time_local)', '21/Nov/2026:00:58:01 +0100', '2026-11-20T23:58:01.000Z'],
  ])('reads %s', (_kind, time, expected) => {
    const preview = read(lines({ time, msg: 'x' }));
    expect(preview.rejected).toEqual([]);
    expect(preview.events.map((event) => iso(event.occurredAt))).toEqual([expected]);
  });

  it.each([
    [-5, 'time: -5 is before 1970'],
    ['-5', 'time: -5 is before 1970'],
    ['9'.repeat(30), `time: ${'9'.repeat(30)} is after the year 9999`],
    [true, 'time: is true, not a time'],
    [null, 'time: is null, not a time'],
    [{ sec: 1 }, 'time: is an object, not a time'],
    ['2026-02-30T10:00:00Z', 'time: must be a real calendar date'],
  ])('refuses the time %j, naming why', (time, reason) => {
    const preview = read(lines({ time: '2026-11-20T23:58:01Z', msg: 'good' }, { time, msg: 'x' }), { timeField: 'time' });
    expect(preview.events).toHaveLength(1);
    expect(preview.rejected.map((row) => row.line)).toEqual([2]);
    expect(preview.rejected[0]?.reason).toMatch(new RegExp(`^${reason.replace(/[()[\]{}.*+?^$|\\]/g, '\\$&')}`));
  });

  it('keeps only the events inside --from and --until (inclusive), without rejecting the others', () => {
    const text = lines(
      { time: '2026-11-20T23:00:00Z', msg: 'before' },
      { time: '2026-11-20T23:30:00Z', msg: 'first inside' },
      { time: '2026-11-21T00:30:00Z', msg: 'last inside' },
      { time: '2026-11-21T00:30:00.001Z', msg: 'after' },
    );
    const preview = read(text, { from: Date.parse('2026-11-20T23:30:00Z'), until: Date.parse('2026-11-21T00:30:00Z') });
    expect(preview.events.map((event) => event.description)).toEqual(['first inside', 'last inside']);
    expect(preview.rejected).toEqual([]);
  });
});

describe('jsonl reader: choosing fields', () => {
  const text = lines(
    { at: { when: '2026-11-20T23:58:01Z' }, payload: { text: 'disk full' }, who: { name: 'نور' } },
    { at: { when: '2026-11-20T23:59:01Z' }, payload: { text: 'disk cleaned' } },
  );

  it('reads the chosen nested paths; a record without the actor field has no actor', () => {
    const preview = read(text, { timeField: 'at.when', messageField: 'payload.text', actorField: 'who.name' });
    expect(rows(preview)).toEqual([
      [1, '2026-11-20T23:58:01.000Z', 'disk full', 'نور'],
      [2, '2026-11-20T23:59:01.000Z', 'disk cleaned', ''],
    ]);
  });

  it('rejects the file once, listing the fields seen, when the time or message cannot be guessed', () => {
    expect(read(text).rejected).toEqual([
      { line: 1, reason: 'time field: no field clearly holds a time; choose one (--time-field); fields seen: at.when, payload.text, who.name' },
    ]);
    expect(read(text, { timeField: 'at.when' }).rejected).toEqual([
      {
        line: 1,
        reason: 'message field: no field clearly holds the message text; choose one (--message-field); fields seen: at.when, payload.text, who.name',
      },
    ]);
  });

  it.each([
    [{ timeField: 'ts' }, 'time field "ts": not found in any record; fields seen: at.when, payload.text, who.name'],
    [
      { timeField: 'at.when', messageField: 'payload.txt' },
      'message field "payload.txt": not found in any record; fields seen: at.when, payload.text, who.name',
    ],
    [
      { timeField: 'at.when', messageField: 'payload.text', actorField: 'who' + '.nmae' },
      'actor field "who.nmae": not found in any record; fields seen: at.when, payload.text, who.name',
    ],
  ])('rejects the file once when a chosen field is in no record: %j', (fields, reason) => {
    expect(read(text, fields)).toEqual({ events: [], rejected: [{ line: 1, reason }] });
  });

  it('quotes hostile field names in the list, and never reads Object.prototype through a path', () => {
    const hostile = lines({ time: '2026-11-20T23:58:01Z', 'bad\u001b[2Jname': 'x', 'a b': 1 });
    expect(read(hostile).rejected[0]?.reason).toBe(
      'message field: no field clearly holds the message text; choose one (--message-field); fields seen: time, "bad\\u001b[2Jname", "a b"',
    );
    expect(read(hostile, { messageField: 'constructor' }).rejected[0]?.reason).toMatch(/^message field "constructor": not found in any record/);
    expect(read(hostile, { messageField: 'time.constructor' }).rejected[0]?.reason).toMatch(/^message field "time.constructor": not found/);
  });

  it('lists at most 40 fields seen', () => {
    const wide = lines(Object.fromEntries(Array.from({ length: 45 }, (_, index) => [`f${index}`, index])));
    expect(read(wide).rejected[0]?.reason).toMatch(/fields seen: f0, f1, .*, f39 and 5 more$/);
  });
});

describe('jsonl reader: files', () => {
  it('skips blank lines, reads CRLF line ends, and counts lines from 1', () => {
    const preview = read('\r\n{"time":"2026-11-20T23:58:01Z","msg":"a"}\r\n\r\n  \r\n{"time":"2026-11-20T23:58:02Z","msg":"b"}\r\n');
    expect(rows(preview)).toEqual([
      [2, '2026-11-20T23:58:01.000Z', 'a', ''],
      [5, '2026-11-20T23:58:02.000Z', 'b', ''],
    ]);
  });

  it('refuses an empty file (line 0) and bytes that are not UTF-8', () => {
    expect(read('\n  \n')).toEqual({ events: [], rejected: [{ line: 0, reason: 'file: is empty; it needs one JSON object per line' }] });
    expect(jsonlReader.read({ name: 'x.jsonl', bytes: new Uint8Array([0xff, 0xfe, 0x7b]) }, options).rejected).toEqual([
      { line: 1, reason: 'file: is not UTF-8 text' },
    ]);
  });

  it('rejects every line of a file that is not JSON Lines when the format is forced', () => {
    const preview = readTimelineFile(textFile('time,event\n14:00,x\n'), options, 'jsonl');
    expect(preview).toEqual({
      ok: true,
      format: 'jsonl',
      preview: {
        events: [],
        rejected: [
          { line: 1, reason: 'record: is not JSON' },
          { line: 2, reason: 'record: is not JSON' },
        ],
      },
    });
  });
});

describe('jsonl detection through the registry', () => {
  it.each([
    ['journal.json', 'jsonl'],
    ['app-bunyan.log', 'jsonl'],
    ['docker-json-file.log', 'jsonl'],
  ])('detects the fixture %s', (name, format) => {
    expect(detectFormat(fixture(name))).toBe(format);
  });

  it.each([
    ['one object on one line', '{"time":"2026-11-20T23:58:01Z","msg":"a"}\n', 'jsonl'],
    ['a cut line among the first five', lines({ a: 1 }, { a: 2 }, '{"a":', { a: 4 }), 'jsonl'],
    ['a cut first line', lines('{"a":', { a: 2 }, { a: 3 }), null],
    ['two cut lines among the first five', lines({ a: 1 }, '{"a":', { a: 3 }, 'nope'), null],
    ['a JSON array', '[{"a":1},\n{"a":2}]', null],
    ['a pretty-printed object', '{\n  "a": 1\n}\n', null],
    ['arrays on each line', '[1]\n[2]\n', null],
    ['CSV', 'time,event\n14:00,x\n', 'csv'],
    ['chat lines', '[14:05] alice: error rate is up\n14:07 bob: paged\n', 'chat'],
  ])('%s → %s', (_kind, text, format) => {
    expect(detectFormat(textFile(text))).toBe(format);
  });
});

describe('jsonl reader on large files', () => {
  it('reads 100,000 journal lines, and a file of 100,000 cut lines, in reasonable time (a guard against slow paths)', () => {
    const start = Date.parse('2026-11-20T23:00:00Z');
    const journal = Array.from({ length: 100_000 }, (_, index) =>
      JSON.stringify({
        __REALTIME_TIMESTAMP: String((start + index * 37) * 1000 + 999),
        _SYSTEMD_UNIT: index % 2 === 0 ? 'nginx.service' : 'api.service',
        MESSAGE: `request ${index} served`,
      }),
    ).join('\n');
    let started = performance.now();
    const preview = read(journal);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(preview.rejected).toEqual([]);
    expect(preview.events).toHaveLength(100_000);
    expect(rows({ events: [preview.events[99_999]!], rejected: [] })).toEqual([[100_000, '2026-11-21T00:01:39.963Z', 'request 99999 served', 'api.service']]);

    started = performance.now();
    const cut = read(`{"time":"2026-11-20T23:00:00Z","msg":"a"}\n${'{"time":"2026-11-20T23:00:00Z","msg":\n'.repeat(100_000)}`);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(cut.events).toHaveLength(1);
    expect(cut.rejected).toHaveLength(100_000);
  });

  it('reads a 5 MB line as one record, and rejects its message as too long', () => {
    const preview = read(lines({ time: '2026-11-20T23:00:00Z', msg: 'x'.repeat(5_000_000) }, { time: '2026-11-20T23:00:01Z', msg: 'next' }));
    expect(preview.rejected).toEqual([{ line: 1, reason: 'description: must be at most 5000 characters' }]);
    expect(preview.events.map((event) => event.description)).toEqual(['next']);
  });
});
