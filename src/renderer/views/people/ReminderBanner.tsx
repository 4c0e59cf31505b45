import { useEffect } from 'react';
import { reminderText } from '../../../shared/reminders/daily-reminder.ts';
import { calendarDateAt, localTimeZone } from '../../../shared/time/zoned-time.ts';
import { peopleStore, usePeople } from '../../app/services.ts';
import { hrefFor } from '../../routing/routes.ts';
import { WhoAreYou } from './WhoAreYou.tsx';

/**
 * On the meetings page: asks once who the user is, then says what of theirs is overdue (the same words as the desktop
 * app's daily notification, so a browser shows the reminder too).
 */
export function ReminderBanner() {
  const reminder = usePeople((state) => state.reminder);
  const people = usePeople((state) => state.people);

  useEffect(() => {
    const now = Date.now();
    void peopleStore.getState().load();
    void peopleStore.getState().loadReminder(calendarDateAt(now, localTimeZone()), now);
  }, []);

  if (reminder === null) return null;
  if (reminder.me === null) {
    if (reminder.asked || people.length === 0) return null;
    return (
      <section className="panel reminder-banner" aria-labelledby="reminder-ask-heading">
        <h2 id="reminder-ask-heading">Reminders</h2>
        <WhoAreYou askOnce />
      </section>
    );
  }
  const text = reminderText(reminder);
  if (text === null) return null;
  return (
    <section className="panel reminder-banner reminder-banner--overdue" aria-labelledby="reminder-heading" data-testid="reminder-banner">
      <h2 id="reminder-heading">{text.title}</h2>
      <ul>
        {reminder.overdueItems.map((item) => (
          <li key={item.id}>
            <a href={hrefFor({ name: 'meeting', meetingId: item.meetingId })}>
              <bdi>{item.title}</bdi>
            </a>{' '}
            due {item.dueOn}, <bdi>{item.review}</bdi>
          </li>
        ))}
        {reminder.overdueReviews.map((review) => (
          <li key={review.meetingId}>
            <a href={hrefFor({ name: 'meeting', meetingId: review.meetingId })}>
              <bdi>{review.review}</bdi>
            </a>
            : {review.overdue.map((kind) => (kind === 'write_up' ? 'write-up' : 'review meeting')).join(' and ')} overdue
          </li>
        ))}
      </ul>
      <p className="field__hint">
        Reminders are for <bdi>{reminder.me.name}</bdi>; change that in <a href={hrefFor({ name: 'people' })}>People</a>.
      </p>
    </section>
  );
}
