import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import { checkNoteTakerCall } from '../../src/main/joining/note-taker-access.ts';
import { archiveJson } from '../../src/shared/archive/archive-json.ts';
import type { MeetingArchive } from '../../src/shared/archive/meeting-archive.ts';
import type { CallResponse } from '../../src/shared/api/wire.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { TimelineEvent } from '../../src/shared/domain/timeline.ts';
import { useServiceOnTempFile, ok } from '../harness/index.ts';

const at = (clock: string) => Date.parse(`2026-11-20T${clock}:00Z`);
const IMPORT_ID = '1b2c3d4e-0000-4000-8000-000000000017';

/** Issue 17: every event remembers where it came from, can be starred as a key moment, and the archive keeps both. */
describe('key moments and sources on a real SQLite file', () => {
  const fixture = useServiceOnTempFile();
  const call = (method: string, input: unknown) => dispatch(fixture.service, method, input);

  /** A meeting with two events imported from a Slack channel and one typed. */
  function meetingWithImport(): { meeting: Meeting; events: TimelineEvent[] } {
    const meeting = ok<Meeting>(call('meetings.create', { title: 'Checkout outage', incidentId: 'INC-17' }));
    ok(call('timeline.importStart', { meetingId: meeting.id, id: IMPORT_ID }));
    ok(
      call('timeline.import', {
        importId: IMPORT_ID,
        events: [
          { occurredAt: at('14:00'), description: 'Deploy of checkout 4.2 started', actor: 'deploybot', source: 'slack_import', origin: '#incident-42' },
          { occurredAt: at('14:05'), description: 'Error rate above 5 %', actor: 'Sarah Cohen', source: 'slack_import', origin: '#incident-42' },
        ],
      }),
    );
    ok(call('timeline.importFinish', { id: IMPORT_ID }));
    ok(call('timeline.add', { meetingId: meeting.id, occurredAt: at('14:09'), description: 'Rollback decided', source: 'manual' }));
    return { meeting, events: ok<TimelineEvent[]>(call('timeline.list', { meetingId: meeting.id })) };
  }

  const stored = () =>
    fixture.db.prepare('SELECT description, source, origin, key_moment FROM timeline_events ORDER BY occurred_at').all() as {
      description: string;
      source: string;
      origin: string;
      key_moment: number;
    }[];

  it('stores a star set with timeline.update, and takes it off again, leaving the rest of the event as it was', () => {
    const { meeting, events } = meetingWithImport();
    const second = events[1]!;
    const starred = ok<TimelineEvent>(call('timeline.update', { id: second.id, patch: { keyMoment: true } }));
    expect(starred).toMatchObject({ keyMoment: true, description: 'Error rate above 5 %', source: 'slack_import', origin: '#incident-42' });
    expect(stored()).toEqual([
      { description: 'Deploy of checkout 4.2 started', source: 'slack_import', origin: '#incident-42', key_moment: 0 },
      { description: 'Error rate above 5 %', source: 'slack_import', origin: '#incident-42', key_moment: 1 },
      { description: 'Rollback decided', source: 'manual', origin: '', key_moment: 0 },
    ]);
    expect(ok<TimelineEvent>(call('timeline.get', { id: second.id })).keyMoment).toBe(true);
    // A star is report content, so it counts as a change of the meeting.
    expect(ok<Meeting>(call('meetings.get', { id: meeting.id })).revision).toBeGreaterThan(meeting.revision);

    ok(call('timeline.update', { id: second.id, patch: { keyMoment: false } }));
    expect(stored().map((row) => row.key_moment)).toEqual([0, 0, 0]);
  });

  it('refuses a star that is not true or false, naming the field, and changes nothing', () => {
    const { events } = meetingWithImport();
    const response = call('timeline.update', { id: events[0]!.id, patch: { keyMoment: 'yes' } });
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'patch.keyMoment' } });
    expect(stored().map((row) => row.key_moment)).toEqual([0, 0, 0]);
  });

  it('keeps stars and origins through an archive export and import', () => {
    const { meeting, events } = meetingWithImport();
    ok(call('timeline.update', { id: events[1]!.id, patch: { keyMoment: true } }));
    ok(call('timeline.update', { id: events[2]!.id, patch: { keyMoment: true } }));
    const archive = ok<MeetingArchive>(call('archive.export', { meetingId: meeting.id }));
    expect(archive.timeline.map((event) => [event.source, event.origin, event.keyMoment])).toEqual([
      ['slack_import', '#incident-42', false],
      ['slack_import', '#incident-42', true],
      ['manual', '', true],
    ]);

    const copy = ok<Meeting>(call('archive.import', { archive: archiveJson(archive) }));
    expect(copy.id).not.toBe(meeting.id);
    const imported = ok<TimelineEvent[]>(call('timeline.list', { meetingId: copy.id }));
    expect(imported.map((event) => [event.description, event.source, event.origin, event.keyMoment])).toEqual([
      ['Deploy of checkout 4.2 started', 'slack_import', '#incident-42', false],
      ['Error rate above 5 %', 'slack_import', '#incident-42', true],
      ['Rollback decided', 'manual', '', true],
    ]);
  });

  it("lets a paired note-taker star an event of their own meeting (timeline.update is per row), not another meeting's", () => {
    const { meeting, events } = meetingWithImport();
    const other = ok<Meeting>(call('meetings.create', { title: 'Other review' }));
    const theirs = ok<TimelineEvent>(call('timeline.add', { meetingId: other.id, occurredAt: at('10:00'), description: 'Unrelated' }));
    const session = { role: 'note_taker' as const, sessionId: 's-17', meetingId: meeting.id, name: 'Priya' };
    const asNoteTaker = (method: string, input: unknown) => {
      const checked = checkNoteTakerCall(fixture.db, session, method, input);
      return checked.ok ? { status: 200, response: dispatch(fixture.service, checked.method, checked.input) } : checked;
    };
    const mine = asNoteTaker('timeline.update', { id: events[0]!.id, patch: { keyMoment: true } });
    expect(mine.status).toBe(200);
    expect(ok<TimelineEvent>((mine as { response: CallResponse }).response).keyMoment).toBe(true);
    expect(asNoteTaker('timeline.update', { id: theirs.id, patch: { keyMoment: true } }).status).not.toBe(200);
    expect(ok<TimelineEvent>(call('timeline.get', { id: theirs.id })).keyMoment).toBe(false);
  });
});
