import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { TimelineEvent } from '../../src/shared/domain/timeline.ts';
import { dispatch } from '../../src/main/api/dispatch.ts';
import { useServiceOnTempFile, ok } from '../harness/index.ts';

describe('timeline.get', () => {
  const fixture = useServiceOnTempFile();

  it('returns one stored event, and names what is missing or malformed', () => {
    const meeting = ok<Meeting>(dispatch(fixture.service, 'meetings.create', { title: 'Checkout outage' }));
    const added = ok<TimelineEvent>(
      dispatch(fixture.service, 'timeline.add', {
        meetingId: meeting.id,
        occurredAt: Date.UTC(2026, 1, 3, 14, 5),
        description: 'Error rate rose',
        phase: 'detection',
      }),
    );
    expect(ok<TimelineEvent>(dispatch(fixture.service, 'timeline.get', { id: added.id }))).toEqual(added);

    const missing = dispatch(fixture.service, 'timeline.get', { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const malformed = dispatch(fixture.service, 'timeline.get', { id: 'seven' });
    expect(malformed).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.stringify(malformed)).toContain('id');
  });
});
