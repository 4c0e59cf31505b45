import type { Database } from 'better-sqlite3';
import type { Person } from '../../../shared/domain/person.ts';
import type { ReminderSettings } from '../../../shared/reminders/overdue.ts';
import { expectChanges, setClause, statement } from '../statements.ts';

interface PersonRow {
  id: string;
  name: string;
  email: string;
  jira_user: string;
  github_login: string;
  created_at: number;
  updated_at: number;
}

function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    jiraUser: row.jira_user,
    githubLogin: row.github_login,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export type NewPerson = Pick<Person, 'id' | 'name' | 'email' | 'jiraUser' | 'githubLogin'> & { now: number };
export type PersonPatch = Partial<Pick<Person, 'name' | 'email' | 'jiraUser' | 'githubLogin'>>;

const PATCH_COLUMNS = [
  ['name', 'name'],
  ['email', 'email'],
  ['jiraUser', 'jira_user'],
  ['githubLogin', 'github_login'],
] as const;

export function insertPerson(db: Database, person: NewPerson): Person {
  const row = statement(
    db,
    `INSERT INTO people (id, name, email, jira_user, github_login, created_at, updated_at)
     VALUES (@id, @name, @email, @jiraUser, @githubLogin, @now, @now)
     RETURNING *`,
  ).get(person) as PersonRow;
  return toPerson(row);
}

export function getPerson(db: Database, id: string): Person | undefined {
  const row = statement(db, 'SELECT * FROM people WHERE id = ?').get(id) as PersonRow | undefined;
  return row && toPerson(row);
}

const byName = new Intl.Collator('en', { sensitivity: 'base' });

/** Everyone, by name as a reader sorts it (accents and case aside), then by id so the order is stable. */
export function listPeople(db: Database): Person[] {
  const people = (statement(db, 'SELECT * FROM people').all() as PersonRow[]).map(toPerson);
  return people.sort((a, b) => byName.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function updatePerson(db: Database, id: string, patch: PersonPatch, now: number): Person | undefined {
  const assignments = setClause(PATCH_COLUMNS, patch);
  if (!assignments) return getPerson(db, id);
  const row = statement(db, `UPDATE people SET ${assignments}, updated_at = @now WHERE id = @id RETURNING *`).get({ ...patch, id, now }) as
    PersonRow | undefined;
  return row && toPerson(row);
}

export function deletePerson(db: Database, id: string): void {
  expectChanges(statement(db, 'DELETE FROM people WHERE id = ?').run(id).changes, 1, 'delete person');
}

/**
 * Each distinct owner name on action items, with whether its review is read-only: published (its report is then
 * read-only), or read from a library source (the team's copy, changed only where it was published).
 */
export function ownerNames(db: Database): Array<{ owner: string; published: boolean; items: number }> {
  const rows = statement(
    db,
    `SELECT a.owner AS owner,
       coalesce(r.state = 'published', 0) OR a.meeting_id IN (SELECT meeting_id FROM library_source_files) AS published,
       count(*) AS items
     FROM action_items a LEFT JOIN reviews r ON r.meeting_id = a.meeting_id
     WHERE a.owner <> ''
     GROUP BY a.owner, published`,
  ).all() as Array<{ owner: string; published: number; items: number }>;
  return rows.map((row) => ({ owner: row.owner, published: row.published === 1, items: row.items }));
}

/**
 * Renames the owner of the items that name exactly `from` in reviews that are neither published nor read from a library
 * source; returns each changed item's meeting.
 */
export function renameOwner(db: Database, from: string, to: string, now: number): Array<{ id: string; meetingId: string }> {
  return statement(
    db,
    `UPDATE action_items SET owner = @to, updated_at = @now
     WHERE owner = @from AND meeting_id NOT IN (SELECT meeting_id FROM reviews WHERE state = 'published')
       AND meeting_id NOT IN (SELECT meeting_id FROM library_source_files)
     RETURNING id, meeting_id AS meetingId`,
  ).all({ from, to, now }) as Array<{ id: string; meetingId: string }>;
}

interface ReminderSettingsRow {
  me_person_id: string | null;
  asked: number;
  last_shown_on: string | null;
}

export function readReminderSettings(db: Database): ReminderSettings {
  const row = statement(db, 'SELECT me_person_id, asked, last_shown_on FROM reminder_settings WHERE id = 1').get() as ReminderSettingsRow | undefined;
  const me = row?.me_person_id == null ? null : (getPerson(db, row.me_person_id) ?? null);
  return { me, asked: row?.asked === 1, lastShownOn: row?.last_shown_on ?? null };
}

export function setReminderPerson(db: Database, personId: string | null): void {
  expectChanges(statement(db, 'UPDATE reminder_settings SET me_person_id = ?, asked = 1 WHERE id = 1').run(personId).changes, 1, 'set reminder person');
}

export function setReminderShownOn(db: Database, day: string): void {
  expectChanges(statement(db, 'UPDATE reminder_settings SET last_shown_on = ? WHERE id = 1').run(day).changes, 1, 'set reminder day');
}

/** Items with an owner, past `today` and neither done nor cancelled, with their review; the caller picks the owner. */
export function overdueOwnedItems(
  db: Database,
  today: string,
): Array<{ id: string; meetingId: string; title: string; owner: string; dueOn: string; incidentId: string; reviewTitle: string }> {
  return statement(
    db,
    `SELECT a.id, a.meeting_id AS meetingId, a.title, a.owner, a.due_on AS dueOn, m.incident_id AS incidentId, m.title AS reviewTitle
     FROM action_items a JOIN meetings m ON m.id = a.meeting_id
     WHERE a.owner <> '' AND a.due_on IS NOT NULL AND a.due_on < ? AND a.status NOT IN ('done', 'cancelled')
     ORDER BY a.due_on, m.created_at, a.position`,
  ).all(today) as Array<{ id: string; meetingId: string; title: string; owner: string; dueOn: string; incidentId: string; reviewTitle: string }>;
}

/** Every meeting's facilitators by name; the caller matches the name, ignoring case in any script. */
export function facilitators(db: Database): Array<{ meetingId: string; name: string }> {
  return statement(db, "SELECT DISTINCT meeting_id AS meetingId, name FROM participants WHERE role = 'facilitator'").all() as Array<{
    meetingId: string;
    name: string;
  }>;
}
