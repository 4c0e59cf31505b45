import { describe, expect, it } from 'vitest';
import { alertmanagerReader } from '../../../../src/shared/timeline/formats/alertmanager-reader.ts';
import { detectFormat } from '../../../../src/shared/timeline/formats/registry.ts';
import { context, fixtureFile, jsonFile, otherClaims, row, textFile } from '../../../harness/timeline-fixtures.ts';

const FIXTURE = 'alertmanager/payments-webhooks.jsonl';
const ZERO = '0001-01-01T00:00:00Z';

/** A version 4 payload as Alertmanager posts it, with the given alerts. */
const payload = (alerts: unknown[], fields: Record<string, unknown> = {}) => ({
  receiver: 'db-oncall',
  status: 'firing',
  alerts,
  groupLabels: { alertname: 'DiskFull' },
  commonLabels: {},
  commonAnnotations: {},
  externalURL: 'http://alertmanager:9093',
  version: '4',
  groupKey: '{}:{alertname="DiskFull"}',
  truncatedAlerts: 0,
  ...fields,
});
const alert = (fields: Record<string, unknown> = {}) => ({
  status: 'firing',
  labels: { alertname: 'DiskFull', instance: 'db-1:9100' },
  annotations: { summary: 'Disk at 95%' },
  startsAt: '2026-11-20T22:00:00Z',
  endsAt: ZERO,
  generatorURL: 'http://prometheus:9090/graph',
  fingerprint: 'f00d',
  ...fields,
});

describe('the Alertmanager reader', () => {
  it('detects the JSON Lines fixture by its first payload, and no other tool format claims it', () => {
    const file = fixtureFile(FIXTURE);
    expect(detectFormat(file)).toBe('alertmanager');
    expect(otherClaims(file, 'alertmanager')).toEqual([]);
  });

  it('reads each alert once as firing at startsAt and, once resolved, as resolved at endsAt, in UTC', () => {
    const preview = alertmanagerReader.read(fixtureFile(FIXTURE), context);
    expect(preview.events.map(row)).toEqual([
      // Nanoseconds are cut to milliseconds.
      [1, '2026-11-20T23:38:05.412Z', 'detection', 'Alertmanager', 'Firing: HighErrorRate on payments-api-1:9100 — Payments 5xx ratio at 7% | p99 2.4 s'],
      // 01:40 at +02:00 is 23:40 UTC on the day before; this alert has no fingerprint, so its labels identify it.
      [
        1,
        '2026-11-20T23:40:00.000Z',
        'detection',
        'Alertmanager',
        "Firing: PaymentsLatencyHigh on payments-api-2:9100 — p99 above 2 s <script>alert('am')</script> **bold**",
      ],
      // Line 2 repeats the first two alerts (left out) and adds one without an instance or a summary.
      [2, '2026-11-20T23:58:00.000Z', 'detection', 'Alertmanager', 'Firing: DiskAlmostFull — القرص ممتلئ تقريبا — 91% used'],
      // Line 4 resolves the first two after midnight UTC; the disk alert still fires with Go's zero time as its end.
      [4, '2026-11-21T00:33:05.000Z', 'resolution', 'Alertmanager', 'Resolved: HighErrorRate on payments-api-1:9100 — Payments 5xx ratio at 7% | p99 2.4 s'],
      [
        4,
        '2026-11-21T00:35:00.000Z',
        'resolution',
        'Alertmanager',
        "Resolved: PaymentsLatencyHigh on payments-api-2:9100 — p99 above 2 s <script>alert('am')</script> **bold**",
      ],
    ]);
    expect(preview.rejected).toEqual([{ line: 3, reason: expect.stringMatching(/^payload: is not JSON \(/) as string }]);
    expect(new Set(preview.events.map((event) => [event.source, event.origin, event.precision].join()))).toEqual(
      new Set(['alertmanager_import,payments-oncall,second']),
    );
  });

  it('keeps only the events inside --from and --until, both ends included', () => {
    const preview = alertmanagerReader.read(fixtureFile(FIXTURE), {
      ...context,
      from: Date.parse('2026-11-20T23:40:00Z'),
      until: Date.parse('2026-11-21T00:33:05Z'),
    });
    expect(preview.events.map((event) => event.description.split(' — ')[0])).toEqual([
      'Firing: PaymentsLatencyHigh on payments-api-2:9100',
      'Firing: DiskAlmostFull',
      'Resolved: HighErrorRate on payments-api-1:9100',
    ]);
  });

  it('reads one payload, or an array of payloads, numbering events by alert', () => {
    const one = payload([alert(), alert({ labels: { alertname: 'DiskFull', instance: 'db-2:9100' }, fingerprint: 'beef' })]);
    expect(detectFormat(jsonFile('one.json', one))).toBe('alertmanager');
    expect(alertmanagerReader.read(jsonFile('one.json', one), context).events.map((event) => [event.line, event.description])).toEqual([
      [1, 'Firing: DiskFull on db-1:9100 — Disk at 95%'],
      [2, 'Firing: DiskFull on db-2:9100 — Disk at 95%'],
    ]);

    const resolved = payload([alert({ status: 'resolved', endsAt: '2026-11-20T22:30:00.5-01:00' })], { status: 'resolved' });
    const array = [one, resolved];
    expect(detectFormat(jsonFile('many.json', array))).toBe('alertmanager');
    const preview = alertmanagerReader.read(jsonFile('many.json', array), context);
    expect(preview.events.map((event) => [event.line, event.occurredAt, event.phase, event.origin])).toEqual([
      [1, Date.parse('2026-11-20T22:00:00Z'), 'detection', 'db-oncall'],
      [2, Date.parse('2026-11-20T22:00:00Z'), 'detection', 'db-oncall'],
      [3, Date.parse('2026-11-20T23:30:00.500Z'), 'resolution', 'db-oncall'],
    ]);
  });

  it('imports a firing alert again when it starts again, and takes the alert name as origin without a receiver', () => {
    const file = jsonFile('again.json', [
      payload([alert()], { receiver: undefined }),
      payload([alert({ startsAt: '2026-11-20T23:00:00Z' })], { receiver: undefined }),
    ]);
    expect(alertmanagerReader.read(file, context).events.map((event) => [event.occurredAt, event.origin])).toEqual([
      [Date.parse('2026-11-20T22:00:00Z'), 'DiskFull'],
      [Date.parse('2026-11-20T23:00:00Z'), 'DiskFull'],
    ]);
  });

  it('refuses payloads of another version, naming the version it found', () => {
    const file = jsonFile('v3.json', [
      payload([alert()], { version: '3' }),
      payload([alert()], { version: undefined }),
      payload([alert({ fingerprint: 'cafe' })]),
    ]);
    expect(detectFormat(file)).toBe('alertmanager');
    const preview = alertmanagerReader.read(file, context);
    expect(preview.rejected).toEqual([
      { line: 1, reason: '[0].version: is "3"; Debrief reads Alertmanager webhook payloads of version "4"' },
      { line: 1, reason: '[1].version: is missing; Debrief reads Alertmanager webhook payloads of version "4"' },
    ]);
    expect(preview.events.map((event) => event.line)).toEqual([1]);
    // Grafana's webhook copies the shape with version "1": recognised, and refused the same way.
    expect(alertmanagerReader.read(jsonFile('grafana.json', payload([alert()], { version: '1', orgId: 1 })), context).rejected).toEqual([
      { line: 1, reason: 'version: is "1"; Debrief reads Alertmanager webhook payloads of version "4"' },
    ]);
  });

  it('names the payload and alert of each damaged alert', () => {
    const file = jsonFile('bad.json', [
      payload([
        'x',
        alert({ startsAt: undefined }),
        alert({ status: 'resolved', endsAt: 'later', fingerprint: 'a' }),
        alert({ labels: {}, annotations: {}, fingerprint: 'b' }),
      ]),
      { alerts: 'none', version: '4' },
      42,
    ]);
    const preview = alertmanagerReader.read(file, context);
    expect(preview.rejected).toEqual([
      { line: 1, reason: '[0].alerts[0]: is not an alert object' },
      { line: 2, reason: '[0].alerts[1].startsAt: is missing' },
      { line: 3, reason: '[0].alerts[2].endsAt: "later" is not a date and time (ISO 8601, for example 2026-11-20T14:05:09Z)' },
      { line: 5, reason: '[1].alerts: is missing; a webhook payload lists its alerts there' },
      { line: 5, reason: '[2]: is not a webhook payload object' },
    ]);
    // The resolved alert with a damaged end still fired; an alert without labels is still an event.
    expect(preview.events.map((event) => [event.line, event.description])).toEqual([
      [3, 'Firing: DiskFull on db-1:9100 — Disk at 95%'],
      [4, 'Firing: an alert without a name'],
    ]);
  });

  it('refuses an empty file, and does not claim other JSON Lines', () => {
    expect(alertmanagerReader.read(textFile('empty.jsonl', '\n \n'), context).rejected).toEqual([{ line: 1, reason: 'file: is empty' }]);
    expect(detectFormat(textFile('log.jsonl', '{"ts":"2026-11-20T22:00:00Z","msg":"disk full"}\n{"ts":"2026-11-20T22:01:00Z","msg":"ok"}\n'))).not.toBe(
      'alertmanager',
    );
    expect(detectFormat(jsonFile('x.json', { alerts: [] }))).not.toBe('alertmanager');
  });
});
