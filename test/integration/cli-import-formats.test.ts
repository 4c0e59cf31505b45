import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportTimelineReport } from '../../src/main/cli/commands/import-timeline.ts';
import { dispatch } from '../../src/main/api/dispatch.ts';
import type { TimelineEvent } from '../../src/shared/domain/timeline.ts';
import { killAllChildren, ok, runCliProcess, seedDatabase, useTempDir } from '../harness/index.ts';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/timeline-formats');

type Stored = [time: string, phase: string, actor: string, description: string];

/**
 * Each tool's file of the invented payments-api incident (20-21 November 2026), what the CLI should store from it when
 * it recognises the format by itself, and how many entries it should refuse (each fixture holds one damaged entry).
 */
const CASES: Array<{ fixture: string; source: string; origin: string[]; stored: Stored[] }> = [
  {
    fixture: 'pagerduty/incident-4711-log-entries.json',
    source: 'pagerduty_import',
    origin: ['payments-api'],
    stored: [
      ['2026-11-20T23:39:12.000Z', 'detection', 'Prometheus (Events API v2)', 'Triggered through the API: Payments API 5xx ratio above 5% | region=eu-west'],
      ['2026-11-20T23:39:14.000Z', 'response', '', 'Notified דנה כהן via SMS.'],
      ['2026-11-20T23:44:03.000Z', 'response', 'דנה כהן', 'Acknowledged by דנה כהן.'],
      ['2026-11-20T23:54:00.000Z', 'response', '', 'Incident escalated'],
      [
        '2026-11-20T23:57:40.000Z',
        'other',
        'Samir Haddad',
        "Note: Suspect deploy v4.12.0 <script>alert('pager')</script> | rollback? **now** [runbook](javascript:alert(1))",
      ],
      ['2026-11-21T00:02:10.000Z', 'response', 'דנה כהן', 'Reassigned to Ana Lima.'],
      ['2026-11-21T00:05:00.000Z', 'other', 'Samir Haddad', 'Note: Timeline of what the on-call saw, kept verbatim from the bridge: …'],
      ['2026-11-21T00:12:30.000Z', 'other', 'سارة حداد', 'Note: Rollback started \u0007 \u001b[31mred\u001b[0m سارة تتابع'],
      ['2026-11-21T00:20:00.000Z', 'other', 'Ana Lima', 'Urgency changed from low to high.'],
      ['2026-11-21T00:31:05.000Z', 'resolution', 'Ana Lima', 'Resolved by Ana Lima.'],
    ],
  },
  {
    fixture: 'opsgenie/alert-logs.json',
    source: 'opsgenie_import',
    origin: ['alert log'],
    stored: [
      ['2026-11-20T23:38:40.123Z', 'detection', 'System', 'Alert created via Prometheus[Alertmanager]'],
      ['2026-11-20T23:43:10.500Z', 'other', 'dana@example.com', 'Viewed on [web]'],
      ['2026-11-20T23:44:00.000Z', 'response', 'سارة حداد', 'Alert acknowledged via web'],
      ['2026-11-20T23:54:00.000Z', 'response', 'System', 'Alert escalated to next escalation step'],
      ['2026-11-21T00:03:00.000Z', 'other', 'System', 'Alert unacknowledged automatically'],
      ['2026-11-21T00:10:00.000Z', 'other', 'ana@example.com', 'Custom action <script>alert(1)</script> | `restart-pool` executed **twice**'],
      ['2026-11-21T00:31:05.000Z', 'resolution', '', 'Alert closed via API'],
    ],
  },
  {
    fixture: 'opsgenie/alert-notes.json',
    source: 'opsgenie_import',
    origin: ['alert notes'],
    stored: [
      ['2026-11-20T23:50:00.250Z', 'other', 'dana@example.com', 'Note: Timeline of what the on-call saw, kept verbatim from the bridge: …'],
      ['2026-11-21T00:12:00.000Z', 'other', 'ana@example.com', 'Note: Rolling back payments-api to v4.11.3'],
      ['2026-11-21T00:20:00.000Z', 'other', 'דנה כהן', 'Note: הגלגול לאחור הסתיים \u0007 | done'],
    ],
  },
  {
    fixture: 'alertmanager/payments-webhooks.jsonl',
    source: 'alertmanager_import',
    origin: ['payments-oncall'],
    stored: [
      ['2026-11-20T23:38:05.412Z', 'detection', 'Alertmanager', 'Firing: HighErrorRate on payments-api-1:9100 — Payments 5xx ratio at 7% | p99 2.4 s'],
      [
        '2026-11-20T23:40:00.000Z',
        'detection',
        'Alertmanager',
        "Firing: PaymentsLatencyHigh on payments-api-2:9100 — p99 above 2 s <script>alert('am')</script> **bold**",
      ],
      ['2026-11-20T23:58:00.000Z', 'detection', 'Alertmanager', 'Firing: DiskAlmostFull — القرص ممتلئ تقريبا — 91% used'],
      ['2026-11-21T00:33:05.000Z', 'resolution', 'Alertmanager', 'Resolved: HighErrorRate on payments-api-1:9100 — Payments 5xx ratio at 7% | p99 2.4 s'],
      [
        '2026-11-21T00:35:00.000Z',
        'resolution',
        'Alertmanager',
        "Resolved: PaymentsLatencyHigh on payments-api-2:9100 — p99 above 2 s <script>alert('am')</script> **bold**",
      ],
    ],
  },
  {
    fixture: 'github-deployments/payments-api-statuses.json',
    source: 'deployment_import',
    origin: ['production', 'staging'],
    stored: [
      ['2026-11-20T23:20:00.000Z', 'detection', 'samir-h', 'Deployment to staging: failure — Smoke test failed: פקודה נכשלה | exit 1'],
      ['2026-11-20T23:26:00.000Z', 'trigger', 'github-actions[bot]', 'Deployment to production: pending'],
      ['2026-11-20T23:27:00.000Z', 'trigger', '', "Deployment to production: in progress — Deploying v4.12.0 <script>alert('gh')</script> **fast**"],
      ['2026-11-20T23:31:12.000Z', 'mitigation', 'github-actions[bot]', 'Deployment to production: success — Deployed v4.12.0'],
      ['2026-11-21T00:09:30.000Z', 'trigger', 'ana-lima', 'Deployment to production: queued'],
      ['2026-11-21T00:09:58.000Z', 'trigger', 'ana-lima', 'Deployment to production: in progress — Rolling back | v4.12.0 → v4.11.3'],
      ['2026-11-21T00:12:40.000Z', 'mitigation', 'ana-lima', 'Deployment to production: success — Rolled back to v4.11.3'],
      ['2026-11-21T00:14:41.000Z', 'other', 'github-actions[bot]', 'Deployment to production: inactive'],
    ],
  },
];

describe('npm run cli -- import-timeline with the tool formats (as a process)', () => {
  const temp = useTempDir('debrief-cli-import-formats-');
  let databasePath: string;
  let meetingId: string;
  const cli = (...args: string[]) => runCliProcess([...args, '--db', databasePath]);
  const stored = () => seedDatabase(databasePath, (service) => ok<TimelineEvent[]>(dispatch(service, 'timeline.list', { meetingId })));

  beforeEach(async () => {
    databasePath = temp.file(path.join('data', 'debrief.sqlite'));
    meetingId = await seedDatabase(databasePath, (service) => {
      const id = ok<{ id: string }>(dispatch(service, 'meetings.create', { title: 'Payments API errors', incidentId: 'INC-4711', severity: 'SEV2' })).id;
      // Reviewed from Berlin; every time in the files carries its own offset, so the zone must not move them.
      dispatch(service, 'meetings.update', { id, patch: { incidentStartedAt: Date.UTC(2026, 10, 20, 23, 30), timeZone: 'Europe/Berlin' } });
      return id;
    });
  });
  afterEach(killAllChildren);

  it.each(CASES)('recognises $fixture and stores its events in UTC with their source and phase', async ({ fixture, source, origin, stored: expected }) => {
    const result = await cli('import-timeline', '--meeting', meetingId, '--file', path.join(FIXTURES, fixture), '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as ImportTimelineReport;
    expect(report).toMatchObject({ imported: expected.length, skippedDuplicates: 0, duplicates: [] });
    expect(report.rejected).toHaveLength(1);

    const events = await stored();
    // An expected description ending in " …" is the start of a long note (the reader cuts it to 5,000 characters).
    expect(
      events.map((event, index) => {
        const wanted = expected[index]?.[3] ?? '';
        const description = wanted.endsWith(' …') ? `${event.description.slice(0, wanted.length - 2)} …` : event.description;
        return [new Date(event.occurredAt).toISOString(), event.phase, event.actor, description];
      }),
    ).toEqual(expected);
    expect(new Set(events.map((event) => event.source))).toEqual(new Set([source]));
    expect(new Set(events.map((event) => event.origin))).toEqual(new Set(origin));
    expect(events.every((event) => event.precision === 'second' && event.description.length <= 5_000)).toBe(true);
  });

  it('prints the damaged entry by its place in the file, and keeps only the window of --from and --until', async () => {
    const file = path.join(FIXTURES, 'pagerduty/incident-4711-log-entries.json');
    const result = await cli('import-timeline', '--meeting', meetingId, '--file', file, '--from', '2026-11-21T00:00:00Z', '--until', '2026-11-21T00:20:00Z');
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe('Imported 4 events; skipped 0 likely duplicates; rejected 1 row.');
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      'Rejected 1 row:',
      '  line 8: log_entries[7].created_at: "last tuesday" is not a date and time (ISO 8601, for example 2026-11-20T14:05:09Z)',
    ]);
    expect((await stored()).map((event) => new Date(event.occurredAt).toISOString())).toEqual([
      '2026-11-21T00:02:10.000Z',
      '2026-11-21T00:05:00.000Z',
      '2026-11-21T00:12:30.000Z',
      '2026-11-21T00:20:00.000Z',
    ]);
  });

  it('skips every alert of the same webhooks imported again as a likely duplicate', async () => {
    const file = path.join(FIXTURES, 'alertmanager/payments-webhooks.jsonl');
    expect((await cli('import-timeline', '--meeting', meetingId, '--file', file)).code).toBe(0);
    const again = await cli('import-timeline', '--meeting', meetingId, '--file', file);
    // Nothing imported and one line rejected (the damaged payload): the CLI's rule makes that exit 1.
    expect(again.code).toBe(1);
    expect(again.stdout.split('\n')[0]).toBe('Imported 0 events; skipped 5 likely duplicates; rejected 1 row.');
    expect(await stored()).toHaveLength(5);
  });

  it('refuses Alertmanager payloads of another version, writing nothing', async () => {
    const file = temp.file('v3.json');
    writeFileSync(
      file,
      JSON.stringify({
        version: '3',
        groupKey: '{}:{alertname="DiskFull"}',
        status: 'firing',
        receiver: 'db',
        alerts: [{ status: 'firing', labels: { alertname: 'DiskFull' }, annotations: {}, startsAt: '2026-11-20T23:40:00Z', endsAt: '0001-01-01T00:00:00Z' }],
      }),
    );
    const result = await cli('import-timeline', '--meeting', meetingId, '--file', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('line 1: version: is "3"; Debrief reads Alertmanager webhook payloads of version "4"');
    expect(await stored()).toEqual([]);
  });
});
