import type { Database } from 'better-sqlite3';
import { dispatch } from '../../src/main/api/dispatch.ts';
import { openDatabase } from '../../src/main/db/open.ts';
import { createService, type Service } from '../../src/main/service/service.ts';
import type { ApiErrorBody } from '../../src/shared/api/errors.ts';
import type { ChangeEvent } from '../../src/shared/api/events.ts';
import type { CallResponse } from '../../src/shared/api/wire.ts';
import type { AgendaState } from '../../src/shared/domain/agenda.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import { makeTempDir } from './temp-dir.ts';
export { ok } from './call-result.ts';
import { ok } from './call-result.ts';

export const START = Date.UTC(2026, 10, 23, 9, 0, 0);
export const MINUTE = 60_000;
export const MISSING_ID = '0b7e4c39-3f5c-4d3c-9a52-5b0b8f1f2c11';

export function failure(response: CallResponse): ApiErrorBody {
  if (response.ok) throw new Error(`expected a refusal, got ${JSON.stringify(response.result)}`);
  return response.error;
}

/** Every agenda-related row, to prove a refused call changed nothing. */
export function agendaSnapshot(db: Database): string {
  const tables = ['meetings', 'agenda_sections', 'timer_states', 'agenda_templates'];
  return JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()));
}

/**
 * The service over a real SQLite file with a clock the test moves by hand. `reopen` closes the database and opens
 * the same file with a brand-new service, as a restart of the app would.
 */
export class AgendaHarness {
  readonly temp = makeTempDir('debrief-agenda-');
  readonly file = this.temp.file('debrief.sqlite');
  clock = START;
  events: ChangeEvent[] = [];
  db!: Database;
  service!: Service;

  async open(): Promise<void> {
    this.db = await openDatabase(this.file);
    this.service = createService(this.db, { clock: () => this.clock });
    this.service.onChange((event) => this.events.push(event));
  }

  async reopen(): Promise<void> {
    this.db.close();
    this.events = [];
    await this.open();
  }

  close(): void {
    if (this.db.open) this.db.close();
    this.temp.remove();
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
