import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { TimelineEvent } from '../../src/shared/domain/timeline.ts';
import { dispatch } from '../../src/main/api/dispatch.ts';
import { openDatabase } from '../../src/main/db/open.ts';
import { createService, type Service } from '../../src/main/service/service.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { ok } from '../support/call-result.ts';

describe('timeline.get', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let db: Database;
  let service: Service;

  beforeEach(async () => {
    temp = makeTempDir();
    db = await openDatabase(temp.file('debrief.sqlite'));
    service = createService(db);
  });
  afterEach(() => {
    db.close();
    temp.remove();
  });

  it('returns one stored event, and names what is missing or malformed', () => {
    const meeting = ok<Meeting>(dispatch(service, 'meetings.create', { title: 'Checkout outage' }));
    const added = ok<TimelineEvent>(
      dispatch(service, 'timeline.add', { meetingId: meeting.id, occurredAt: Date.UTC(2026, 1, 3, 14, 5), description: 'Error rate rose', phase: 'detection' }),
    );
    expect(ok<TimelineEvent>(dispatch(service, 'timeline.get', { id: added.id }))).toEqual(added);

    const missing = dispatch(service, 'timeline.get', { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const malformed = dispatch(service, 'timeline.get', { id: 'seven' });
    expect(malformed).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.stringify(malformed)).toContain('id');
  });
});
