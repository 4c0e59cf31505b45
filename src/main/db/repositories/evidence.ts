import type { Database } from 'better-sqlite3';
import type { Evidence, EvidenceImage, EvidenceKind, EvidenceTarget, ImageMediaType } from '../../../shared/domain/evidence.ts';
import { expectChanges, statement } from '../statements.ts';

interface EvidenceRow {
  id: string;
  meeting_id: string;
  timeline_event_id: string | null;
  why_id: string | null;
  note_id: string | null;
  kind: EvidenceKind;
  caption: string;
  url: string | null;
  media_type: ImageMediaType | null;
  byte_size: number | null;
  file_name: string | null;
  created_at: number;
  updated_at: number;
}

/** Every column but the bytes, which only evidenceImage() reads. */
const COLUMNS = `id, meeting_id, timeline_event_id, why_id, note_id, kind, caption, url, media_type, byte_size, file_name,
  created_at, updated_at`;

function toEvidence(row: EvidenceRow): Evidence {
  const [target, targetId] = targetOf(row);
  return {
    id: row.id,
    meetingId: row.meeting_id,
    target,
    targetId,
    kind: row.kind,
    caption: row.caption,
    url: row.url,
    mediaType: row.media_type,
    byteSize: row.byte_size,
    fileName: row.file_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function targetOf(row: EvidenceRow): [EvidenceTarget, string] {
  if (row.timeline_event_id !== null) return ['timeline_event', row.timeline_event_id];
  if (row.why_id !== null) return ['why', row.why_id];
  if (row.note_id !== null) return ['note', row.note_id];
  throw new Error(`evidence ${row.id} is attached to nothing`);
}

export interface NewEvidence {
  id: string;
  meetingId: string;
  target: EvidenceTarget;
  targetId: string;
  caption: string;
  fileName: string | null;
  createdAt: number;
  now: number;
}

export type NewEvidenceContent = { kind: 'image'; mediaType: ImageMediaType; bytes: Uint8Array } | { kind: 'link'; url: string };

export function insertEvidence(db: Database, evidence: NewEvidence, content: NewEvidenceContent): Evidence {
  const row = statement(
    db,
    `INSERT INTO evidence (id, meeting_id, timeline_event_id, why_id, note_id, kind, caption, url, media_type, bytes,
       byte_size, file_name, created_at, updated_at)
     VALUES (@id, @meetingId, @timelineEventId, @whyId, @noteId, @kind, @caption, @url, @mediaType, @bytes,
       @byteSize, @fileName, @createdAt, @now)
     RETURNING ${COLUMNS}`,
  ).get({
    id: evidence.id,
    meetingId: evidence.meetingId,
    timelineEventId: evidence.target === 'timeline_event' ? evidence.targetId : null,
    whyId: evidence.target === 'why' ? evidence.targetId : null,
    noteId: evidence.target === 'note' ? evidence.targetId : null,
    kind: content.kind,
    caption: evidence.caption,
    url: content.kind === 'link' ? content.url : null,
    mediaType: content.kind === 'image' ? content.mediaType : null,
    bytes: content.kind === 'image' ? Buffer.from(content.bytes.buffer, content.bytes.byteOffset, content.bytes.byteLength) : null,
    byteSize: content.kind === 'image' ? content.bytes.byteLength : null,
    fileName: evidence.fileName,
    createdAt: evidence.createdAt,
    now: evidence.now,
  }) as EvidenceRow;
  return toEvidence(row);
}

export function getEvidence(db: Database, id: string): Evidence | undefined {
  const row = statement(db, `SELECT ${COLUMNS} FROM evidence WHERE id = ?`).get(id) as EvidenceRow | undefined;
  return row && toEvidence(row);
}

export function listEvidence(db: Database, meetingId: string): Evidence[] {
  const rows = statement(db, `SELECT ${COLUMNS} FROM evidence WHERE meeting_id = ? ORDER BY created_at, id`).all(meetingId) as EvidenceRow[];
  return rows.map(toEvidence);
}

/** An image's bytes and type; undefined for a link or no such row. */
export function evidenceImage(db: Database, id: string): EvidenceImage | undefined {
  const row = statement(db, "SELECT media_type, bytes FROM evidence WHERE id = ? AND kind = 'image'").get(id) as
    { media_type: EvidenceImage['mediaType']; bytes: Buffer } | undefined;
  return row && { mediaType: row.media_type, bytes: new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength) };
}

export function updateEvidenceCaption(db: Database, id: string, caption: string | undefined, now: number): Evidence {
  const row = statement(db, `UPDATE evidence SET caption = coalesce(@caption, caption), updated_at = @now WHERE id = @id RETURNING ${COLUMNS}`).get({
    id,
    caption: caption ?? null,
    now,
  }) as EvidenceRow | undefined;
  if (!row) throw new Error(`update evidence: no row ${id}`);
  return toEvidence(row);
}

export function deleteEvidence(db: Database, id: string): void {
  expectChanges(statement(db, 'DELETE FROM evidence WHERE id = ?').run(id).changes, 1, 'delete evidence');
}
