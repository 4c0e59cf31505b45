import { beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import { checkNoteTakerCall } from '../../src/main/joining/note-taker-access.ts';
import { archiveJson } from '../../src/shared/archive/archive-json.ts';
import type { MeetingArchive } from '../../src/shared/archive/meeting-archive.ts';
import type { ActionItem } from '../../src/shared/domain/actions.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { Review } from '../../src/shared/domain/review.ts';
import type { NoteTakerSession } from '../../src/shared/joining/joining.ts';
import { failure, ok, useServiceOnTempFile } from '../harness/index.ts';

const MINUTE = 60_000;
const START = Date.UTC(2026, 10, 21, 9, 0);

describe('a review from draft to published, on a real SQLite file', () => {
  let clock = START;
  const fixture = useServiceOnTempFile(() => ({ clock: () => clock }));
  let meetingId: string;
  let session: NoteTakerSession;

  const call = (method: string, input: unknown) => dispatch(fixture.service, method, input);
  const review = () => ok<Review>(call('review.get', { meetingId }));
  const setState = (state: string) => call('review.setState', { meetingId, state });
  const addEvent = (description: string) => call('timeline.add', { meetingId, occurredAt: START - 3_600_000, description });
  const count = (table: string) => (fixture.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const edits = () => review().history.filter((entry) => entry.kind === 'edit_after_circulation');
  /** A note-taker's call goes through the join server's access check, then the same dispatch() with them as caller. */
  const asNoteTaker = (method: string, input: unknown) => {
    const checked = checkNoteTakerCall(fixture.db, session, method, input);
    if (!checked.ok) return { ok: false as const, error: checked.error };
    return dispatch(fixture.service, checked.method, checked.input, session);
  };

  beforeEach(() => {
    clock = START;
    // The default agenda writes the post-incident review layout, whose sections are named "Timeline", "Executive summary"…
    meetingId = ok<Meeting>(call('meetings.create', { title: 'Checkout outage', incidentId: 'INC-7' })).id;
    session = { role: 'note_taker', sessionId: 's-1', meetingId, name: 'Priya' };
  });

  it('starts as a draft and moves to in review, published, and back to in review when reopened', () => {
    expect(review()).toEqual({ meetingId, state: 'draft', stateChangedAt: null, reviewers: [], history: [] });
    clock += MINUTE;
    expect(ok<Review>(setState('in_review')).state).toBe('in_review');
    clock += MINUTE;
    ok(setState('published'));
    clock += MINUTE;
    const reopened = ok<Review>(setState('in_review'));
    expect(reopened.state).toBe('in_review');
    expect(reopened.stateChangedAt).toBe(START + 3 * MINUTE);
    expect(reopened.history.map(({ at, who, kind, detail }) => ({ at, who, kind, detail }))).toEqual([
      { at: START + MINUTE, who: 'facilitator', kind: 'state_change', detail: 'draft → in_review' },
      { at: START + 2 * MINUTE, who: 'facilitator', kind: 'state_change', detail: 'in_review → published' },
      { at: START + 3 * MINUTE, who: 'facilitator', kind: 'reopened', detail: 'published → in_review' },
    ]);
  });

  it('refuses to publish a draft or to take a published review back to draft, saying what to do', () => {
    const skipped = failure(setState('published'));
    expect(skipped.code).toBe('conflict');
    expect(skipped.message).toMatch(/draft cannot be published directly.*in review/);
    ok(setState('in_review'));
    ok(setState('published'));
    const back = failure(setState('draft'));
    expect(back.code).toBe('conflict');
    expect(back.message).toMatch(/reopen it/);
    expect(review().state).toBe('published');
    expect(failure(setState('archived')).code).toBe('invalid_input');
  });

  it('records nothing when the state is set to the one it already has', () => {
    ok(setState('in_review'));
    ok(setState('in_review'));
    expect(review().history).toHaveLength(1);
  });

  it('makes the report read-only while published: content edits are refused, action statuses are not', () => {
    const action = ok<ActionItem>(call('actions.add', { meetingId, title: 'Add a canary stage', owner: 'Ana' }));
    ok(setState('in_review'));
    ok(setState('published'));
    const events = count('timeline_events');

    const refused = failure(addEvent('Deploy started'));
    expect(refused.code).toBe('conflict');
    expect(refused.message).toMatch(/published/);
    expect(refused.message).toMatch(/Reopen/);
    expect(count('timeline_events')).toBe(events);
    expect(failure(call('meetings.update', { id: meetingId, patch: { summary: 'Rewritten' } })).code).toBe('conflict');
    expect(failure(call('actions.update', { id: action.id, patch: { title: 'Renamed' } })).code).toBe('conflict');
    expect(failure(call('actions.update', { id: action.id, patch: { status: 'done', owner: 'Bo' } })).code).toBe('conflict');
    expect(failure(call('notes.add', { meetingId, category: 'went_well', text: 'Paging worked' })).code).toBe('conflict');
    expect(failure(call('participants.add', { meetingId, name: 'Late joiner' })).code).toBe('conflict');

    expect(ok<ActionItem>(call('actions.update', { id: action.id, patch: { status: 'done' } })).status).toBe('done');
    expect(ok<Meeting>(call('meetings.update', { id: meetingId, patch: { status: 'completed' } })).status).toBe('completed');
    // Nothing the refusals tried was recorded as an edit.
    expect(edits()).toEqual([]);

    ok(setState('in_review'));
    ok(addEvent('Deploy started'));
    expect(count('timeline_events')).toBe(events + 1);
  });

  it('records each edit after circulation with the report section it touched, once a minute per section', () => {
    ok(addEvent('Before circulation'));
    ok(setState('in_review'));
    clock += MINUTE;
    ok(addEvent('Alert fired'));
    clock += 10_000;
    ok(addEvent('On-call paged'));
    ok(call('notes.add', { meetingId, category: 'went_well', text: 'Rollback took two minutes' }));
    ok(call('meetings.update', { id: meetingId, patch: { summary: 'A bad config took checkout down for 40 minutes.' } }));
    clock += MINUTE;
    ok(addEvent('Rolled back'));

    const recorded = edits();
    expect(recorded.map(({ who, detail }) => ({ who, detail }))).toEqual([
      { who: 'facilitator', detail: 'Timeline' },
      { who: 'facilitator', detail: 'What went well' },
      { who: 'facilitator', detail: 'Executive summary' },
      { who: 'facilitator', detail: 'Timeline' },
    ]);
    // The first Timeline edit, then the one more than a minute later; "On-call paged", 10 s after, is not repeated.
    expect(recorded[0]?.at).toBeGreaterThanOrEqual(START + MINUTE);
    expect(recorded[0]?.at).toBeLessThan(START + MINUTE + 10_000);
    expect(recorded[3]?.at).toBeGreaterThanOrEqual(START + 2 * MINUTE + 10_000);
  });

  it("names a note-taker's edit after circulation by the note-taker", () => {
    ok(setState('in_review'));
    ok(asNoteTaker('timeline.add', { meetingId, occurredAt: START, description: 'Noted by Priya' }));
    expect(edits().map(({ who, detail }) => ({ who, detail }))).toEqual([{ who: 'Priya', detail: 'Timeline' }]);
  });

  it('keeps each sign-off date, and shows each reviewer the edits made since they signed off', () => {
    ok(call('review.addReviewer', { meetingId, name: 'Ana' }));
    ok(call('review.addReviewer', { meetingId, name: 'Bo' }));
    ok(call('review.addReviewer', { meetingId, name: 'ana' }));
    const signBeforeCirculating = failure(call('review.signOff', { meetingId, name: 'Ana' }));
    expect(signBeforeCirculating.code).toBe('conflict');
    expect(signBeforeCirculating.message).toMatch(/draft/);

    ok(setState('in_review'));
    ok(addEvent('Alert fired'));
    clock += 5_000;
    const signed = ok<Review>(call('review.signOff', { meetingId, name: 'ana' }));
    expect(signed.reviewers.map(({ name, signedOffAt }) => ({ name, signedOffAt }))).toEqual([
      { name: 'Ana', signedOffAt: START + 5_000 },
      { name: 'Bo', signedOffAt: null },
    ]);
    // Within the minute of the last Timeline edit, but after Ana's sign-off: she must still see it.
    clock += 5_000;
    ok(addEvent('Rolled back'));
    const after = review();
    const [ana, bo] = after.reviewers;
    expect(ana?.changedSinceSignOff.map(({ detail, at }) => ({ detail, at }))).toEqual([{ detail: 'Timeline', at: expect.any(Number) as number }]);
    expect(ana?.changedSinceSignOff[0]?.at).toBeGreaterThan(START + 5_000);
    expect(bo?.changedSinceSignOff).toEqual([]);

    ok(setState('published'));
    clock += MINUTE;
    // Sign-offs stay writable once published; signing again means Ana has read the changes.
    const again = ok<Review>(call('review.signOff', { meetingId, name: 'Ana' }));
    expect(again.reviewers[0]?.signedOffAt).toBe(clock);
    expect(again.reviewers[0]?.changedSinceSignOff).toEqual([]);
    expect(failure(call('review.signOff', { meetingId, name: 'Mallory' })).code).toBe('not_found');
    expect(again.history.filter((entry) => entry.kind === 'reviewer_added').map((entry) => entry.detail)).toEqual(['Ana', 'Bo']);
    expect(again.history.filter((entry) => entry.kind === 'sign_off').map((entry) => entry.detail)).toEqual(['Ana', 'Ana']);
  });

  it('lets a note-taker read the review of their meeting and refuses their writes', () => {
    ok(setState('in_review'));
    expect(ok<Review>(asNoteTaker('review.get', { meetingId })).state).toBe('in_review');
    for (const [method, input] of [
      ['review.setState', { meetingId, state: 'published' }],
      ['review.addReviewer', { meetingId, name: 'Priya' }],
      ['review.signOff', { meetingId, name: 'Priya' }],
    ] as const) {
      const refused = failure(asNoteTaker(method, input));
      expect(refused.code).toBe('forbidden');
    }
    expect(review().state).toBe('in_review');
    expect(review().reviewers).toEqual([]);
  });

  it('comes back published, with its reviewers, when a deleted meeting is restored', () => {
    ok(call('review.addReviewer', { meetingId, name: 'Ana' }));
    ok(setState('in_review'));
    ok(setState('published'));
    const before = review();
    ok(call('meetings.delete', { id: meetingId }));
    expect(count('reviews') + count('review_reviewers') + count('review_history')).toBe(0);
    ok(call('meetings.restore', { id: meetingId }));
    const after = review();
    expect(after.state).toBe('published');
    expect(after.reviewers).toEqual(before.reviewers);
    expect(after.history.map(({ kind, detail }) => [kind, detail])).toEqual(before.history.map(({ kind, detail }) => [kind, detail]));
  });

  it('goes into the JSON archive and comes back with an import; an archive of version 3 imports as a draft', () => {
    ok(call('review.addReviewer', { meetingId, name: 'Ana' }));
    ok(setState('in_review'));
    clock += MINUTE;
    ok(addEvent('Alert fired'));
    clock += MINUTE;
    ok(call('review.signOff', { meetingId, name: 'Ana' }));
    ok(setState('published'));
    const archive = ok<MeetingArchive>(call('archive.export', { meetingId }));
    expect(archive.version).toBe(7);
    const imported = ok<Meeting>(call('archive.import', { archive: archiveJson(archive) }));
    const original = review();
    const copy = ok<Review>(call('review.get', { meetingId: imported.id }));
    const withoutIds = (one: Review) => ({
      ...one,
      meetingId: undefined,
      history: one.history.map(({ at, who, kind, detail }) => ({ at, who, kind, detail })),
      reviewers: one.reviewers.map((reviewer) => ({
        ...reviewer,
        changedSinceSignOff: reviewer.changedSinceSignOff.map(({ at, detail }) => ({ at, detail })),
      })),
    });
    expect(withoutIds(copy)).toEqual(withoutIds(original));
    expect(copy.state).toBe('published');
    // Still read-only after the import.
    expect(failure(call('timeline.add', { meetingId: imported.id, occurredAt: START, description: 'x' })).code).toBe('conflict');

    const { review: _dropped, ...older } = archive;
    const version3 = ok<Meeting>(call('archive.import', { archive: archiveJson({ ...older, version: 3 } as MeetingArchive) }));
    const drafted = ok<Review>(call('review.get', { meetingId: version3.id }));
    expect(drafted).toEqual({ meetingId: version3.id, state: 'draft', stateChangedAt: null, reviewers: [], history: [] });
  });
});
