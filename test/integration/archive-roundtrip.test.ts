import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createService } from '../../src/main/service/service.ts';
import { dispatch } from '../../src/main/api/dispatch.ts';
import { archiveJson } from '../../src/shared/archive/archive-json.ts';
import { ARCHIVE_VERSION, type MeetingArchive } from '../../src/shared/archive/meeting-archive.ts';
import { DRAFT_REVIEW } from '../../src/shared/domain/review.ts';
import type { AgendaState } from '../../src/shared/domain/agenda.ts';
import type { Meeting, MeetingSummary } from '../../src/shared/domain/meeting.ts';
import type { Participant } from '../../src/shared/domain/participant.ts';
import { realisticArchive } from '../fixtures/meeting-archives.ts';
import { largeReportSource } from '../fixtures/report-sources.ts';
import { AgendaHarness, failure, noisyPng, ok, samplePng } from '../harness/index.ts';
import { HOSTILE, MINUTE, archiveIds, buildRichMeeting, withoutIds } from './archive-rich-meeting.ts';

const TABLES = [
  'meetings',
  'meeting_services',
  'meeting_metrics',
  'agenda_sections',
  'timer_states',
  'participants',
  'timeline_events',
  'whys',
  'notes',
  'conflicts',
  'action_items',
  'action_check_dismissals',
  'evidence',
  'deleted_meetings',
  'reviews',
  'review_reviewers',
  'review_history',
];

describe('meeting archive round trip over a real SQLite file', () => {
  let h: AgendaHarness;
  let meeting: Meeting;
  let original: MeetingArchive;

  const exportArchive = (meetingId: string) => ok<MeetingArchive>(h.call('archive.export', { meetingId }));
  const importText = (archive: string) => h.call('archive.import', { archive });
  const rowCounts = () => TABLES.map((table) => (h.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
  /** The archive text with one change made to its parsed form. */
  const edited = (change: (archive: MeetingArchive) => void) => {
    const data = JSON.parse(archiveJson(original)) as MeetingArchive;
    change(data);
    return JSON.stringify(data);
  };
  const expectRefused = (text: string) => {
    const before = rowCounts();
    const error = failure(importText(text));
    expect(rowCounts()).toEqual(before);
    expect(h.events).toEqual([]);
    return error;
  };

  beforeEach(async () => {
    h = new AgendaHarness();
    await h.open();
    meeting = buildRichMeeting(
      (method, input) => h.call(method, input),
      (ms) => h.advance(ms),
    );
    h.advance(MINUTE);
    original = exportArchive(meeting.id);
    h.events = [];
  });
  afterEach(() => h.close());

  it('exports every part of the meeting, in display order', () => {
    expect(original).toMatchObject({ format: 'debrief.meeting-archive', version: ARCHIVE_VERSION, exportedAt: h.clock });
    expect(original.meeting).toEqual(meeting);
    expect(original.timeline.map((event) => event.description.slice(0, 24))).toEqual([
      'Deploy 4.2 starts - #1 |',
      'Error-rate alert fires',
      'On-call acknowledges the',
      'Rollback to 4.1 complete',
      'Error rate back to basel',
    ]);
    expect(original.timeline[0]?.description).toContain(HOSTILE);
    // Reading order: the problem, its contributing branch (moved first), then the symptom and its two answers.
    expect(original.whys.map((why) => why.kind)).toEqual(['problem', 'contributing', 'symptom', 'root', 'unclassified']);
    expect(original.notes).toHaveLength(5);
    expect(original.meeting.servicesAffected).toEqual([`checkout-api ${HOSTILE}`, 'payments']);
    expect(original.meeting.metrics).toEqual([
      { metric: `Checkout error rate ${HOSTILE}`, before: '12%', after: '0.3%' },
      { metric: 'Pool wait p99', before: '', after: '40 ms' },
    ]);
    expect(original.meeting).toMatchObject({
      initialHypothesis: expect.stringContaining(HOSTILE) as unknown,
      mitigationStrategy: expect.stringContaining(HOSTILE) as unknown,
      residualRisk: expect.stringContaining(HOSTILE) as unknown,
      nextUpdateAt: meeting.incidentStartedAt! + 60 * MINUTE,
    });
    expect(original.notes.map((note) => note.severity)).toContain('major');
    expect(original.conflicts.map((conflict) => conflict.escalated)).toEqual([true, false]);
    expect(original.actions.map((item) => item.title)).toEqual([
      'Update the checkout runbook',
      'Review config changes',
      `Add a pool saturation alert ${HOSTILE}`,
    ]);
    expect(original.actions.map((item) => item.author)).toEqual(['Sam', '', `Lee ${HOSTILE}`]);
    expect(original.participants.map((participant) => participant.role)).toEqual(['facilitator', 'responder', 'observer']);
    const agenda = ok<AgendaState>(h.call('agenda.get', { meetingId: meeting.id }));
    expect(original.agenda).toEqual({ templateId: 'blameless-60', sections: agenda.sections, timer: agenda.timer });
    expect(original.agenda.timer).toMatchObject({ runningSince: null, soundEnabled: true });
    expect(original.agenda.sections.some((section) => section.decision === 'revise' && section.decisionNote.includes(HOSTILE))).toBe(true);
    const overridden = original.agenda.sections.filter((section) => section.gateOverriddenAt !== null);
    expect(overridden.map(({ title, decision, gateOverrideNote }) => ({ title, decision, gateOverrideNote }))).toEqual([
      { title: 'Entry check', decision: null, gateOverrideNote: `Triage owner is away ${HOSTILE}` },
    ]);
    // The check about the deleted item is left out: it names nothing the archive holds.
    const ownerless = original.actions[1]?.id;
    const contributing = original.whys[1]?.id;
    const improvement = original.notes.find((note) => note.text === 'Alert came late')?.id;
    expect([...original.dismissedChecks].sort()).toEqual(
      [
        `missing-owner:${ownerless}`,
        'too-many',
        `unaddressed-cause:${contributing}`,
        `unaddressed-finding:${improvement}`,
        'empty-section:pir:prevention',
      ].sort(),
    );
    expect(original.evidence.map(({ kind, target, caption, mediaType, fileName }) => ({ kind, target, caption, mediaType, fileName }))).toEqual([
      { kind: 'image', target: 'timeline_event', caption: `Error rate graph ${HOSTILE}`, mediaType: 'image/png', fileName: 'error-rate.png' },
      { kind: 'link', target: 'why', caption: 'Pool saturation dashboard', mediaType: null, fileName: null },
      { kind: 'image', target: 'note', caption: 'Alert timeline', mediaType: 'image/png', fileName: null },
    ]);
    // The image's own bytes, in base64.
    expect(Buffer.from(original.evidence[0]!.data!, 'base64').equals(samplePng())).toBe(true);
    expect(original.evidence[1]).toMatchObject({ url: 'https://grafana.example.com/d/pool?from=now-6h', data: null, targetId: original.whys[3]?.id });
    expect(h.events).toEqual([]);
  });

  it('writes the archive as indented JSON with its kind and version first, the same text every time', () => {
    const text = archiveJson(original);
    expect(text.startsWith(`{\n  "format": "debrief.meeting-archive",\n  "version": ${ARCHIVE_VERSION},\n  "exportedAt": `)).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(original);
    const shuffled = Object.fromEntries(Object.entries(original).reverse()) as unknown as MeetingArchive;
    expect(archiveJson(shuffled)).toBe(text);
  });

  it('imports as a new meeting with new ids that exports to the same archive', () => {
    const imported = ok<Meeting>(importText(archiveJson(original)));
    expect(imported.id).not.toBe(meeting.id);
    expect(h.events).toEqual([{ meetingId: imported.id, revision: 1, entity: 'meeting', entityId: imported.id, op: 'created' }]);
    expect(imported).toMatchObject({ revision: 1, createdAt: meeting.createdAt });
    // Counted as changed at the import, so it shows first in the library.
    expect(imported.updatedAt).toBeGreaterThan(original.meeting.updatedAt);

    const again = exportArchive(imported.id);
    const oldIds = new Set(archiveIds(original));
    expect(archiveIds(again).filter((id) => oldIds.has(id))).toEqual([]);
    expect(withoutIds(again)).toEqual(withoutIds(original));
    // References point inside the new meeting.
    const whyIds = new Set(again.whys.map((why) => why.id));
    expect(again.actions.every((item) => item.whyId === null || whyIds.has(item.whyId))).toBe(true);
    expect(again.whys.every((why) => why.parentId === null || whyIds.has(why.parentId))).toBe(true);
    expect(again.agenda.sections.map((section) => section.id)).toContain(again.agenda.timer.currentSectionId);
  });

  it('keeps the original meeting untouched and gives two meetings for two imports of the same file', () => {
    const text = archiveJson(original);
    const first = ok<Meeting>(importText(text));
    const second = ok<Meeting>(importText(text));
    expect(first.id).not.toBe(second.id);
    const listed = ok<MeetingSummary[]>(h.call('meetings.list', {}));
    expect(listed.map((summary) => summary.id).sort()).toEqual([meeting.id, first.id, second.id].sort());
    expect(withoutIds(exportArchive(meeting.id))).toEqual(withoutIds(original));
    expect(withoutIds(exportArchive(second.id))).toEqual(withoutIds(exportArchive(first.id)));
  });

  it('survives a restart: the imported meeting is on disk', async () => {
    const imported = ok<Meeting>(importText(archiveJson(original)));
    await h.reopen();
    expect(withoutIds(exportArchive(imported.id))).toEqual(withoutIds(original));
  });

  it('brings a running clock back paused, with the time run up to the export counted in its section', () => {
    ok(h.call('timer.start', { meetingId: meeting.id }));
    h.advance(5 * MINUTE);
    const running = exportArchive(meeting.id);
    expect(running.agenda.timer.runningSince).not.toBeNull();
    const current = running.agenda.sections.find((section) => section.id === running.agenda.timer.currentSectionId);
    h.advance(30 * MINUTE);
    const imported = ok<Meeting>(importText(archiveJson(running)));
    const agenda = ok<AgendaState>(h.call('agenda.get', { meetingId: imported.id }));
    expect(agenda.timer.runningSince).toBeNull();
    const index = running.agenda.sections.indexOf(current!);
    expect(agenda.timer.currentSectionId).toBe(agenda.sections[index]?.id);
    const ranUntilExport = running.exportedAt - running.agenda.timer.runningSince!;
    // The service clock never repeats a millisecond, so the stretch can be a few milliseconds off the five minutes.
    expect(Math.abs(ranUntilExport - 5 * MINUTE)).toBeLessThan(100);
    expect(agenda.sections[index]?.elapsedMs).toBe(current!.elapsedMs + ranUntilExport);
  });

  it('imports an archive written elsewhere, keeping its order, texts and times', () => {
    const written = realisticArchive();
    const imported = ok<Meeting>(importText(archiveJson(written)));
    const stored = exportArchive(imported.id);
    expect(stored.timeline.map(({ occurredAt, description, createdAt }) => ({ occurredAt, description, createdAt }))).toEqual(
      written.timeline.map(({ occurredAt, description, createdAt }) => ({ occurredAt, description, createdAt })),
    );
    expect(stored.actions.map((item) => [item.title, item.owner, item.dueOn, item.status])).toEqual(
      written.actions.map((item) => [item.title, item.owner, item.dueOn, item.status]),
    );
    expect(stored.whys.map((why) => why.text).sort()).toEqual(written.whys.map((why) => why.text).sort());
    expect(stored.notes.map((note) => note.text).sort()).toEqual(written.notes.map((note) => note.text).sort());
    expect(stored.participants.map((person) => person.name)).toEqual(written.participants.map((person) => person.name));
    const { id: _id, revision: _revision, updatedAt: _updatedAt, ...facts } = written.meeting;
    expect(stored.meeting).toMatchObject(facts);
    // The clock was running when it was written: it comes back paused, the stretch up to the export counted.
    const running = written.agenda.timer;
    expect(stored.agenda.timer).toMatchObject({ runningSince: null, soundEnabled: true, meetingStartedAt: running.meetingStartedAt });
    expect(stored.agenda.sections[0]?.elapsedMs).toBe(written.agenda.sections[0]!.elapsedMs + written.exportedAt - running.runningSince!);
    // A linked item still points at the same finding.
    const linked = written.actions.findIndex((item) => item.whyId !== null);
    expect(linked).toBeGreaterThanOrEqual(0);
    const linkedText = written.whys.find((why) => why.id === written.actions[linked]?.whyId)?.text;
    expect(stored.whys.find((why) => why.id === stored.actions[linked]?.whyId)?.text).toBe(linkedText);
    expect(stored.dismissedChecks).toContain(`missing-owner:${stored.actions[0]?.id}`);
  });

  it('imports a version-2 archive, written before evidence, with none', () => {
    const older = edited((archive) => {
      archive.version = 2;
      delete (archive as Partial<MeetingArchive>).evidence;
    });
    const stored = exportArchive(ok<Meeting>(importText(older)).id);
    expect(stored.evidence).toEqual([]);
    expect(withoutIds({ ...stored, evidence: [] })).toEqual(withoutIds({ ...original, evidence: [] }));
  });

  it("imports a version-1 archive, written before action items had an author, with every item's author empty", () => {
    const older = edited((archive) => {
      archive.version = 1;
      for (const item of archive.actions) delete (item as Partial<MeetingArchive['actions'][number]>).author;
    });
    expect((JSON.parse(older) as { actions: object[] }).actions.some((item) => 'author' in item)).toBe(false);
    const stored = exportArchive(ok<Meeting>(importText(older)).id);
    expect(stored.version).toBe(ARCHIVE_VERSION);
    expect(stored.actions.map((item) => item.author)).toEqual(['', '', '']);
    // Everything else comes back as it was; the other kinds keep their authors.
    const withoutActionAuthors = (archive: MeetingArchive) => withoutIds({ ...archive, actions: archive.actions.map((item) => ({ ...item, author: '' })) });
    expect(withoutActionAuthors(stored)).toEqual(withoutActionAuthors(original));
    expect(stored.whys.map((why) => why.author)).toEqual(original.whys.map((why) => why.author));
  });

  it('imports a version-2 archive, written before the incident-workflow fields and finding severity, with them empty', () => {
    const older = edited((archive) => {
      archive.version = 2;
      const meetingFields = archive.meeting as Partial<Meeting>;
      for (const field of ['servicesAffected', 'initialHypothesis', 'mitigationStrategy', 'metrics', 'residualRisk', 'nextUpdateAt'] as const) {
        delete meetingFields[field];
      }
      for (const note of archive.notes) delete (note as Partial<MeetingArchive['notes'][number]>).severity;
    });
    const stored = exportArchive(ok<Meeting>(importText(older)).id);
    expect(stored.meeting).toMatchObject({
      servicesAffected: [],
      initialHypothesis: '',
      mitigationStrategy: '',
      metrics: [],
      residualRisk: '',
      nextUpdateAt: null,
    });
    expect(stored.notes.map((note) => note.severity)).toEqual([null, null, null, null, null]);
    expect(stored.meeting.summary).toBe(original.meeting.summary);
  });

  it('refuses a severity on a note that is not a panel finding', () => {
    const error = expectRefused(
      edited((archive) => {
        const note = archive.notes.find((item) => item.category !== 'perspective_finding');
        if (note) note.severity = 'critical';
      }),
    );
    expect(error.message).toMatch(/severity: is only for a perspective finding/);
  });

  it('imports a version-2 archive, written before gates could be passed without a decision, with no override on any section', () => {
    const older = edited((archive) => {
      archive.version = 2;
      for (const section of archive.agenda.sections) {
        delete (section as Partial<MeetingArchive['agenda']['sections'][number]>).gateOverriddenAt;
        delete (section as Partial<MeetingArchive['agenda']['sections'][number]>).gateOverrideNote;
      }
    });
    const stored = exportArchive(ok<Meeting>(importText(older)).id);
    expect(stored.agenda.sections.map((section) => [section.gateOverriddenAt, section.gateOverrideNote])).toEqual(
      original.agenda.sections.map(() => [null, '']),
    );
    const withoutOverrides = (archive: MeetingArchive) =>
      withoutIds({
        ...archive,
        agenda: { ...archive.agenda, sections: archive.agenda.sections.map((section) => ({ ...section, gateOverriddenAt: null, gateOverrideNote: '' })) },
      });
    expect(withoutOverrides(stored)).toEqual(withoutOverrides(original));
  });

  it('restores a deleted meeting from the archive kept when it was deleted: the same ids and every row as it was', () => {
    ok(h.call('meetings.delete', { id: meeting.id }));
    expect(ok<MeetingSummary[]>(h.call('meetings.list', {}))).toEqual([]);
    // The archive is kept in the database with the title, not in the window that deleted it.
    expect(h.db.prepare('SELECT meeting_id AS id, title FROM deleted_meetings').all()).toEqual([{ id: meeting.id, title: meeting.title }]);
    h.events = [];
    const restored = ok<Meeting>(h.call('meetings.restore', { id: meeting.id }));
    expect(restored).toEqual({ ...meeting, revision: meeting.revision + 2 });
    expect(h.events).toEqual([{ meetingId: meeting.id, revision: meeting.revision + 2, entity: 'meeting', entityId: meeting.id, op: 'created' }]);
    const again = exportArchive(meeting.id);
    expect(archiveIds(again)).toEqual(archiveIds(original));
    const comparable = (archive: MeetingArchive) => ({ ...archive, exportedAt: 0, meeting: { ...archive.meeting, revision: 0 } });
    expect(comparable(again)).toEqual(comparable(original));
    // It is in the library again and its kept archive is gone; restoring it twice is refused and changes nothing.
    expect(ok<MeetingSummary[]>(h.call('meetings.list', {})).map((summary) => summary.id)).toEqual([meeting.id]);
    expect(h.db.prepare('SELECT count(*) AS n FROM deleted_meetings').get()).toEqual({ n: 0 });
    const before = rowCounts();
    expect(failure(h.call('meetings.restore', { id: meeting.id }))).toMatchObject({ code: 'not_found' });
    expect(rowCounts()).toEqual(before);
  });

  it('restores a deleted meeting whose evidence is larger than one API message', () => {
    const picture = noisyPng();
    expect(picture.length).toBeGreaterThan(1024 * 1024);
    const event = original.timeline[0]!;
    const uploaded = ok<{ id: string }>(
      h.call('evidence.upload', { meetingId: meeting.id, target: 'timeline_event', targetId: event.id, caption: 'Latency heatmap', bytes: picture }),
    );
    ok(h.call('meetings.delete', { id: meeting.id }));
    ok(h.call('meetings.restore', { id: meeting.id }));
    const image = ok<{ bytes: Uint8Array }>(h.call('evidence.image', { id: uploaded.id }));
    expect(Buffer.from(image.bytes).equals(picture)).toBe(true);
  });

  it('round-trips a large meeting: 5,000 events, 400 whys, 100 action items', () => {
    const source = largeReportSource({ events: 5_000, whys: 400, actions: 100 });
    const meetingId = source.meeting.id;
    const large: MeetingArchive = {
      format: 'debrief.meeting-archive',
      version: ARCHIVE_VERSION,
      exportedAt: source.meeting.updatedAt,
      ...source,
      agenda: {
        templateId: source.meeting.templateId,
        sections: [],
        timer: { meetingId, currentSectionId: null, runningSince: null, meetingStartedAt: null, meetingEndedAt: null, soundEnabled: false },
      },
      dismissedChecks: [],
      effectiveness: [],
      evidence: [],
      review: DRAFT_REVIEW,
      tags: [],
    };
    const first = exportArchive(ok<Meeting>(importText(archiveJson(large))).id);
    expect([first.timeline.length, first.whys.length, first.actions.length]).toEqual([5_000, 400, 100]);
    const second = exportArchive(ok<Meeting>(importText(archiveJson(first))).id);
    expect(withoutIds(second)).toEqual(withoutIds(first));
  });

  it('imports a meeting with nothing in it', () => {
    const empty = ok<Meeting>(h.call('meetings.create', { title: 'Empty review' }));
    const archive = exportArchive(empty.id);
    const imported = ok<Meeting>(importText(archiveJson(archive)));
    expect(withoutIds(exportArchive(imported.id))).toEqual(withoutIds(archive));
  });

  it('refuses an archive from a newer version, naming both versions, and writes nothing', () => {
    const error = expectRefused(
      edited((archive) => {
        archive.version = ARCHIVE_VERSION + 1;
      }),
    );
    expect(error).toMatchObject({ code: 'invalid_input', field: 'archive.version' });
    expect(error.message).toBe(
      `This archive was written by a newer version of Debrief (archive version ${ARCHIVE_VERSION + 1}); this version reads archive version ${ARCHIVE_VERSION}. Update Debrief to import it.`,
    );
  });

  it('refuses text that is not JSON, and JSON that is not a Debrief archive', () => {
    expect(expectRefused('Meeting notes, not an archive {').message).toMatch(/^archive: is not JSON, so it cannot be a Debrief archive \(.+\)$/);
    for (const text of [
      '{"name": "package.json"}',
      '[1, 2]',
      '"debrief.meeting-archive"',
      'null',
      edited((archive) => {
        (archive as { format: string }).format = 'debrief.other';
      }),
    ]) {
      const error = expectRefused(text);
      expect(error.message).toBe('archive: this JSON file is not a Debrief meeting archive (an archive says "format": "debrief.meeting-archive")');
    }
  });

  it('refuses a bad field, naming its path', () => {
    const cases: Array<[(archive: MeetingArchive) => void, string]> = [
      [
        (archive) => {
          archive.timeline[3]!.description = '   ';
        },
        'archive.timeline.3.description: must not be empty',
      ],
      [
        (archive) => {
          archive.meeting.severity = 'SEV9' as never;
        },
        'archive.meeting.severity',
      ],
      [
        (archive) => {
          archive.actions[0]!.dueOn = '2026-02-30';
        },
        'archive.actions.0.dueOn: must be a real calendar date',
      ],
      [
        (archive) => {
          archive.whys[2]!.id = 'not-an-id';
        },
        'archive.whys.2.id: must be an id (UUID)',
      ],
      [
        (archive) => {
          archive.agenda.sections[0]!.elapsedMs = -1;
        },
        'archive.agenda.sections.0.elapsedMs: must not be negative',
      ],
      [
        (archive) => {
          Object.assign(archive.notes[0]!, { colour: 'red' });
        },
        'archive.notes.0.colour: is not a field this method accepts',
      ],
      [
        (archive) => {
          delete (archive.participants[1] as Partial<Participant>).name;
        },
        'archive.participants.1.name',
      ],
      [
        (archive) => {
          archive.version = 0;
        },
        'archive.version: must be at least 1',
      ],
      [
        (archive) => {
          archive.exportedAt = 'yesterday' as never;
        },
        'archive.exportedAt',
      ],
      [
        (archive) => {
          archive.conflicts[1]!.meetingId = crypto.randomUUID();
        },
        "archive.conflicts.1.meetingId: must be the archived meeting's id (meeting.id)",
      ],
      [
        (archive) => {
          archive.notes[1]!.perspective = 'sre';
        },
        'archive.notes.1.perspective: is only for a perspective finding',
      ],
      [
        (archive) => {
          archive.timeline[1]!.id = archive.timeline[0]!.id;
        },
        'archive.timeline.1.id: appears twice in the archive',
      ],
      [
        (archive) => {
          archive.actions[2]!.author = 'a'.repeat(201);
        },
        'archive.actions.2.author: must be at most 200 characters',
      ],
      [
        (archive) => {
          archive.actions[0]!.author = null as never;
        },
        'archive.actions.0.author',
      ],
      [
        (archive) => {
          archive.notes[0]!.text = '\u200b\u200b';
        },
        'archive.notes.0.text: must not be empty',
      ],
      [
        (archive) => {
          archive.participants[0]!.name = '\u202e\u0007';
        },
        'archive.participants.0.name: must not be empty',
      ],
      [
        (archive) => {
          archive.meeting.title = '\u0000Checkout';
        },
        'archive.meeting.title: must not contain the NUL character (U+0000)',
      ],
      [
        (archive) => {
          archive.whys[0]!.text = 'Pool\u0000exhausted';
        },
        'archive.whys.0.text: must not contain the NUL character (U+0000)',
      ],
      [
        (archive) => {
          archive.evidence[0]!.data = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64');
        },
        'archive.evidence.0.data: must hold the image/png image that mediaType names',
      ],
      [
        (archive) => {
          archive.evidence[1]!.url = 'javascript:alert(1)';
        },
        'archive.evidence.1.url: must start with http:// or https://',
      ],
      [
        (archive) => {
          archive.evidence[0]!.byteSize = 3;
        },
        'archive.evidence.0.byteSize: must be the size of data in bytes',
      ],
      [
        (archive) => {
          archive.evidence[2]!.caption = ' ';
        },
        'archive.evidence.2.caption: must not be empty',
      ],
    ];
    for (const [change, expected] of cases) {
      const error = expectRefused(edited(change));
      expect(error.code).toBe('invalid_input');
      expect(error.message.startsWith(expected)).toBe(true);
      expect(error.field).toBe(expected.split(':')[0]);
    }
  });

  it('refuses references to things the archive does not hold', () => {
    const cases: Array<[(archive: MeetingArchive) => void, string]> = [
      [
        (archive) => {
          archive.actions[2]!.whyId = crypto.randomUUID();
        },
        'archive.actions.2.whyId: refers to a why that is not in the archive',
      ],
      [
        (archive) => {
          archive.actions[0]!.noteId = crypto.randomUUID();
        },
        'archive.actions.0.noteId: refers to a note that is not in the archive',
      ],
      [
        (archive) => {
          archive.whys[3]!.parentId = crypto.randomUUID();
        },
        'archive.whys.3.parentId: refers to a why that is not in the archive',
      ],
      [
        (archive) => {
          archive.whys[0]!.parentId = archive.whys[3]!.id;
        },
        'archive.whys.0.parentId: makes the whys a loop instead of a tree',
      ],
      [
        (archive) => {
          archive.agenda.timer.currentSectionId = crypto.randomUUID();
        },
        'archive.agenda.timer.currentSectionId: refers to a section that is not in the agenda',
      ],
      [
        (archive) => {
          archive.evidence[0]!.targetId = crypto.randomUUID();
        },
        'archive.evidence.0.targetId: refers to a timeline event that is not in the archive',
      ],
    ];
    for (const [change, expected] of cases) {
      expect(expectRefused(edited(change)).message).toBe(expected);
    }
  });

  it('writes nothing when storing fails part-way', () => {
    // A second service on the same file whose id source gives out after a few rows.
    let ids = 0;
    const failing = createService(h.db, {
      newId: () => {
        ids += 1;
        if (ids > 12) throw new Error('id source exhausted');
        return crypto.randomUUID();
      },
    });
    const before = rowCounts();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = dispatch(failing, 'archive.import', { archive: archiveJson(original) });
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
    expect(response).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(rowCounts()).toEqual(before);
  });
});
