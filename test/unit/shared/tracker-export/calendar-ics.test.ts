import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { writeCalendarIcs } from '../../../../src/shared/actions/tracker-export/calendar-ics.ts';
import { REVIEW, exported } from './exported-actions.ts';

interface ReadEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  allDay: boolean;
}

function readEvents(text: string): ReadEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
    };
  });
}

/** Issue 15: "each review's follow-up date and each item's due date, as events … with a standard iCalendar parser". */
describe('calendar (.ics)', () => {
  it("has an all-day event on each due date and on the review's follow-up date, with stable UIDs", () => {
    const due = exported({ title: 'Add an alert, "now"; please', dueOn: '2026-12-31', owner: 'Ana Lima' });
    const undated = exported({ dueOn: null });
    const input = { actions: [due, undated], reviews: [REVIEW] };
    const { text, warnings } = writeCalendarIcs(input);
    const events = readEvents(text);
    expect(events).toEqual([
      {
        uid: `debrief-follow-up-${REVIEW.id}@debrief`,
        summary: 'Follow-up review: INC-2041 Checkout outage',
        description: expect.stringContaining('INC-2041 Checkout outage'),
        start: '2026-12-24',
        end: '2026-12-25',
        allDay: true,
      },
      {
        uid: `debrief-action-${due.item.id}@debrief`,
        summary: 'Due: Add an alert, "now"; please',
        description: expect.stringContaining('Owner: Ana Lima'),
        start: '2026-12-31',
        end: '2027-01-01',
        allDay: true,
      },
    ]);
    expect(events[1]?.description).toContain('Review: INC-2041 Checkout outage');
    expect(warnings).toEqual(['1 open item has no due date and no event']);
    expect(writeCalendarIcs(input).text).toBe(text);
  });

  it('writes no event for a review without a follow-up date', () => {
    const { text } = writeCalendarIcs({ actions: [], reviews: [{ ...REVIEW, followUpReviewOn: null }] });
    expect(readEvents(text)).toEqual([]);
  });
});
