import type { CallResponse } from '../../src/shared/api/wire.ts';
import type { MeetingArchive } from '../../src/shared/archive/meeting-archive.ts';
import type { ActionItem } from '../../src/shared/domain/actions.ts';
import type { AgendaState } from '../../src/shared/domain/agenda.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { Note } from '../../src/shared/domain/notes.ts';
import type { TimelineEvent } from '../../src/shared/domain/timeline.ts';
import type { Why } from '../../src/shared/domain/whys.ts';
import { ok, samplePng } from '../harness/index.ts';

/**
 * Text that breaks naive writers: table pipes, Markdown, HTML, control characters, emoji, CJK and right-to-left.
 * No NUL: the API refuses it in every text field (see invisible-text.test.ts).
 */
export const HOSTILE = '#1 | `tick` *star* <b>&amp;</b> ]]> \u0007\u001f\u007f \uFFFE\uFFFF 👩‍👩‍👧 漢字 مرحبا שלום';
/** Long text with newlines inside and a 300-character word. */
export const HOSTILE_LONG = `- ${HOSTILE}\n1. second line\n${'w'.repeat(300)} end`;

export const MINUTE = 60_000;
export const INCIDENT_START = Date.UTC(2026, 10, 20, 13, 2, 0);

type Call = (method: string, input: unknown) => CallResponse;

/**
 * A meeting with every field of every entity set through the API: the meeting's incident facts, participants with
 * roles and perspectives, the incident-workflow fields (services, hypothesis, metrics …), a timeline with two events at the same minute, a whys tree with two branches, notes of each
 * kind, a conflict, linked action items (two with an author) moved out of entry order, a gated section with a decision, one passed by an override, a paused clock with
 * sound on and an extension, and dismissed checks (one naming an action item that was later deleted).
 * `advance` moves the service clock so every row has its own time.
 */
export function buildRichMeeting(call: Call, advance: (ms: number) => void): Meeting {
  const step = <T>(method: string, input: unknown): T => {
    advance(1_000);
    return ok<T>(call(method, input));
  };
  const created = step<Meeting>('meetings.create', {
    title: `Checkout outage ${HOSTILE}`,
    incidentId: 'INC-2041',
    severity: 'SEV2',
    timeZone: 'Asia/Kolkata',
    templateId: 'blameless-60',
  });
  const meetingId = created.id;
  step('meetings.update', {
    id: meetingId,
    patch: {
      status: 'in_progress',
      scheduledAt: INCIDENT_START + 3 * 24 * 60 * MINUTE,
      incidentStartedAt: INCIDENT_START,
      incidentEndedAt: INCIDENT_START + 47 * MINUTE,
      summary: `Summary ${HOSTILE_LONG}`,
      usersAffected: `About 12% of checkouts ${HOSTILE}`,
      revenueImpact: `€ 18,400 ${HOSTILE}`,
      sloBudgetConsumed: `31% ${HOSTILE}`,
      dataLoss: `None ${HOSTILE}`,
      customerCommunication: `Status page ${HOSTILE}`,
      author: `Priya ${HOSTILE}`,
      reviewers: `Sam, Ana ${HOSTILE}`,
      reviewedOn: '2026-11-23',
      followUpReviewOn: '2026-12-21',
      servicesAffected: [`checkout-api ${HOSTILE}`, 'payments', 'PAYMENTS'],
      initialHypothesis: `The card processor was down ${HOSTILE_LONG}`,
      mitigationStrategy: `Roll back to 4.1 ${HOSTILE}`,
      metrics: [
        { metric: `Checkout error rate ${HOSTILE}`, before: '12%', after: '0.3%' },
        { metric: 'Pool wait p99', before: '', after: '40 ms' },
      ],
      residualRisk: `Any config change can halve the pool again ${HOSTILE}`,
      nextUpdateAt: INCIDENT_START + 60 * MINUTE,
    },
  });

  step('participants.add', { meetingId, name: `Ana ${HOSTILE}`, role: 'facilitator' });
  step('participants.add', { meetingId, name: 'Sam', role: 'responder', perspective: 'sre' });
  step('participants.add', { meetingId, name: 'Lee', role: 'observer', perspective: 'debugger' });

  const events = [
    {
      occurredAt: INCIDENT_START,
      description: `Deploy 4.2 starts ${HOSTILE_LONG}`,
      phase: 'trigger',
      precision: 'second',
      actor: `CI ${HOSTILE}`,
      source: 'manual',
      author: 'Ana',
    },
    {
      occurredAt: INCIDENT_START + 6 * MINUTE,
      description: 'Error-rate alert fires',
      phase: 'detection',
      precision: 'minute',
      actor: 'Alerting',
      source: 'quick_entry',
    },
    { occurredAt: INCIDENT_START + 6 * MINUTE, description: 'On-call acknowledges the page', phase: 'response', actor: 'Sam', source: 'chat_import' },
    { occurredAt: INCIDENT_START + 31 * MINUTE, description: 'Rollback to 4.1 completes', phase: 'mitigation', source: 'csv_import' },
    { occurredAt: INCIDENT_START + 47 * MINUTE, description: 'Error rate back to baseline', phase: 'resolution' },
  ];
  const stored = events.map((event) => step<TimelineEvent>('timeline.add', { meetingId, ...event }));
  step('timeline.update', { id: stored[4]?.id, patch: { actor: 'Dashboards', precision: 'second' } });

  const problem = step<Why>('whys.add', { meetingId, parentId: null, kind: 'problem', text: `Checkout failed ${HOSTILE}`, author: 'Ana' });
  const symptom = step<Why>('whys.add', { meetingId, parentId: problem.id, kind: 'symptom', text: 'Payments timed out' });
  const contributing = step<Why>('whys.add', { meetingId, parentId: problem.id, kind: 'contributing', text: 'No canary stage', author: 'Sam' });
  const root = step<Why>('whys.add', { meetingId, parentId: symptom.id, kind: 'root', text: `Pool size halved by config ${HOSTILE_LONG}` });
  step('whys.add', { meetingId, parentId: symptom.id, kind: 'unclassified', text: '' });
  // The contributing branch moves before the symptom, so sibling order differs from entry order.
  step('whys.update', { id: contributing.id, patch: { position: 0 } });

  // Evidence (seed 001): a monitoring graph on an event, a root-cause verification link on the root, a graph on a note.
  const graph = samplePng();
  step('evidence.upload', {
    meetingId,
    target: 'timeline_event',
    targetId: stored[1]!.id,
    caption: `Error rate graph ${HOSTILE}`,
    fileName: 'error-rate.png',
    bytes: graph,
  });
  step('evidence.addLink', {
    meetingId,
    target: 'why',
    targetId: root.id,
    url: 'https://grafana.example.com/d/pool?from=now-6h',
    caption: 'Pool saturation dashboard',
  });

  step<Note>('notes.add', { meetingId, category: 'went_well', text: `Rollback was quick ${HOSTILE}`, author: 'Lee' });
  const improve = step<Note>('notes.add', { meetingId, category: 'could_improve', text: 'Alert came late' });
  step<Note>('notes.add', { meetingId, category: 'could_improve', text: 'Runbook was out of date', position: 0 });
  step('evidence.upload', { meetingId, target: 'note', targetId: improve.id, caption: 'Alert timeline', bytes: samplePng(32, 16) });
  step<Note>('notes.add', { meetingId, category: 'lesson', text: `Config changes need review ${HOSTILE}` });
  step<Note>('notes.add', {
    meetingId,
    category: 'perspective_finding',
    perspective: 'observability_engineer',
    findingKind: 'gap',
    severity: 'major',
    text: 'No saturation metric on the pool',
  });

  step('conflicts.add', {
    meetingId,
    topic: `Canary or feature flags ${HOSTILE}`,
    positionA: 'Canary every deploy',
    perspectiveA: 'sre',
    positionB: 'Flags for risky config',
    perspectiveB: 'systems_architect',
    tradeOff: 'Deploy speed against blast radius',
    resolution: `Both, canary first ${HOSTILE}`,
    escalated: true,
  });
  step('conflicts.add', { meetingId, topic: 'Who owns the pool size' });

  const first = step<ActionItem>('actions.add', {
    meetingId,
    title: `Add a pool saturation alert ${HOSTILE}`,
    owner: '@sam',
    dueOn: '2026-12-04',
    priority: 'P0',
    horizon: 'quick_win',
    category: 'monitoring',
    status: 'in_progress',
    whyId: root.id,
    author: `Lee ${HOSTILE}`,
  });
  step<ActionItem>('actions.add', {
    meetingId,
    title: 'Update the checkout runbook',
    noteId: improve.id,
    category: 'runbook',
    status: 'done',
    horizon: 'long_term',
    priority: 'P2',
    author: 'Sam',
  });
  const ownerless = step<ActionItem>('actions.add', { meetingId, title: 'Review config changes' });
  const removed = step<ActionItem>('actions.add', { meetingId, title: 'Temporary item' });
  step('actions.move', { id: first.id, position: 2 });
  step('actions.dismissCheck', { meetingId, key: `missing-owner:${ownerless.id}` });
  step('actions.dismissCheck', { meetingId, key: `unaddressed-cause:${contributing.id}` });
  step('actions.dismissCheck', { meetingId, key: 'too-many' });
  // The report's readiness checks are cleared the same way: one names a note, one a section of a layout.
  step('actions.dismissCheck', { meetingId, key: `unaddressed-finding:${improve.id}` });
  step('actions.dismissCheck', { meetingId, key: 'empty-section:pir:prevention' });
  step('actions.dismissCheck', { meetingId, key: `missing-due-date:${removed.id}` });
  step('actions.delete', { id: removed.id });
  // Effectiveness results (archive version 5): one said to work partly, with hostile text; one checked but not said yet.
  step('effectiveness.record', { id: first.id, patch: { done: true, outcome: 'partly', note: `Fewer pages ${HOSTILE}` } });
  step('effectiveness.record', { id: ownerless.id, patch: { done: false } });

  const agenda = step<AgendaState>('agenda.addSection', {
    meetingId,
    title: `Go / no-go ${HOSTILE}`,
    kind: 'postmortem',
    plannedSeconds: 600,
    perspective: 'incident_commander',
    gated: true,
  });
  const gate = agenda.sections.at(-1);
  step('agenda.decide', { id: gate?.id, decision: 'revise', note: `Needs the pool numbers ${HOSTILE}` });
  // A gate at the start that the facilitator passes without a decision, giving a reason.
  step('agenda.addSection', { meetingId, title: 'Entry check', kind: 'triage', plannedSeconds: 300, gated: true, position: 0 });
  step('timer.setSound', { meetingId, enabled: true });
  step('timer.start', { meetingId });
  advance(4 * MINUTE);
  step('timer.next', { meetingId, overrideGate: { note: `Triage owner is away ${HOSTILE}` } });
  step('timer.extend', { meetingId, seconds: 120 });
  advance(2 * MINUTE);
  step('timer.pause', { meetingId });

  return ok<Meeting>(call('meetings.get', { id: meetingId }));
}

/** Every id an archive holds, in a fixed order: the meeting, then each list in order. */
export function archiveIds(archive: MeetingArchive): string[] {
  return [
    archive.meeting.id,
    ...archive.timeline.map((item) => item.id),
    ...archive.whys.map((item) => item.id),
    ...archive.notes.map((item) => item.id),
    ...archive.conflicts.map((item) => item.id),
    ...archive.actions.map((item) => item.id),
    ...archive.participants.map((item) => item.id),
    ...archive.agenda.sections.map((item) => item.id),
    ...archive.evidence.map((item) => item.id),
  ];
}

/**
 * The archive with every id replaced by its place in `archiveIds` (so two archives of the same meeting under different
 * ids compare equal), and the fields a copy legitimately changes removed: when it was exported, and the meeting's
 * revision and last change, which count changes in the database that holds it.
 */
export function withoutIds(archive: MeetingArchive): unknown {
  const labels = new Map(archiveIds(archive).map((id, index) => [id, `id#${index}`]));
  const text = JSON.stringify(archive).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => labels.get(id) ?? id);
  const copy = JSON.parse(text) as Record<string, unknown> & { meeting: Record<string, unknown>; dismissedChecks: string[] };
  delete copy.exportedAt;
  delete copy.meeting.revision;
  delete copy.meeting.updatedAt;
  copy.dismissedChecks = [...copy.dismissedChecks].sort();
  return copy;
}
