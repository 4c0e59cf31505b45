import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallResponse } from '../../src/shared/api/wire.ts';
import { realisticArchive } from '../fixtures/meeting-archives.ts';
import { postCall, startTestServer, type TestServer, databaseSnapshot } from '../harness/index.ts';

/**
 * Text that shows nothing, sent to the real server over HTTP: a field that needs words refuses it as empty, a field
 * that may be empty stores it as empty, and a NUL anywhere is refused naming the field. A refusal is HTTP 400 and
 * leaves the database exactly as it was; never the 500 a leading NUL used to cause.
 */

/** Each alone, as a client could send it: controls, format characters, separators, a lone variation selector. */
const SHOWS_NOTHING: readonly [string, string][] = [
  ['BELL', '\u0007'],
  ['NEXT LINE', '\u0085'],
  ['ZERO WIDTH SPACE', '\u200b'],
  ['BYTE ORDER MARK', '\ufeff'],
  ['RIGHT-TO-LEFT OVERRIDE', '\u202e'],
  ['LEFT-TO-RIGHT ISOLATE + POP DIRECTIONAL ISOLATE', '\u2066\u2069'],
  ['LINE SEPARATOR between spaces', ' \u2028 '],
  ['VARIATION SELECTOR-16', '\ufe0f'],
];

const WITH_NUL: readonly [string, string][] = [
  ['a leading NUL', '\u0000Checkout outage'],
  ['a NUL inside', 'Checkout\u0000outage'],
];

const NUL_MESSAGE = 'must not contain the NUL character (U+0000); remove it and try again';

interface Ids {
  meetingId: string;
  eventId: string;
  whyId: string;
  noteId: string;
  conflictId: string;
  actionId: string;
  participantId: string;
  sectionId: string;
}

type Call = [method: string, input: unknown];

/** A field that needs words, the call that sets it, and the field the refusal must name. */
const REQUIRED: readonly [field: string, call: (ids: Ids, text: string) => Call][] = [
  ['title', (_ids, text) => ['meetings.create', { title: text }]],
  ['patch.title', (ids, text) => ['meetings.update', { id: ids.meetingId, patch: { title: text } }]],
  ['description', (ids, text) => ['timeline.add', { meetingId: ids.meetingId, occurredAt: 0, description: text }]],
  ['patch.description', (ids, text) => ['timeline.update', { id: ids.eventId, patch: { description: text } }]],
  [
    'events.1.description',
    (ids, text) => [
      'timeline.import',
      {
        importId: '5f0c2a8e-4b1d-4c6e-9a7f-3e2d1c0b9a88',
        events: [
          { occurredAt: 0, description: 'fine', source: 'csv_import' },
          { occurredAt: 1, description: text, source: 'csv_import' },
        ],
      },
    ],
  ],
  ['text', (ids, text) => ['notes.add', { meetingId: ids.meetingId, category: 'went_well', text }]],
  ['patch.text', (ids, text) => ['notes.update', { id: ids.noteId, patch: { text } }]],
  ['topic', (ids, text) => ['conflicts.add', { meetingId: ids.meetingId, topic: text }]],
  ['patch.topic', (ids, text) => ['conflicts.update', { id: ids.conflictId, patch: { topic: text } }]],
  ['name', (ids, text) => ['participants.add', { meetingId: ids.meetingId, name: text }]],
  ['patch.name', (ids, text) => ['participants.update', { id: ids.participantId, patch: { name: text } }]],
  ['title', (ids, text) => ['agenda.addSection', { meetingId: ids.meetingId, title: text, plannedSeconds: 300 }]],
  ['patch.title', (ids, text) => ['agenda.updateSection', { id: ids.sectionId, patch: { title: text } }]],
  ['name', (ids, text) => ['templates.saveFromMeeting', { meetingId: ids.meetingId, name: text }]],
  ['title', (ids, text) => ['actions.add', { meetingId: ids.meetingId, title: text }]],
  ['patch.title', (ids, text) => ['actions.update', { id: ids.actionId, patch: { title: text } }]],
  ['key', (ids, text) => ['actions.dismissCheck', { meetingId: ids.meetingId, key: text }]],
  ['archive.notes.0.text', (_ids, text) => ['archive.import', { archive: archiveWith((archive) => (archive.notes[0]!.text = text)) }]],
];

/** A field that may be left empty, the call that sets it, and where the database keeps it. */
const OPTIONAL: readonly [field: string, call: (ids: Ids, text: string) => Call, stored: (db: Database, ids: Ids) => unknown][] = [
  [
    'patch.summary',
    (ids, text) => ['meetings.update', { id: ids.meetingId, patch: { summary: text } }],
    (db, ids) => column(db, 'SELECT summary FROM meetings WHERE id = ?', ids.meetingId),
  ],
  [
    'patch.incidentId',
    (ids, text) => ['meetings.update', { id: ids.meetingId, patch: { incidentId: text } }],
    (db, ids) => column(db, 'SELECT incident_id FROM meetings WHERE id = ?', ids.meetingId),
  ],
  [
    'patch.actor',
    (ids, text) => ['timeline.update', { id: ids.eventId, patch: { actor: text } }],
    (db, ids) => column(db, 'SELECT actor FROM timeline_events WHERE id = ?', ids.eventId),
  ],
  ['patch.text', (ids, text) => ['whys.update', { id: ids.whyId, patch: { text } }], (db, ids) => column(db, 'SELECT text FROM whys WHERE id = ?', ids.whyId)],
  [
    'patch.positionA',
    (ids, text) => ['conflicts.update', { id: ids.conflictId, patch: { positionA: text } }],
    (db, ids) => column(db, 'SELECT position_a FROM conflicts WHERE id = ?', ids.conflictId),
  ],
  [
    'patch.owner',
    (ids, text) => ['actions.update', { id: ids.actionId, patch: { owner: text } }],
    (db, ids) => column(db, 'SELECT owner FROM action_items WHERE id = ?', ids.actionId),
  ],
];

function column(db: Database, sql: string, id: string): unknown {
  return db.prepare(sql).pluck().get(id);
}

function archiveWith(change: (archive: ReturnType<typeof realisticArchive>) => void): string {
  const archive = realisticArchive();
  change(archive);
  return JSON.stringify(archive);
}

describe('text that shows nothing, through the real server', () => {
  let server: TestServer;
  let ids: Ids;

  async function call(method: string, input: unknown): Promise<{ status: number; body: CallResponse }> {
    const response = await postCall(server, method, input);
    return { status: response.status, body: JSON.parse(response.body) as CallResponse };
  }

  async function create<T extends { id: string }>(method: string, input: unknown): Promise<string> {
    const { body } = await call(method, input);
    if (!body.ok) throw new Error(`${method} failed: ${JSON.stringify(body.error)}`);
    return (body.result as T).id;
  }

  beforeEach(async () => {
    server = await startTestServer();
    const meetingId = await create('meetings.create', { title: 'Checkout outage', incidentId: 'INC-2041' });
    await call('meetings.update', { id: meetingId, patch: { summary: 'Payments failed for 40 minutes.' } });
    const section = (await call('agenda.get', { meetingId })).body;
    ids = {
      meetingId,
      eventId: await create('timeline.add', { meetingId, occurredAt: 0, description: 'Error rate alert fired', actor: 'Monitoring' }),
      whyId: await create('whys.add', { meetingId, parentId: null, text: 'Checkout failed' }),
      noteId: await create('notes.add', { meetingId, category: 'went_well', text: 'Paging worked' }),
      conflictId: await create('conflicts.add', { meetingId, topic: 'Retry budget', positionA: 'Raise it' }),
      actionId: await create('actions.add', { meetingId, title: 'Add a canary', owner: 'Payments team' }),
      participantId: await create('participants.add', { meetingId, name: 'Dana' }),
      sectionId: section.ok ? (section.result as { sections: { id: string }[] }).sections[0]!.id : '',
    };
  });
  afterEach(async () => {
    await server.stop();
  });

  /** Sends each text in the field and expects a 400 naming it with `message`, and no change to the database. */
  async function expectRefused(
    field: string,
    build: (ids: Ids, text: string) => Call,
    texts: readonly (readonly [string, string])[],
    message: string,
  ): Promise<void> {
    for (const [name, text] of texts) {
      const before = databaseSnapshot(server.db);
      const [method, input] = build(ids, text);
      const { status, body } = await call(method, input);
      expect({ name, method, status, body }).toEqual({
        name,
        method,
        status: 400,
        body: { ok: false, error: { code: 'invalid_input', field, message: `${field}: ${message}` } },
      });
      expect(databaseSnapshot(server.db), name).toBe(before);
    }
  }

  it.each(REQUIRED)('%s: refused as empty with HTTP 400, database unchanged', async (field, build) => {
    await expectRefused(field, build, SHOWS_NOTHING, 'must not be empty');
  });

  it.each([...REQUIRED, ...OPTIONAL.map(([field, build]) => [field, build] as const)])(
    '%s: a NUL anywhere is refused naming the field with HTTP 400, database unchanged',
    async (field, build) => {
      await expectRefused(field, build, WITH_NUL, NUL_MESSAGE);
    },
  );

  it.each(OPTIONAL)('%s: stored as empty, as spaces alone are', async (field, build, stored) => {
    for (const [name, text] of SHOWS_NOTHING) {
      const [method, input] = build(ids, text);
      const { status } = await call(method, input);
      expect({ name, field, status, stored: stored(server.db, ids) }).toEqual({ name, field, status: 200, stored: '' });
    }
  });

  it('a file that is not text at all (raw NUL bytes) is refused as an archive with HTTP 400', async () => {
    const before = databaseSnapshot(server.db);
    const { status, body } = await call('archive.import', { archive: `\u0000${archiveWith(() => {})}` });
    expect({ status, body }).toEqual({
      status: 400,
      body: { ok: false, error: { code: 'invalid_input', field: 'archive', message: `archive: ${NUL_MESSAGE}` } },
    });
    expect(databaseSnapshot(server.db)).toBe(before);
  });

  it('visible text with invisible characters inside is stored as typed', async () => {
    const typed = 'فشل الدفع\u200f \u2066INC-2041\u2069 👩‍👩‍👧‍👦';
    const { status } = await call('timeline.update', { id: ids.eventId, patch: { description: ` ${typed} ` } });
    expect(status).toBe(200);
    expect(column(server.db, 'SELECT description FROM timeline_events WHERE id = ?', ids.eventId)).toBe(typed);
  });
});
