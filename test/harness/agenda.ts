import type { Database } from 'better-sqlite3';
import { dispatch } from '../../src/main/api/dispatch.ts';
import { openDatabase } from '../../src/main/db/open.ts';
import { createService, type Service } from '../../src/main/service/service.ts';
import type { ChangeEvent } from '../../src/shared/api/events.ts';
import type { CallResponse } from '../../src/shared/api/wire.ts';
import type { AgendaState } from '../../src/shared/domain/agenda.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import { databaseSnapshot, ok } from './call-result.ts';
import { openServiceOnTempFile, type ServiceOnTempFile } from './service-on-temp-file.ts';

export const START = Date.UTC(2026, 10, 23, 9, 0, 0);
export const MINUTE = 60_000;
export const MISSING_ID = '0b7e4c39-3f5c-4d3c-9a52-5b0b8f1f2c11';

/** Every agenda-related row, to prove a refused call changed nothing. */
export function agendaSnapshot(db: Database): string {
  return databaseSnapshot(db, ['meetings', 'agenda_sections', 'timer_states', 'agenda_templates']);
}

/**
 * The service over a real SQLite file with a clock the test moves by hand. `reopen` closes the database and opens
 * the same file with a brand-new service, as a restart of the app would.
 */
export class AgendaHarness {
  clock = START;
  events: ChangeEvent[] = [];
  private onFile!: ServiceOnTempFile;
  db!: Database;
  service!: Service;

  /** The SQLite file the service writes to. */
  get file(): string {
    return this.onFile.file;
  }

  async open(): Promise<void> {
    this.onFile = await openServiceOnTempFile({ clock: () => this.clock }, 'debrief-agenda-');
    this.db = this.onFile.db;
    this.listen(this.onFile.service);
  }

  async reopen(): Promise<void> {
    this.db.close();
    this.events = [];
    this.db = await openDatabase(this.onFile.file);
    this.listen(createService(this.db, { clock: () => this.clock }));
  }

  close(): void {
    if (this.db.open) this.db.close();
    this.onFile.close();
  }

  private listen(service: Service): void {
    this.service = service;
    this.service.onChange((event) => this.events.push(event));
  }

  advance(ms: number): void {
    this.clock += ms;
  }

  call(method: unknown, input: unknown): CallResponse {
    return dispatch(this.service, method, input);
  }

  agenda(method: string, input: unknown): AgendaState {
    return ok<AgendaState>(this.call(method, input));
  }

  createMeeting(extra: Record<string, unknown> = {}): Meeting {
    return ok<Meeting>(this.call('meetings.create', { title: 'Checkout outage', ...extra }));
  }
}
