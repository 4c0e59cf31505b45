import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ChangesSince } from '../../src/shared/api/changes.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { TimelineEvent } from '../../src/shared/domain/timeline.ts';
import { dispatch } from '../../src/main/api/dispatch.ts';
import { createService } from '../../src/main/service/service.ts';
import { useServiceOnTempFile, ok } from '../harness/index.ts';

describe('changes.since: what a window missed while its connection was down', () => {
  const fixture = useServiceOnTempFile();

  const add = (meetingId: string, description: string) =>
    ok<TimelineEvent>(dispatch(fixture.service, 'timeline.add', { meetingId, occurredAt: Date.UTC(2026, 10, 20, 9, 0), description }));

  it('lists every change after the revision the window saw, in order, and nothing of other meetings', () => {
    const meeting = ok<Meeting>(dispatch(fixture.service, 'meetings.create', { title: 'Queue consumers stalled' }));
    const other = ok<Meeting>(dispatch(fixture.service, 'meetings.create', { title: 'Another review' }));
    const first = add(meeting.id, 'Lag alarm fired');
    const seen = ok<Meeting>(dispatch(fixture.service, 'meetings.get', { id: meeting.id })).revision;

    const second = add(meeting.id, 'Consumers restarted');
    add(other.id, 'Unrelated');
    ok(dispatch(fixture.service, 'timeline.update', { id: first.id, patch: { actor: 'Grafana' } }));
    ok(dispatch(fixture.service, 'timeline.delete', { id: second.id }));

    const missed = ok<ChangesSince>(dispatch(fixture.service, 'changes.since', { meetingId: meeting.id, revision: seen }));
    expect(missed.complete).toBe(true);
    expect(missed.revision).toBe(seen + 3);
    expect(missed.changes.map((change) => [change.revision, change.entityId, change.op])).toEqual([
      [seen + 1, second.id, 'created'],
      [seen + 2, first.id, 'updated'],
      [seen + 3, second.id, 'deleted'],
    ]);
    expect(ok<ChangesSince>(dispatch(fixture.service, 'changes.since', { meetingId: meeting.id, revision: missed.revision }))).toEqual({
      complete: true,
      revision: missed.revision,
      changes: [],
    });
  });

  it('says it cannot vouch when another program wrote to the file, or the app restarted, so the window reads everything', () => {
    const meeting = ok<Meeting>(dispatch(fixture.service, 'meetings.create', { title: 'Queue consumers stalled' }));
    const seen = ok<Meeting>(dispatch(fixture.service, 'meetings.get', { id: meeting.id })).revision;
    // The CLI, say, on the same file: its change never passed through this fixture.service.
    const other = new Database(fixture.temp.file('debrief.sqlite'));
    other.prepare('UPDATE meetings SET revision = revision + 1 WHERE id = ?').run(meeting.id);
    other.close();
    add(meeting.id, 'Typed after the outside write');
    expect(ok<ChangesSince>(dispatch(fixture.service, 'changes.since', { meetingId: meeting.id, revision: seen }))).toMatchObject({
      complete: false,
      changes: [],
    });

    const restarted = createService(fixture.db);
    const now = ok<Meeting>(dispatch(restarted, 'meetings.get', { id: meeting.id })).revision;
    expect(ok<ChangesSince>(dispatch(restarted, 'changes.since', { meetingId: meeting.id, revision: now - 1 }))).toMatchObject({ complete: false });
    expect(ok<ChangesSince>(dispatch(restarted, 'changes.since', { meetingId: meeting.id, revision: now }))).toEqual({
      complete: true,
      revision: now,
      changes: [],
    });
  });

  it('names what is wrong with the question', () => {
    expect(dispatch(fixture.service, 'changes.since', { meetingId: '00000000-0000-4000-8000-000000000000', revision: 0 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(dispatch(fixture.service, 'changes.since', { meetingId: '00000000-0000-4000-8000-000000000000', revision: -1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'revision' },
    });
  });
});
