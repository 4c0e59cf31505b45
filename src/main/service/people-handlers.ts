import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import { personNameKey, sameName, type Person } from '../../shared/domain/person.ts';
import { overdueDeadlines, reviewLabel, type OverdueReview } from '../../shared/reminders/overdue.ts';
import { listMeetings } from '../db/repositories/meetings.ts';
import {
  deletePerson,
  facilitators,
  getPerson,
  insertPerson,
  listPeople,
  overdueOwnedItems,
  ownerNames,
  readReminderSettings,
  renameOwner,
  setReminderPerson,
  setReminderShownOn,
  updatePerson,
} from '../db/repositories/people.ts';
import type { ServiceContext } from './context.ts';
import { notFound } from './required-rows.ts';

type PeopleHandlers = ApiHandlers<'people'> & ApiHandlers<'reminders'>;

const requirePerson = (db: Database, id: string): Person => {
  const person = getPerson(db, id);
  if (person === undefined) throw notFound('person', id);
  return person;
};

/** Refuses a name another person already has, ignoring case in any script, naming the field. */
function checkNameFree(db: Database, name: string, exceptId: string | null): void {
  const key = personNameKey(name);
  const taken = listPeople(db).find((person) => person.id !== exceptId && personNameKey(person.name) === key);
  if (taken) throw new ApiError('conflict', `name: "${taken.name}" is already in the directory`, 'name');
}

export function peopleHandlers({ db, now, newId, mutate }: ServiceContext): PeopleHandlers {
  return {
    'people.list': () => listPeople(db),

    'people.add': (input) =>
      mutate((changes) => {
        if (input.id !== undefined) {
          const stored = getPerson(db, input.id);
          if (stored) return stored;
        }
        checkNameFree(db, input.name, null);
        const person = insertPerson(db, {
          id: input.id ?? newId(),
          name: input.name,
          email: input.email ?? '',
          jiraUser: input.jiraUser ?? '',
          githubLogin: input.githubLogin ?? '',
          now: now(),
        });
        // The directory belongs to no meeting, so no meeting's revision counts the change.
        changes.record({ meetingId: '', revision: 0, entity: 'person', entityId: person.id, op: 'created' });
        return person;
      }),

    'people.update': ({ id, patch }) =>
      mutate((changes) => {
        const before = requirePerson(db, id);
        if (patch.name !== undefined) checkNameFree(db, patch.name, id);
        const at = now();
        const person = updatePerson(db, id, patch, at) ?? requirePerson(db, id);
        let ownersRenamed = 0;
        let ownersKept = 0;
        if (person.name !== before.name) {
          // Every spelling of the old name (ignoring case) becomes the new one, so no item loses its person.
          for (const use of ownerNames(db).filter((owned) => sameName(owned.owner, before.name))) {
            if (use.published) {
              ownersKept += use.items;
              continue;
            }
            for (const item of renameOwner(db, use.owner, person.name, at)) {
              changes.touch(item.meetingId, 'action_item', item.id, 'updated');
              ownersRenamed += 1;
            }
          }
        }
        changes.record({ meetingId: '', revision: 0, entity: 'person', entityId: id, op: 'updated' });
        return { person, ownersRenamed, ownersKept };
      }),

    'people.delete': ({ id }) =>
      mutate((changes) => {
        requirePerson(db, id);
        deletePerson(db, id);
        changes.record({ meetingId: '', revision: 0, entity: 'person', entityId: id, op: 'deleted' });
        return { id };
      }),

    'reminders.get': ({ today, now: at }) => {
      const settings = readReminderSettings(db);
      const { me } = settings;
      if (me === null) return { ...settings, overdueItems: [], overdueReviews: [] };
      const overdueItems = overdueOwnedItems(db, today)
        .filter((item) => sameName(item.owner, me.name))
        .map((item) => ({
          id: item.id,
          meetingId: item.meetingId,
          title: item.title,
          dueOn: item.dueOn,
          review: reviewLabel({ incidentId: item.incidentId, title: item.reviewTitle }),
        }));
      const run = new Set(
        facilitators(db)
          .filter((row) => sameName(row.name, me.name))
          .map((row) => row.meetingId),
      );
      const overdueReviews: OverdueReview[] = [];
      for (const meeting of listMeetings(db)) {
        if (!run.has(meeting.id)) continue;
        const overdue = overdueDeadlines(meeting, at);
        if (overdue.length > 0) overdueReviews.push({ meetingId: meeting.id, review: reviewLabel(meeting), overdue });
      }
      return { ...settings, overdueItems, overdueReviews };
    },

    'reminders.setMe': ({ personId }) =>
      mutate(() => {
        if (personId !== null) requirePerson(db, personId);
        setReminderPerson(db, personId);
        return readReminderSettings(db);
      }),

    'reminders.markShown': ({ on }) =>
      mutate(() => {
        setReminderShownOn(db, on);
        return readReminderSettings(db);
      }),
  };
}
