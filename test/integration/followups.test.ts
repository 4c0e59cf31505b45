import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import type { FollowupPage, FollowupStatus, OwnerCounts } from '../../src/shared/api/followups.ts';
import type { ActionItem } from '../../src/shared/domain/actions.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import { failure, ok, useServiceOnTempFile } from '../harness/index.ts';

const DAY = 24 * 60 * 60 * 1000;
/** Wednesday 9 December 2026, noon UTC; its week runs from Monday 7 to Sunday 13 December. */
const NOW = Date.UTC(2026, 11, 9, 12);
const TODAY = '2026-12-09';

/**
 * Issue 15's ledger over two reviews, six items. The expected rows come from the issue's definitions: overdue is past
 * the due date and not done; stale is open with no change for 30 days (or the days given); due this week is Monday to
 * Sunday of today's week.
 */
const personKey = (name: string) => name.normalize('NFC').toLowerCase();

describe('the follow-ups ledger (followups.list, .statuses, .owners)', () => {
  let clock = NOW;
  const fixture = useServiceOnTempFile(() => ({ clock: () => clock }));
  const call = <T>(method: Parameters<typeof dispatch>[1], input: unknown) => ok<T>(dispatch(fixture.service, method, input));

  /** Titles by the short names the tests use. */
  const seed = () => {
    clock = NOW - 100 * DAY;
    const checkout = call<Meeting>('meetings.create', { title: 'Checkout outage', incidentId: 'INC-1' });
    call('meetings.update', { id: checkout.id, patch: { servicesAffected: ['Payments', 'checkout'] } });
    const search = call<Meeting>('meetings.create', { title: 'Search latency', incidentId: 'INC-2' });
    call('meetings.update', { id: search.id, patch: { servicesAffected: ['search'] } });
    const items: Record<string, ActionItem> = {};
    // Added oldest first: the service's clock never goes back.
    const add = (name: string, ageDays: number, meetingId: string, fields: Record<string, unknown>) => {
      clock = NOW - ageDays * DAY;
      items[name] = call<ActionItem>('actions.add', { meetingId, title: name, ...fields });
    };
    add('cancelled', 90, search.id, { owner: 'Cy', dueOn: '2026-10-01', status: 'cancelled' });
    add('done', 60, checkout.id, { owner: 'Bo', dueOn: '2026-11-01', status: 'done' });
    add('alert', 40, checkout.id, { owner: 'Ana', dueOn: '2026-12-01', priority: 'P0' });
    add('cache', 31, search.id, { owner: 'Bo', priority: 'P2' });
    add('runbook', 10, checkout.id, { owner: 'ana', dueOn: '2026-12-10', status: 'in_progress' });
    add('training', 1, search.id, { dueOn: '2026-12-13' });
    clock = NOW;
    return { checkout, search, items };
  };

  const titles = (filter: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    call<FollowupPage>('followups.list', { filter, today: TODAY, sort: { column: 'dueOn', direction: 'asc' }, ...extra }).rows.map((row) => row.item.title);

  it('filters by each definition, alone and together', () => {
    const { checkout, search } = seed();
    expect(titles({})).toEqual(['cancelled', 'done', 'alert', 'runbook', 'training', 'cache']);
    expect(titles({ overdue: true })).toEqual(['alert']);
    expect(titles({ stale: true })).toEqual(['alert', 'cache']);
    expect(titles({ stale: true }, { staleDays: 7 })).toEqual(['alert', 'runbook', 'cache']);
    expect(titles({ dueThisWeek: true })).toEqual(['runbook', 'training']);
    expect(titles({ owner: 'ANA' })).toEqual(['alert', 'runbook']);
    expect(titles({ owner: '' })).toEqual(['training']);
    expect(titles({ status: ['done', 'cancelled'] })).toEqual(['cancelled', 'done']);
    expect(titles({ status: [] })).toEqual([]);
    expect(titles({ priority: ['P0', 'P2'] })).toEqual(['alert', 'cache']);
    expect(titles({ meetingId: search.id })).toEqual(['cancelled', 'training', 'cache']);
    expect(titles({ meetingId: checkout.id, status: ['open', 'in_progress'] })).toEqual(['alert', 'runbook']);
    expect(titles({ service: 'payments' })).toEqual(['done', 'alert', 'runbook']);
    expect(titles({ owner: 'Bo', stale: true })).toEqual(['cache']);
  });

  it('gives each row its review, age, last change and computed states, and the number matched', () => {
    const { checkout } = seed();
    const page = call<FollowupPage>('followups.list', { filter: { owner: 'ana' }, today: TODAY });
    expect(page.total).toBe(2);
    expect(page.today).toBe(TODAY);
    const [alert, runbook] = page.rows;
    expect(alert?.review).toMatchObject({ id: checkout.id, incidentId: 'INC-1', title: 'Checkout outage' });
    expect(alert).toMatchObject({ ageDays: 40, overdue: true, stale: true, addresses: null });
    expect(alert?.item).toMatchObject({ owner: 'Ana', dueOn: '2026-12-01', priority: 'P0', status: 'open', updatedAt: NOW - 40 * DAY });
    expect(runbook).toMatchObject({ ageDays: 10, overdue: false, stale: false });
  });

  it('sorts by any column both ways and pages through the same order', () => {
    seed();
    expect(titles({}, { sort: { column: 'dueOn', direction: 'desc' } })).toEqual(['cache', 'training', 'runbook', 'alert', 'done', 'cancelled']);
    expect(titles({}, { sort: { column: 'age', direction: 'asc' } })).toEqual(['training', 'runbook', 'cache', 'alert', 'done', 'cancelled']);
    expect(titles({}, { sort: { column: 'status', direction: 'asc' } }).slice(0, 3)).toEqual(['alert', 'cache', 'training']);
    expect(titles({}, { sort: { column: 'title', direction: 'asc' } })).toEqual(['alert', 'cache', 'cancelled', 'done', 'runbook', 'training']);
    expect(titles({}, { sort: { column: 'owner', direction: 'asc' } })).toEqual(['alert', 'runbook', 'done', 'cache', 'cancelled', 'training']);
    // Descending is the exact reverse: the later review first, its items from the last in its list.
    expect(titles({}, { sort: { column: 'review', direction: 'desc' } })).toEqual(['training', 'cache', 'cancelled', 'runbook', 'alert', 'done']);
    const page = call<FollowupPage>('followups.list', { today: TODAY, offset: 2, limit: 2 });
    expect([page.total, page.offset, page.rows.map((row) => row.item.title)]).toEqual([6, 2, ['alert', 'runbook']]);
    expect(failure(dispatch(fixture.service, 'followups.list', { sort: { column: 'colour', direction: 'asc' } })).code).toBe('invalid_input');
    expect(failure(dispatch(fixture.service, 'followups.list', { limit: 5_000 })).code).toBe('invalid_input');
  });

  it("carries each item's effectiveness result and filters by it (checked, not checked, one outcome)", () => {
    const { items } = seed();
    // The 30-day check records one outcome with a note, and one item with a note but no word on whether it worked.
    clock = NOW + 1_000;
    call('effectiveness.record', { id: items.done?.id, patch: { outcome: 'prevented', note: 'No repeat since the fix' } });
    clock = NOW + 2_000;
    call('effectiveness.record', { id: items.alert?.id, patch: { note: 'Too soon to say' } });
    clock = NOW;
    const page = call<FollowupPage>('followups.list', { today: TODAY });
    const byTitle = new Map(page.rows.map((row) => [row.item.title, row.effectiveness]));
    expect(byTitle.get('done')).toEqual({
      actionItemId: items.done?.id,
      meetingId: items.done?.meetingId,
      outcome: 'prevented',
      note: 'No repeat since the fix',
      recordedAt: NOW + 1_000,
    });
    expect(byTitle.get('alert')).toMatchObject({ outcome: null, note: 'Too soon to say', recordedAt: NOW + 2_000 });
    expect(byTitle.get('cache')).toBeNull();

    expect(titles({ effectiveness: 'checked' })).toEqual(['done', 'alert']);
    expect(titles({ effectiveness: 'not_checked' })).toEqual(['cancelled', 'runbook', 'training', 'cache']);
    expect(titles({ effectiveness: 'prevented' })).toEqual(['done']);
    expect(titles({ effectiveness: 'too_early' })).toEqual([]);
    expect(titles({ effectiveness: 'checked', owner: 'ana' })).toEqual(['alert']);
    expect(call<FollowupPage>('followups.list', { filter: { effectiveness: 'not_checked' }, today: TODAY }).total).toBe(4);
    expect(call<FollowupStatus[]>('followups.statuses', { filter: { effectiveness: 'checked' }, today: TODAY })).toHaveLength(2);
    expect(failure(dispatch(fixture.service, 'followups.list', { filter: { effectiveness: 'worked' } })).code).toBe('invalid_input');
  });

  it('counts per owner, ignoring the case of the name', () => {
    seed();
    const owners = call<OwnerCounts[]>('followups.owners', { today: TODAY });
    expect(owners.map(({ owner, inDirectory: _, ...counts }) => [owner.toLowerCase(), counts])).toEqual([
      ['ana', { open: 2, overdue: 1, stale: 1, done: 0 }],
      ['bo', { open: 1, overdue: 0, stale: 1, done: 1 }],
      ['', { open: 1, overdue: 0, stale: 0, done: 0 }],
      ['cy', { open: 0, overdue: 0, stale: 0, done: 0 }],
    ]);
  });

  it('takes an owner as the people directory spells them, in any script, and says who is not in it', () => {
    const { checkout } = seed();
    call('people.add', { name: 'Ana Lima' });
    call('people.add', { name: 'Élodie Durand' });
    call('actions.add', { meetingId: checkout.id, title: 'élodie lower', owner: 'élodie durand' });
    call('actions.add', { meetingId: checkout.id, title: 'ÉLODIE upper', owner: 'ÉLODIE DURAND' });
    call('actions.add', { meetingId: checkout.id, title: 'Ana Lima', owner: 'ana lima' });
    const owners = call<OwnerCounts[]>('followups.owners', { today: TODAY });
    expect(owners.find((row) => row.owner === 'Élodie Durand')).toEqual({ owner: 'Élodie Durand', inDirectory: true, open: 2, overdue: 0, stale: 0, done: 0 });
    expect(owners.find((row) => row.owner === 'Ana Lima')).toMatchObject({ inDirectory: true, open: 1 });
    expect(owners.filter((row) => personKey(row.owner) === 'élodie durand')).toHaveLength(1);
    expect(owners.find((row) => row.owner.toLowerCase() === 'bo')).toMatchObject({ inDirectory: false });
    expect(owners.find((row) => row.owner === '')).toMatchObject({ inDirectory: true });

    expect(titles({ owner: 'élodie DURAND' }).sort()).toEqual(['élodie lower', 'ÉLODIE upper'].sort());
    call('meetings.update', { id: checkout.id, patch: { servicesAffected: ['Zürich Gateway'] } });
    expect(titles({ service: 'ZÜRICH GATEWAY' })).toContain('alert');
  });

  it('changes statuses in bulk through actions.applyStatuses, also on a published review, and only statuses', () => {
    const { checkout, items } = seed();
    call('review.setState', { meetingId: checkout.id, state: 'in_review' });
    call('review.setState', { meetingId: checkout.id, state: 'published' });
    const matching = call<FollowupStatus[]>('followups.statuses', { filter: { owner: 'ana' }, today: TODAY });
    expect(matching.map((row) => row.status).sort()).toEqual(['in_progress', 'open']);
    clock = NOW + 1_000;
    call('actions.applyStatuses', { changes: matching.map(({ id }) => ({ id, status: 'done' })) });
    expect(titles({ overdue: true })).toEqual([]);
    const page = call<FollowupPage>('followups.list', { filter: { owner: 'ana' }, today: TODAY });
    expect(page.rows.map((row) => [row.item.status, row.item.updatedAt >= NOW + 1_000])).toEqual([
      ['done', true],
      ['done', true],
    ]);
    // The report's own text stays read-only while published.
    expect(failure(dispatch(fixture.service, 'actions.update', { id: items.alert?.id, patch: { title: 'Renamed' } })).code).toBe('conflict');
  });
});
