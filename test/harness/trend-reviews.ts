import { dispatch } from '../../src/main/api/dispatch.ts';
import type { Service } from '../../src/main/service/service.ts';
import type { Method } from '../../src/shared/api/contract.ts';
import type { TimelinePhase } from '../../src/shared/domain/timeline.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import { ok } from './call-result.ts';

const MIN = 60_000;

/**
 * Reviews for the Trends tests (issue 16), all in UTC, written through dispatch() as the app would. Read with today
 * 2026-12-01 the expected figures, worked out by hand from the definitions, are:
 *
 * - months 2026-09 to 2026-11; September: one SEV1, one SEV2; October: none (the deleted review does not count);
 *   November: one SEV3 and one without severity. The effectiveness check of "Checkout outage" is no review.
 * - response times (from the first trigger event, else the incident start): September detect 12 and 30 min (median
 *   21), mitigate 40 and 60 (median 50), resolve 90 (only "Checkout outage"); November 4, 10 and 20 min from "Login
 *   errors". "Search slow" has no events: left out of all three. "Payments timeout" has no resolution: left out of it.
 * - recurring causes: the service Payments, written three ways, in three reviews (September and November).
 * - follow-through: September 5 items, 2 done, 1 cancelled, 1 overdue, rate 2 of 4; November 1 open item, not overdue.
 */
export function seedTrendReviews(service: Service): { checkout: Meeting; payments: Meeting; search: Meeting; login: Meeting } {
  const call = <T>(method: Method, input: unknown) => ok<T>(dispatch(service, method, input));
  const review = (fields: Record<string, unknown>, startedAt: number, services: string[]) => {
    const meeting = call<Meeting>('meetings.create', { timeZone: 'UTC', ...fields });
    return call<Meeting>('meetings.update', { id: meeting.id, patch: { incidentStartedAt: startedAt, servicesAffected: services } });
  };
  const events = (meeting: Meeting, start: number, phases: Array<[TimelinePhase, number]>) => {
    for (const [phase, minutes] of phases) {
      call('timeline.add', { meetingId: meeting.id, occurredAt: start + minutes * MIN, description: `Marked ${phase}`, phase });
    }
  };
  const items = (meeting: Meeting, list: Array<Record<string, unknown>>) => {
    list.forEach((fields, index) => call('actions.add', { meetingId: meeting.id, title: `Item ${index + 1} of ${meeting.incidentId}`, ...fields }));
  };

  const checkoutStart = Date.UTC(2026, 8, 3, 10, 0);
  const checkout = review({ title: 'Checkout outage', incidentId: 'INC-101', severity: 'SEV1' }, checkoutStart, ['Payments', 'Checkout']);
  events(checkout, checkoutStart, [
    ['trigger', 0],
    ['detection', 12],
    ['mitigation', 40],
    ['resolution', 90],
    ['other', 200],
  ]);
  items(checkout, [{ status: 'done' }, { dueOn: '2026-09-20' }, { status: 'cancelled' }]);

  const paymentsStart = Date.UTC(2026, 8, 21, 8, 0);
  const payments = review({ title: 'Payments timeout', incidentId: 'INC-102', severity: 'SEV2' }, paymentsStart, ['payments']);
  events(payments, paymentsStart, [
    ['detection', 30],
    ['mitigation', 60],
  ]);
  items(payments, [{ status: 'done', dueOn: '2026-10-01' }, { status: 'in_progress' }]);

  const search = review({ title: 'Search slow', incidentId: 'INC-103', severity: 'SEV3' }, Date.UTC(2026, 10, 5, 14, 0), ['Search', 'PAYMENTS']);
  items(search, [{ dueOn: '2099-01-01' }]);

  const loginStart = Date.UTC(2026, 10, 20, 0, 0);
  const login = review({ title: 'Login errors', incidentId: 'INC-104' }, loginStart, ['Auth']);
  events(login, loginStart, [
    ['trigger', 0],
    ['detection', 4],
    ['mitigation', 10],
    ['resolution', 20],
  ]);

  const deleted = review({ title: 'Deleted review', incidentId: 'INC-105', severity: 'SEV1' }, Date.UTC(2026, 9, 2, 9, 0), ['Payments']);
  items(deleted, [{ dueOn: '2026-10-10' }]);
  call('meetings.delete', { id: deleted.id });

  call('effectiveness.start', { meetingId: checkout.id });
  return { checkout, payments, search, login };
}
