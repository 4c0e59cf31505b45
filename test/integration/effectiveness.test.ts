import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import { EFFECTIVENESS_TEMPLATE_ID } from '../../src/shared/agenda/templates.ts';
import { archiveJson } from '../../src/shared/archive/archive-json.ts';
import type { MeetingArchive } from '../../src/shared/archive/meeting-archive.ts';
import type { ActionItem } from '../../src/shared/domain/actions.ts';
import type { AgendaState } from '../../src/shared/domain/agenda.ts';
import type { EffectivenessItem, EffectivenessResult, EffectivenessReview } from '../../src/shared/domain/effectiveness.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import { buildReport } from '../../src/shared/report/build-report.ts';
import { REPORT_LAYOUTS } from '../../src/shared/report/layouts.ts';
import { writeMarkdown } from '../../src/shared/report/markdown/write-markdown.ts';
import { cmarkGfmRead, failure, ok, tablesWithHeader, useServiceOnTempFile } from '../harness/index.ts';

const DAY = 86_400_000;
const MEETING_DAY = Date.UTC(2026, 9, 5, 9, 0);
const CHECK_DAY = MEETING_DAY + 30 * DAY;

describe('the effectiveness review, 30 days later, on a real SQLite file', () => {
  let clock = MEETING_DAY;
  const fixture = useServiceOnTempFile(() => ({ clock: () => clock }));
  const call = (method: string, input: unknown) => dispatch(fixture.service, method, input);

  function reviewWithActions(): { meeting: Meeting; actions: ActionItem[] } {
    clock = MEETING_DAY;
    const meeting = ok<Meeting>(call('meetings.create', { title: 'Checkout outage', incidentId: 'INC-42', timeZone: 'Europe/Berlin' }));
    const titles = ['Alert on queue depth', 'Runbook for | failover', 'Load test the retry path'];
    const actions = titles.map((title) => ok<ActionItem>(call('actions.add', { meetingId: meeting.id, title, owner: 'Ana', dueOn: '2026-10-20' })));
    ok(call('actions.update', { id: actions[1]!.id, patch: { status: 'done' } }));
    return { meeting, actions };
  }

  const markdownOf = (meetingId: string, layout: (typeof REPORT_LAYOUTS)[number]) =>
    cmarkGfmRead(writeMarkdown(buildReport(ok<MeetingArchive>(call('archive.export', { meetingId })), { layout }))).blocks;

  it('holds the check in its own meeting with the 15-minute agenda, linked to the review', () => {
    const { meeting } = reviewWithActions();
    clock = CHECK_DAY;
    const check = ok<Meeting>(call('effectiveness.start', { meetingId: meeting.id }));
    expect(check.id).not.toBe(meeting.id);
    expect(check.templateId).toBe(EFFECTIVENESS_TEMPLATE_ID);
    expect(check.incidentId).toBe('INC-42');
    const agenda = ok<AgendaState>(call('agenda.get', { meetingId: check.id }));
    expect(agenda.sections.map((section) => section.kind)).toContain('effectiveness');
    expect(agenda.sections.reduce((sum, section) => sum + section.plannedSeconds, 0)).toBe(15 * 60);
    // Starting again before it finished opens the same meeting; the review's own agenda is untouched.
    expect(ok<Meeting>(call('effectiveness.start', { meetingId: meeting.id })).id).toBe(check.id);
    expect(ok<AgendaState>(call('agenda.get', { meetingId: meeting.id })).templateId).toBe('blameless-60');
    // Asked from either meeting, the check walks the review's items.
    const fromCheck = ok<EffectivenessReview>(call('effectiveness.get', { meetingId: check.id }));
    expect(fromCheck.meetingId).toBe(meeting.id);
    expect(fromCheck.heldIn).toEqual([check.id]);
    expect(fromCheck.items.map((item) => item.actionItem.title)).toEqual(['Alert on queue depth', 'Runbook for | failover', 'Load test the retry path']);
    expect(failure(call('effectiveness.start', { meetingId: check.id })).code).toBe('conflict');
  });

  it('records each result with its date, sets the status as the one source of truth, and stays writable once published', () => {
    const { meeting, actions } = reviewWithActions();
    ok(call('review.setState', { meetingId: meeting.id, state: 'in_review' }));
    ok(call('review.setState', { meetingId: meeting.id, state: 'published' }));
    clock = CHECK_DAY;
    const [first, second, third] = actions as [ActionItem, ActionItem, ActionItem];
    const recorded = ok<EffectivenessItem>(
      call('effectiveness.record', { id: first.id, patch: { done: true, outcome: 'prevented', note: 'No page since the alert went in' } }),
    );
    expect(recorded.actionItem.status).toBe('done');
    expect(recorded.result).toEqual({
      actionItemId: first.id,
      meetingId: meeting.id,
      outcome: 'prevented',
      note: 'No page since the alert went in',
      recordedAt: CHECK_DAY,
    });
    // "Not done" reopens an item that was marked done.
    const reopened = ok<EffectivenessItem>(call('effectiveness.record', { id: second.id, patch: { done: false, outcome: 'too_early', note: '' } }));
    expect(reopened.actionItem.status).toBe('open');
    clock += 60_000;
    ok(call('effectiveness.record', { id: third.id, patch: { done: false, outcome: 'no', note: 'Retries | still pile up' } }));
    // A later change keeps the fields not sent and moves the date on.
    clock += 60_000;
    const partly = ok<EffectivenessItem>(call('effectiveness.record', { id: third.id, patch: { outcome: 'partly' } }));
    expect(partly.result).toMatchObject({ outcome: 'partly', note: 'Retries | still pile up', recordedAt: CHECK_DAY + 120_000 });

    const all = ok<EffectivenessResult[]>(call('effectiveness.list', {}));
    expect(all.map((result) => result.actionItemId).sort()).toEqual(actions.map((action) => action.id).sort());
    expect(ok<ActionItem[]>(call('actions.list', { meetingId: meeting.id })).map((item) => item.status)).toEqual(['done', 'open', 'open']);
    // The review is still published, and its report content still read-only.
    expect(failure(call('actions.update', { id: first.id, patch: { title: 'Changed' } })).code).toBe('conflict');

    // Every layout's Markdown, read back with cmark-gfm, holds the Effectiveness table.
    for (const layout of REPORT_LAYOUTS) {
      const blocks = markdownOf(meeting.id, layout);
      expect(blocks).toContainEqual({ kind: 'heading', level: 2, text: 'Effectiveness' });
      const [table] = tablesWithHeader(blocks, ['#', 'Action', 'Done', 'Did it work', 'Note', 'Recorded']);
      expect(table?.rows).toEqual([
        ['1', 'Alert on queue depth', 'Done', 'Prevented recurrence', 'No page since the alert went in', '2026-11-04'],
        ['2', 'Runbook for | failover', 'Not done', 'Too early to tell', '', '2026-11-04'],
        ['3', 'Load test the retry path', 'Not done', 'Partly', 'Retries | still pile up', '2026-11-04'],
      ]);
    }
  });

  it('brings an item’s result back, with its date, when undo adds the deleted item again', () => {
    const { meeting, actions } = reviewWithActions();
    clock = CHECK_DAY;
    const item = actions[0]!;
    ok(call('effectiveness.record', { id: item.id, patch: { outcome: 'partly', note: 'Fewer pages' } }));
    clock = CHECK_DAY + DAY;
    ok(call('actions.delete', { id: item.id }));
    expect(ok<EffectivenessResult[]>(call('effectiveness.list', {}))).toEqual([]);

    // Undo: the same item, by id, at its old place.
    ok(call('actions.add', { id: item.id, meetingId: meeting.id, title: item.title, owner: item.owner, dueOn: item.dueOn, position: 0 }));
    const back = ok<EffectivenessReview>(call('effectiveness.get', { meetingId: meeting.id })).items[0]!;
    expect(back.result).toEqual({ actionItemId: item.id, meetingId: meeting.id, outcome: 'partly', note: 'Fewer pages', recordedAt: CHECK_DAY });
    // A new item with a new id finds nothing to bring back.
    const other = ok<ActionItem>(call('actions.add', { meetingId: meeting.id, title: 'Another' }));
    expect(ok<EffectivenessResult[]>(call('effectiveness.list', {})).map((result) => result.actionItemId)).toEqual([item.id]);
    expect(other.id).not.toBe(item.id);
  });

  it('says so when no effectiveness review has been held', () => {
    const { meeting } = reviewWithActions();
    const blocks = markdownOf(meeting.id, 'pir');
    const at = blocks.findIndex((block) => block.kind === 'heading' && block.text === 'Effectiveness');
    expect(blocks[at + 1]).toMatchObject({ kind: 'paragraph', text: expect.stringContaining('No effectiveness review has been held yet.') });
  });

  it('carries the results in the archive (version 5) and reads a version-4 archive with none', () => {
    const { meeting, actions } = reviewWithActions();
    clock = CHECK_DAY;
    ok(call('effectiveness.record', { id: actions[0]!.id, patch: { done: true, outcome: 'partly', note: 'Fewer pages, not none' } }));
    const archive = ok<MeetingArchive>(call('archive.export', { meetingId: meeting.id }));
    expect(archive.version).toBe(7);
    const copy = ok<Meeting>(call('archive.import', { archive: archiveJson(archive) }));
    const copied = ok<EffectivenessReview>(call('effectiveness.get', { meetingId: copy.id }));
    const first = copied.items[0]!;
    expect(first.actionItem.id).not.toBe(actions[0]!.id);
    expect(first.actionItem.status).toBe('done');
    expect(first.result).toEqual({ actionItemId: first.id, meetingId: copy.id, outcome: 'partly', note: 'Fewer pages, not none', recordedAt: CHECK_DAY });
    expect(copied.items.slice(1).map((item) => item.result)).toEqual([null, null]);

    const { effectiveness: _dropped, ...older } = archive;
    const fromFour = ok<Meeting>(call('archive.import', { archive: archiveJson({ ...older, version: 4 } as MeetingArchive) }));
    expect(ok<EffectivenessReview>(call('effectiveness.get', { meetingId: fromFour.id })).items.every((item) => item.result === null)).toBe(true);

    const broken = { ...archive, effectiveness: [{ ...archive.effectiveness[0]!, actionItemId: '00000000-0000-4000-8000-000000000000' }] };
    expect(failure(call('archive.import', { archive: archiveJson(broken) })).message).toContain('effectiveness.0.actionItemId');
  });

  it('refuses bad input naming the field, and writes nothing', () => {
    const { actions } = reviewWithActions();
    const refusal = failure(call('effectiveness.record', { id: actions[0]!.id, patch: { outcome: 'maybe' } }));
    expect(refusal.code).toBe('invalid_input');
    expect(refusal.message).toContain('patch.outcome');
    expect(ok<EffectivenessResult[]>(call('effectiveness.list', {}))).toEqual([]);
  });
});
