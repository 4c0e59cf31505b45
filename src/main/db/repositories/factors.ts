import type { Database } from 'better-sqlite3';
import type { ArchivedTag, Factor, ItemTags, MeetingFactor, TagItemKind } from '../../../shared/domain/factors.ts';
import type { SimilarityProfile } from '../../../shared/library/similar.ts';
import { expectChanges, statement } from '../statements.ts';

/**
 * The contributing-factor taxonomy (`factors`) and the tags putting its factors on reviews, whys and notes
 * (`item_factors`, read through the view `live_item_factors`, which leaves out the tags of deleted items; migration 017).
 */

interface FactorRow {
  id: string;
  name: string;
  position: number;
  retired_at: number | null;
  created_at: number;
  updated_at: number;
  review_count: number;
}

const toFactor = (row: FactorRow): Factor => ({
  id: row.id,
  name: row.name,
  position: row.position,
  retiredAt: row.retired_at,
  reviewCount: row.review_count,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const FACTOR_SELECT = `SELECT f.*, (SELECT count(DISTINCT t.meeting_id) FROM live_item_factors t WHERE t.factor_id = f.id) AS review_count FROM factors f`;

/**
 * Each factor's id and name, retired ones too, without counting the reviews using it (which reads every tag): what an
 * archive import matches its tags against, once per archive.
 */
export function listFactorNames(db: Database): Array<{ id: string; name: string }> {
  return statement(db, 'SELECT id, name FROM factors').all() as Array<{ id: string; name: string }>;
}

/** The whole taxonomy in its order, retired factors too. */
export function listFactors(db: Database): Factor[] {
  return (statement(db, `${FACTOR_SELECT} ORDER BY f.position, f.name`).all() as FactorRow[]).map(toFactor);
}

export function getFactor(db: Database, id: string): Factor | undefined {
  const row = statement(db, `${FACTOR_SELECT} WHERE f.id = ?`).get(id) as FactorRow | undefined;
  return row && toFactor(row);
}

/** Inserts at `position` (the end when past it), moving the factors from there on one down. */
export function insertFactor(db: Database, factor: { id: string; name: string; position: number | undefined; now: number }): Factor {
  const count = (statement(db, 'SELECT count(*) AS n FROM factors').get() as { n: number }).n;
  const position = Math.min(factor.position ?? count, count);
  statement(db, 'UPDATE factors SET position = position + 1 WHERE position >= ?').run(position);
  statement(db, 'INSERT INTO factors (id, name, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
    factor.id,
    factor.name,
    position,
    factor.now,
    factor.now,
  );
  return getFactor(db, factor.id) as Factor;
}

export function renameFactor(db: Database, id: string, name: string, now: number): void {
  expectChanges(statement(db, 'UPDATE factors SET name = ?, updated_at = ? WHERE id = ?').run(name, now, id).changes, 1, 'factor');
}

export function setFactorRetired(db: Database, id: string, retiredAt: number | null, now: number): void {
  expectChanges(statement(db, 'UPDATE factors SET retired_at = ?, updated_at = ? WHERE id = ?').run(retiredAt, now, id).changes, 1, 'factor');
}

/** Moves a factor to `position` (clamped to the list), renumbering the others from 0 in their order. */
export function moveFactor(db: Database, id: string, position: number, now: number): void {
  const ids = (statement(db, 'SELECT id FROM factors ORDER BY position, name').all() as Array<{ id: string }>)
    .map((row) => row.id)
    .filter((other) => other !== id);
  ids.splice(Math.min(position, ids.length), 0, id);
  const update = statement(db, 'UPDATE factors SET position = ? WHERE id = ?');
  ids.forEach((each, index) => update.run(index, each));
  statement(db, 'UPDATE factors SET updated_at = ? WHERE id = ?').run(now, id);
}

/** Deletes a factor no live item uses, with the tags deleted items left behind. */
export function deleteFactor(db: Database, id: string): void {
  statement(db, 'DELETE FROM item_factors WHERE factor_id = ?').run(id);
  const { position } = statement(db, 'SELECT position FROM factors WHERE id = ?').get(id) as { position: number };
  expectChanges(statement(db, 'DELETE FROM factors WHERE id = ?').run(id).changes, 1, 'factor');
  statement(db, 'UPDATE factors SET position = position - 1 WHERE position > ?').run(position);
}

/** The reviews using a factor, newest change first: what a refused delete names. */
export function reviewsUsingFactor(db: Database, factorId: string): Array<{ meetingId: string; incidentId: string; title: string }> {
  return statement(
    db,
    `SELECT m.id AS meetingId, m.incident_id AS incidentId, m.title AS title FROM meetings m
     WHERE m.id IN (SELECT meeting_id FROM live_item_factors WHERE factor_id = ?)
     ORDER BY m.updated_at DESC, m.id`,
  ).all(factorId) as Array<{ meetingId: string; incidentId: string; title: string }>;
}

interface TagRow {
  item_kind: TagItemKind;
  item_id: string;
  factor_id: string;
}

function groupTags(rows: readonly TagRow[]): ItemTags[] {
  const byItem = new Map<string, ItemTags>();
  for (const row of rows) {
    const itemKey = `${row.item_kind}:${row.item_id}`;
    const item = byItem.get(itemKey) ?? { itemKind: row.item_kind, itemId: row.item_id, factorIds: [] };
    item.factorIds.push(row.factor_id);
    byItem.set(itemKey, item);
  }
  return [...byItem.values()];
}

/** Every tagged item of the meeting that still exists: the review first, then whys and notes, factors in order. */
export function listMeetingTags(db: Database, meetingId: string): ItemTags[] {
  const rows = statement(
    db,
    `SELECT item_kind, item_id, factor_id FROM live_item_factors WHERE meeting_id = ?
     ORDER BY CASE item_kind WHEN 'meeting' THEN 0 WHEN 'why' THEN 1 ELSE 2 END, item_id, position`,
  ).all(meetingId) as TagRow[];
  return groupTags(rows);
}

export function itemFactorIds(db: Database, itemKind: TagItemKind, itemId: string): string[] {
  const rows = statement(db, 'SELECT factor_id FROM item_factors WHERE item_kind = ? AND item_id = ? ORDER BY position').all(itemKind, itemId) as Array<{
    factor_id: string;
  }>;
  return rows.map((row) => row.factor_id);
}

/** Replaces one item's factors with `factorIds`, in that order; call inside a transaction. */
export function replaceItemFactors(db: Database, meetingId: string, itemKind: TagItemKind, itemId: string, factorIds: readonly string[]): void {
  statement(db, 'DELETE FROM item_factors WHERE item_kind = ? AND item_id = ?').run(itemKind, itemId);
  const insert = statement(db, 'INSERT INTO item_factors (meeting_id, item_kind, item_id, factor_id, position) VALUES (?, ?, ?, ?, ?)');
  factorIds.forEach((factorId, position) => insert.run(meetingId, itemKind, itemId, factorId, position));
}

/** The meeting's tags with factor names, for the archive. */
export function listArchivedTags(db: Database, meetingId: string): ArchivedTag[] {
  return statement(
    db,
    `SELECT t.item_kind AS itemKind, t.item_id AS itemId, f.name AS factor FROM live_item_factors t JOIN factors f ON f.id = t.factor_id
     WHERE t.meeting_id = ?
     ORDER BY CASE t.item_kind WHEN 'meeting' THEN 0 WHEN 'why' THEN 1 ELSE 2 END, t.item_id, t.position`,
  ).all(meetingId) as ArchivedTag[];
}

/**
 * Every (review, factor name) pair, once each, whether the factor is on the review itself or on one of its whys or
 * notes: what "recurring causes" counts. Ordered by review, then by the factor's place in the taxonomy.
 */
export function listMeetingFactors(db: Database): MeetingFactor[] {
  return statement(
    db,
    `SELECT DISTINCT t.meeting_id AS meetingId, f.name AS factor, f.position AS position FROM live_item_factors t JOIN factors f ON f.id = t.factor_id
     ORDER BY t.meeting_id, f.position`,
  )
    .all()
    .map((row) => {
      const { meetingId, factor } = row as MeetingFactor;
      return { meetingId, factor };
    });
}

/**
 * What "similar incidents" compares, for every review, the most recently changed first. The meetings that held a
 * 30-day effectiveness check (migration 014) are left out: each is named after its review, not another incident.
 */
export function similarityProfiles(db: Database): Array<SimilarityProfile & { incidentId: string; incidentStartedAt: number | null }> {
  const meetings = statement(
    db,
    `SELECT id, title, summary, incident_id AS incidentId, incident_started_at AS incidentStartedAt FROM meetings
     WHERE id NOT IN (SELECT meeting_id FROM effectiveness_reviews)
     ORDER BY updated_at DESC, id`,
  ).all() as Array<{ id: string; title: string; summary: string; incidentId: string; incidentStartedAt: number | null }>;
  const services = new Map<string, string[]>();
  for (const row of statement(db, 'SELECT meeting_id AS meetingId, name FROM meeting_services ORDER BY meeting_id, position').all() as Array<{
    meetingId: string;
    name: string;
  }>) {
    services.set(row.meetingId, [...(services.get(row.meetingId) ?? []), row.name]);
  }
  const factors = new Map<string, string[]>();
  for (const { meetingId, factor } of listMeetingFactors(db)) factors.set(meetingId, [...(factors.get(meetingId) ?? []), factor]);
  return meetings.map((meeting) => ({
    meetingId: meeting.id,
    title: meeting.title,
    summary: meeting.summary,
    incidentId: meeting.incidentId,
    incidentStartedAt: meeting.incidentStartedAt,
    services: services.get(meeting.id) ?? [],
    factors: factors.get(meeting.id) ?? [],
  }));
}
