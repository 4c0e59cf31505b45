import type { Database } from 'better-sqlite3';
import type { ChangeEvent, ChangedEntity, ChangeOperation } from '../../shared/api/events.ts';
import { bumpRevision } from '../db/repositories/meetings.ts';
import type { JoinControl } from '../joining/join-control.ts';
import { notFound } from './required-rows.ts';
import { FACILITATOR_NAME } from '../../shared/domain/review.ts';
import { guardReportContent, type CurrentCall } from './review-guard.ts';
import { timeOrderedId } from './time-ordered-id.ts';
import { processAlive } from './process-alive.ts';

export interface ServiceOptions {
  clock?: () => number;
  newId?: () => string;
  /** The join server; only the running app (Electron or npm run serve) has one. */
  joining?: JoinControl;
  /** This process, which runs the imports it starts (process.pid unless a test says otherwise). */
  processId?: number;
  /** Whether another process still runs (see process-alive.ts). */
  processAlive?: (pid: number) => boolean;
}

export interface ChangeRecorder {
  /** Counts a change to something inside the meeting as one more revision, and queues its event. */
  touch(meetingId: string, entity: ChangedEntity, entityId: string, op: ChangeOperation): number;
  /** Queues the event for a change whose revision the caller already wrote. */
  record(event: ChangeEvent): void;
}

export interface ServiceContext {
  db: Database;
  /** Milliseconds, strictly increasing within this process, so rows written in the same millisecond keep their order. */
  now(): number;
  newId(): string;
  /** Runs `work` as one SQLite transaction; its change events go out only after the commit succeeded. */
  mutate<T>(work: (changes: ChangeRecorder) => T): T;
  /** Sends out an event about state kept outside the database (who joined), with no transaction to wait for. */
  announce(event: ChangeEvent): void;
  processId: number;
  processAlive(pid: number): boolean;
}

export type ChangeListener = (event: ChangeEvent) => void;

/** An edit after circulation also changes the review's history, within the same revision as the edit. */
const reviewChanged = (meetingId: string, revision: number): ChangeEvent => ({ meetingId, revision, entity: 'review', entityId: meetingId, op: 'updated' });

/**
 * `caller` names the note-taker whose call is running, if any; their name goes on the change events it causes.
 * `call` is the method and input dispatch() is running, which the review's report-content guard reads.
 */
export function createServiceContext(
  db: Database,
  options: ServiceOptions,
  emit: (event: ChangeEvent) => void,
  caller: () => string | undefined = () => undefined,
  call: () => CurrentCall | undefined = () => undefined,
): ServiceContext {
  const clock = options.clock ?? Date.now;
  const newId = options.newId ?? timeOrderedId;
  let last = 0;
  const now = (): number => {
    last = Math.max(clock(), last + 1);
    return last;
  };

  const mutate = <T>(work: (changes: ChangeRecorder) => T): T => {
    const pending: ChangeEvent[] = [];
    const recorder: ChangeRecorder = {
      touch(meetingId, entity, entityId, op) {
        const at = now();
        const historyRecorded = guardReportContent(db, call(), { meetingId, entity, entityId }, caller() ?? FACILITATOR_NAME, at);
        const revision = bumpRevision(db, meetingId, at);
        if (revision === undefined) throw notFound('meeting', meetingId);
        pending.push({ meetingId, revision, entity, entityId, op });
        if (historyRecorded) pending.push(reviewChanged(meetingId, revision));
        return revision;
      },
      record(event) {
        const historyRecorded = guardReportContent(db, call(), event, caller() ?? FACILITATOR_NAME, now());
        pending.push(event);
        if (historyRecorded) pending.push(reviewChanged(event.meetingId, event.revision));
      },
    };
    // IMMEDIATE takes the write lock at BEGIN, where busy_timeout waits for another writer (the CLI, a second
    // server). A deferred transaction would try to upgrade a read lock mid-way, which fails at once with SQLITE_BUSY.
    const result = db.transaction(() => work(recorder)).immediate();
    const by = caller();
    for (const event of pending) emit(by === undefined ? event : { ...event, by });
    return result;
  };

  return {
    db,
    now,
    newId,
    mutate,
    announce: emit,
    processId: options.processId ?? process.pid,
    processAlive: options.processAlive ?? processAlive,
  };
}
