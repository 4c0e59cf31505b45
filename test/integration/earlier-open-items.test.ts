import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionItem, EarlierOpenItem } from '../../src/shared/domain/actions.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import { AgendaHarness, failure, ok } from '../harness/index.ts';

const DAY = 86_400_000;
const START = Date.UTC(2026, 9, 1, 12, 0);

/**
 * Issue 15: when a review is prepared or started, the items still open from earlier reviews that share its services
 * are listed ("still open from earlier incidents"), as Atlassian's template checks the backlog.
 */
describe('actions.openFromEarlier over a real SQLite file', () => {
  let h: AgendaHarness;
  const review = (title: string, incidentStartedAt: number, services: string[]): Meeting => {
    const meeting = h.createMeeting({ title, incidentId: `INC-${title.split(' ').join('-')}` });
    return ok<Meeting>(h.call('meetings.update', { id: meeting.id, patch: { incidentStartedAt, servicesAffected: services } }));
  };
  const add = (meeting: Meeting, title: string, status = 'open') => ok<ActionItem>(h.call('actions.add', { meetingId: meeting.id, title, status }));
  const earlier = (meeting: Meeting) => ok<EarlierOpenItem[]>(h.call('actions.openFromEarlier', { meetingId: meeting.id }));

  beforeEach(async () => {
    h = new AgendaHarness();
    await h.open();
  });
  afterEach(() => h.close());

  it('lists the open and in-progress items of earlier reviews naming one of its services, oldest incident first', () => {
    const first = review('Checkout 1', START, ['Checkout API', 'Payments']);
    const firstOpen = add(first, 'Add a canary stage');
    add(first, 'Write the rollback runbook', 'done');
    const firstProgress = add(first, 'Alert on error budget burn', 'in_progress');
    add(first, 'Retire the old gateway', 'cancelled');
    const unrelated = review('Search 1', START + DAY, ['Search']);
    add(unrelated, 'Reindex nightly');
    // Spelled differently, in another script's case: still the same service.
    const second = review('Payments 2', START + 2 * DAY, ['ÜBERWEISUNG', 'payments']);
    const secondOpen = add(second, 'Load-test the payment queue');
    const current = review('Checkout 3', START + 10 * DAY, ['checkout api', 'überweisung']);
    add(current, 'Its own item is not an earlier one');
    // A later incident on the same service is not "earlier".
    const later = review('Checkout 4', START + 20 * DAY, ['Checkout API']);
    add(later, 'Later item');

    const listed = earlier(current);
    expect(listed.map((entry) => [entry.item.title, entry.incidentId, entry.sharedServices])).toEqual([
      [firstOpen.title, 'INC-Checkout-1', ['Checkout API']],
      [firstProgress.title, 'INC-Checkout-1', ['Checkout API']],
      [secondOpen.title, 'INC-Payments-2', ['ÜBERWEISUNG']],
    ]);
    expect(listed[0]?.reviewTitle).toBe('Checkout 1');
    expect(listed[0]?.incidentAt).toBe(START);
  });

  it('lists nothing for a review that names no services, and refuses a meeting that is not there', () => {
    const first = review('Checkout 1', START, ['Checkout API']);
    add(first, 'Add a canary stage');
    const current = review('Checkout 2', START + DAY, []);
    expect(earlier(current)).toEqual([]);
    expect(failure(h.call('actions.openFromEarlier', { meetingId: '00000000-0000-4000-8000-000000000000' })).code).toBe('not_found');
  });
});
