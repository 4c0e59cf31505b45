import fs from 'node:fs';
import DatabaseConstructor from 'better-sqlite3';
import { dispatch } from '../../src/main/api/dispatch.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import { ok } from './call-result.ts';
import { seededRandom } from './seeded-random.ts';
import { seedDatabase } from './service-on-temp-file.ts';

/** Writes a real Debrief database through the service: one meeting with `events` timeline events. */
export function writeSampleDatabase(file: string, events = 300): Promise<{ meetingId: string }> {
  return seedDatabase(file, (service) => {
    const meeting = ok<Meeting>(dispatch(service, 'meetings.create', { title: 'Checkout outage', incidentId: 'INC-2041' }));
    for (let i = 0; i < events; i++) {
      ok(
        dispatch(service, 'timeline.add', {
          meetingId: meeting.id,
          occurredAt: Date.UTC(2026, 10, 20, 14, 0, i),
          description: `Event ${i}: what the room said happened`,
        }),
      );
    }
    return { meetingId: meeting.id };
  });
}

/**
 * Copies a closed database and overwrites `count` bytes at seeded random offsets past its first page (a damaged
 * header is too easy: every open notices it). Returns the damaged bytes as written.
 */
export function writeDamagedCopy(source: string, target: string, seed: number, count = 8): Buffer {
  const bytes = fs.readFileSync(source);
  const random = seededRandom(seed);
  const pageSize = 4096;
  for (let i = 0; i < count; i++) {
    const offset = pageSize + Math.floor(random() * (bytes.length - pageSize));
    bytes[offset] = Math.floor(random() * 256);
  }
  fs.writeFileSync(target, bytes);
  return bytes;
}

/** The test's own verdict, straight from SQLite through a read-only connection: does the file pass integrity_check? */
export function passesIntegrityCheck(file: string): boolean {
  let db;
  try {
    db = new DatabaseConstructor(file, { readonly: true, fileMustExist: true });
    return db.pragma('integrity_check', { simple: true }) === 'ok';
  } catch {
    return false;
  } finally {
    db?.close();
  }
}
