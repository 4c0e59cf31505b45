import { readFileSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import MarkdownIt from 'markdown-it';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import type { ChangeEvent } from '../../src/shared/api/events.ts';
import type { MeetingArchive } from '../../src/shared/archive/meeting-archive.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { DeletedWhys, Why } from '../../src/shared/domain/whys.ts';
import { buildWhyTree, flattenWhyTree } from '../../src/shared/whys/tree.ts';
import { pandocRead, killAllChildren, runCliProcess, ok, useServiceOnTempFile, databaseSnapshot, failure } from '../harness/index.ts';

const LEVELS = 3_000;
const PROBLEM = 'Checkout failed for 40 minutes';
const ROOT = 'The pool size was hard-coded in the deploy template';
const step = (level: number) => `Because of step ${level}`;
/** The id of the why at `level` of the seeded chain (ids are UUIDs at the API). */
const w = (level: number) => `00000000-0000-4000-8000-${String(level).padStart(12, '0')}`;

/** Every row a why call could touch, to prove a refused call changed nothing. */
const snapshot = (db: Database): string => databaseSnapshot(db, ['meetings', 'whys']);

/**
 * A problem statement with one "why?" below the other, LEVELS deep, written straight into the file as a database from
 * before the depth limit holds it: w(0) is the problem, w(LEVELS - 1) the root cause.
 */
function seedDeepChain(db: Database, meetingId: string): void {
  const insert = db.prepare(
    `INSERT INTO whys (id, meeting_id, parent_id, position, text, kind, created_at, updated_at)
     VALUES (@id, @meetingId, @parentId, 0, @text, @kind, @at, @at)`,
  );
  db.transaction(() => {
    for (let level = 0; level < LEVELS; level += 1) {
      const last = level === LEVELS - 1;
      insert.run({
        id: w(level),
        meetingId,
        parentId: level === 0 ? null : w(level - 1),
        text: level === 0 ? PROBLEM : last ? ROOT : step(level),
        kind: level === 0 ? 'problem' : last ? 'root' : 'unclassified',
        at: 1_795_000_000_000 + level,
      });
    }
  })();
}

/** The items of each ordered list in the Markdown, as markdown-it reads it. */
function orderedLists(markdown: string): string[][] {
  const lists: string[][] = [];
  let current: string[] | null = null;
  for (const token of new MarkdownIt().parse(markdown, {})) {
    if (token.type === 'ordered_list_open') current = [];
    else if (token.type === 'ordered_list_close' && current) {
      lists.push(current);
      current = null;
    } else if (token.type === 'inline' && current) current.push(token.content);
  }
  return lists;
}

describe('a 5 Whys chain 3,000 levels deep, written before the limits', () => {
  const fixture = useServiceOnTempFile();
  let meeting: Meeting;
  let other: Meeting;
  const call = (method: string, input: unknown) => dispatch(fixture.service, method, input);
  const cli = (...args: string[]) => runCliProcess([...args, '--db', fixture.temp.file('debrief.sqlite')]);
  const whyCount = (meetingId: string) => (fixture.db.prepare('SELECT count(*) AS n FROM whys WHERE meeting_id = ?').get(meetingId) as { n: number }).n;
  /** From the root cause to the problem, as the report's causal chain reads. */
  const chainTexts = [ROOT, ...Array.from({ length: LEVELS - 2 }, (_, index) => step(LEVELS - 2 - index)), PROBLEM];

  beforeEach(() => {
    meeting = ok<Meeting>(call('meetings.create', { title: 'Deep chain', incidentId: 'INC-3000' }));
    seedDeepChain(fixture.db, meeting.id);
    other = ok<Meeting>(call('meetings.create', { title: 'Another review' }));
    const problem = ok<Why>(call('whys.add', { meetingId: other.id, parentId: null, text: 'Search was slow' }));
    ok(call('whys.add', { meetingId: other.id, parentId: problem.id, text: 'The index was cold' }));
  });
  afterEach(() => killAllChildren());

  it('exports Markdown and Word reports with the whole causal chain, and the archive, through the CLI', async () => {
    const markdownFile = fixture.temp.file('deep.md');
    expect(await cli('export', '--meeting', meeting.id, '--format', 'md', '--out', markdownFile)).toMatchObject({ code: 0, stderr: '' });
    const markdown = readFileSync(markdownFile, 'utf8');
    expect(orderedLists(markdown)).toContainEqual(chainTexts);

    const wordFile = fixture.temp.file('deep.docx');
    expect(await cli('export', '--meeting', meeting.id, '--format', 'docx', '--out', wordFile)).toMatchObject({ code: 0, stderr: '' });
    const word = await pandocRead(wordFile);
    const lines = word.text.split('\n');
    const start = lines.indexOf(ROOT, lines.indexOf('Causal chain, from trigger to impact:'));
    expect(lines.slice(start, start + LEVELS)).toEqual(chainTexts);

    const archiveFile = fixture.temp.file('deep.json');
    expect(await cli('export', '--meeting', meeting.id, '--format', 'json', '--out', archiveFile)).toMatchObject({ code: 0, stderr: '' });
    const archive = JSON.parse(readFileSync(archiveFile, 'utf8')) as MeetingArchive;
    expect(archive.whys.map((why) => why.id)).toEqual(Array.from({ length: LEVELS }, (_, level) => w(level)));
  });

  it('lists the whole chain and deletes the meeting, leaving the other meeting whole', () => {
    expect(ok<Why[]>(call('whys.list', { meetingId: meeting.id }))).toHaveLength(LEVELS);
    ok(call('meetings.delete', { id: meeting.id }));
    expect(whyCount(meeting.id)).toBe(0);
    expect(fixture.db.prepare('SELECT count(*) AS n FROM meetings WHERE id = ?').get(meeting.id)).toEqual({ n: 0 });
    expect(
      ok<Why[]>(call('whys.list', { meetingId: other.id }))
        .map((why) => why.text)
        .sort(),
    ).toEqual(['Search was slow', 'The index was cold']);
  });

  it('deletes the chain below the problem statement and hands it back parents first for undo', () => {
    const deleted = ok<DeletedWhys>(call('whys.delete', { id: w(1) }));
    expect(deleted.removed.map((why) => why.id)).toEqual(Array.from({ length: LEVELS - 1 }, (_, index) => w(index + 1)));
    expect(ok<Why[]>(call('whys.list', { meetingId: meeting.id })).map((why) => why.id)).toEqual([w(0)]);
  });

  it('refuses to import its archive, naming the limit, and writes nothing', () => {
    const archive = ok<MeetingArchive>(call('archive.export', { meetingId: meeting.id }));
    const before = snapshot(fixture.db);
    const error = failure(call('archive.import', { archive: JSON.stringify(archive) }));
    expect(error).toEqual({
      code: 'invalid_input',
      field: 'archive.whys',
      message: 'archive.whys: must hold at most 1,000 whys, the most one meeting can hold',
    });
    expect(snapshot(fixture.db)).toBe(before);
  });

  it('takes no new why, the meeting being past the limit of 1,000, and leaves the chain as it was', () => {
    const before = snapshot(fixture.db);
    const error = failure(call('whys.add', { meetingId: meeting.id, parentId: w(3), text: 'One more' }));
    expect(error).toMatchObject({ code: 'conflict', field: 'meetingId' });
    expect(error.message).toBe('meetingId: a meeting holds at most 1,000 whys; delete some before adding another');
    expect(snapshot(fixture.db)).toBe(before);
  });
});

describe('the limits of a 5 Whys tree: 25 levels deep, 1,000 whys a meeting', () => {
  const fixture = useServiceOnTempFile();
  let meeting: Meeting;
  let events: ChangeEvent[];
  const call = (method: string, input: unknown) => dispatch(fixture.service, method, input);
  const add = (parentId: string | null, text: string, extra: object = {}) => ok<Why>(call('whys.add', { meetingId: meeting.id, parentId, text, ...extra }));
  /** The problem statement (level 0) and one answer below the other down to `deepest`; index = level. */
  const chain = (deepest: number): Why[] => {
    const nodes = [add(null, 'Checkout failed')];
    for (let level = 1; level <= deepest; level += 1) nodes.push(add(nodes[level - 1]?.id ?? null, `Level ${level}`));
    return nodes;
  };
  /** Refused, naming the field, with the database and the change events as they were. */
  const expectRefused = (method: string, input: unknown) => {
    const before = snapshot(fixture.db);
    const eventCount = events.length;
    const error = failure(call(method, input));
    expect(snapshot(fixture.db)).toBe(before);
    expect(events).toHaveLength(eventCount);
    return error;
  };

  beforeEach(() => {
    meeting = ok<Meeting>(call('meetings.create', { title: 'Checkout outage' }));
    events = [];
    fixture.service.onChange((event) => events.push(event));
  });

  it('takes an answer 25 levels deep and refuses one 26 levels deep, naming parentId', () => {
    const nodes = chain(25);
    expect(nodes).toHaveLength(26);
    const error = expectRefused('whys.add', { meetingId: meeting.id, parentId: nodes[25]?.id, text: 'Level 26' });
    expect(error).toEqual({
      code: 'invalid_input',
      field: 'parentId',
      message: 'parentId: a why may be at most 25 levels deep (the problem statement and 25 answers below it); this answer would be deeper',
    });
    // A sibling at the deepest level is still fine.
    expect(add(nodes[24]?.id ?? null, 'Another level 25')).toMatchObject({ parentId: nodes[24]?.id });
  });

  it('exports and imports a tree at the limit, every level in place', () => {
    chain(25);
    const archive = ok<MeetingArchive>(call('archive.export', { meetingId: meeting.id }));
    const copy = ok<Meeting>(call('archive.import', { archive: JSON.stringify(archive) }));
    const rows = flattenWhyTree(buildWhyTree(ok<Why[]>(call('whys.list', { meetingId: copy.id }))));
    expect(rows.map((row) => [row.depth, row.why.text])).toEqual(
      Array.from({ length: 26 }, (_, level) => [level, level === 0 ? 'Checkout failed' : `Level ${level}`]),
    );
  });

  it('refuses to move a branch where its deepest answer would sit 26 levels deep, counting the whole branch', () => {
    const nodes = chain(23);
    const branch = add(nodes[0]?.id ?? null, 'Branch');
    const below = add(branch.id, 'Below the branch');
    add(below.id, 'Two below the branch');

    const error = expectRefused('whys.update', { id: branch.id, patch: { parentId: nodes[23]?.id } });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'patch.parentId' });
    expect(error.message).toMatch(/^patch\.parentId: a why may be at most 25 levels deep/);
    expect(error.message).toContain('moving this answer there would put it or one of its own answers deeper');

    // Two levels higher, the branch's deepest answer lands exactly at level 25.
    expect(ok<Why>(call('whys.update', { id: branch.id, patch: { parentId: nodes[22]?.id } })).parentId).toBe(nodes[22]?.id);
    // Reordering a node at the deepest level among its siblings is not a move to another level.
    ok(call('whys.update', { id: branch.id, patch: { position: 0 } }));
  });

  it('takes the 1,000th why of a meeting and refuses the 1,001st, naming meetingId, until one is deleted', () => {
    const problem = add(null, 'Checkout failed');
    const seed = (index: number) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
    const insert = fixture.db.prepare(
      "INSERT INTO whys (id, meeting_id, parent_id, position, text, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'unclassified', 1, 1)",
    );
    fixture.db.transaction(() => {
      for (let index = 1; index < 999; index += 1) insert.run(seed(index), meeting.id, problem.id, index - 1, `Answer ${index}`);
    })();
    const thousandth = add(problem.id, 'Answer 999');
    expect(ok<Why[]>(call('whys.list', { meetingId: meeting.id }))).toHaveLength(1_000);

    const error = expectRefused('whys.add', { meetingId: meeting.id, parentId: problem.id, text: 'Answer 1,000' });
    expect(error).toEqual({
      code: 'conflict',
      field: 'meetingId',
      message: 'meetingId: a meeting holds at most 1,000 whys; delete some before adding another',
    });
    expect(expectRefused('whys.add', { meetingId: meeting.id, parentId: null, text: 'A second problem' })).toMatchObject({ field: 'meetingId' });

    // A retried add of a why already stored is acknowledged, full or not.
    expect(add(problem.id, 'Answer 999', { id: thousandth.id })).toEqual(thousandth);
    ok(call('whys.delete', { id: seed(1) }));
    expect(add(problem.id, 'Answer 1,000').text).toBe('Answer 1,000');
  });
});
