import type { Database } from 'better-sqlite3';
import { ageInDays, isOverdue, isStale, staleCutoff, UNFINISHED_STATUSES, weekOf } from '../../../shared/actions/followup-rules.ts';
import type { EffectivenessFilter, FollowupColumn, FollowupRow, FollowupSort, FollowupStatus, OwnerCounts } from '../../../shared/api/followups.ts';
import type { EffectivenessOutcome } from '../../../shared/domain/effectiveness.ts';
import type { ActionPriority, ActionStatus } from '../../../shared/domain/actions.ts';
import { personNameKey } from '../../../shared/domain/person.ts';
import { statement } from '../statements.ts';
import { toActionItem, type ActionItemRow } from './action-items.ts';

/**
 * The follow-ups ledger's reads over every meeting's action items (issue 15). The filters here are the rules of
 * src/shared/actions/followup-rules.ts written as SQL, with the same bounds (today, the week, the stale cut-off), so a
 * row's computed flags agree with the filters that picked it. Migration 013 indexes what they read.
 */

/** The filter as the service has parsed it; every field left out lets everything through. */
export interface LedgerFilter {
  owner?: string | undefined;
  status?: readonly ActionStatus[] | undefined;
  priority?: readonly ActionPriority[] | undefined;
  overdue?: boolean | undefined;
  dueThisWeek?: boolean | undefined;
  stale?: boolean | undefined;
  meetingId?: string | undefined;
  service?: string | undefined;
  factor?: string | undefined;
  effectiveness?: EffectivenessFilter | undefined;
}

/** What one reading of the ledger is measured against: today in the user's zone, now, and the days to stale. */
export interface LedgerReading {
  today: string;
  now: number;
  staleDays: number;
}

const UNFINISHED = `(${UNFINISHED_STATUSES.map((status) => `'${status}'`).join(', ')})`;

interface Where {
  sql: string;
  params: Record<string, string | number>;
}

const ASCII = /^[\x20-\x7e]*$/;

/**
 * The stored spellings of a name, ignoring case in every script. NOCASE folds only A–Z, so a name with other letters
 * ("Élodie", "ÉLODIE") is matched against the distinct spellings in JavaScript, then looked up exactly by index.
 */
function spellingsOf(db: Database, sql: string, name: string): string[] {
  const key = personNameKey(name);
  return (statement(db, sql).all() as Array<{ name: string }>).map((row) => row.name).filter((spelling) => personNameKey(spelling) === key);
}

/** `column` is one of the spellings of `name` ignoring case; `spellings` lists each spelling stored. */
function sameNameCondition(db: Database, column: string, param: string, name: string, spellings: string, params: Where['params']): string {
  if (ASCII.test(name)) {
    params[param] = name;
    return `${column} = @${param} COLLATE NOCASE`;
  }
  params[param] = JSON.stringify(spellingsOf(db, spellings, name));
  return `${column} IN (SELECT value FROM json_each(@${param}))`;
}

/** `WHERE …` over `action_items a` (empty when nothing filters), with its named parameters. */
function whereOf(db: Database, filter: LedgerFilter, reading: LedgerReading): Where {
  const conditions: string[] = [];
  const params: Record<string, string | number> = {};
  if (filter.owner !== undefined) {
    conditions.push(sameNameCondition(db, 'a.owner', 'owner', filter.owner, 'SELECT DISTINCT owner AS name FROM action_items', params));
  }
  // The lists come from fixed enums, so they give a handful of statement texts at most.
  const oneOf = (column: string, name: string, values: readonly string[] | undefined) => {
    if (values === undefined) return;
    if (values.length === 0) {
      conditions.push('0');
      return;
    }
    const names = values.map((value, index) => {
      params[`${name}${index}`] = value;
      return `@${name}${index}`;
    });
    conditions.push(`${column} IN (${names.join(', ')})`);
  };
  oneOf('a.status', 'status', filter.status);
  oneOf('a.priority', 'priority', filter.priority);
  if (filter.overdue) {
    conditions.push(`a.status IN ${UNFINISHED} AND a.due_on < @today`);
    params.today = reading.today;
  }
  if (filter.dueThisWeek) {
    const week = weekOf(reading.today);
    conditions.push(`a.status IN ${UNFINISHED} AND a.due_on BETWEEN @weekFirst AND @weekLast`);
    params.weekFirst = week.first;
    params.weekLast = week.last;
  }
  if (filter.stale) {
    conditions.push(`a.status IN ${UNFINISHED} AND a.updated_at <= @staleCutoff`);
    params.staleCutoff = staleCutoff(reading.now, reading.staleDays);
  }
  if (filter.meetingId !== undefined) {
    conditions.push('a.meeting_id = @meetingId');
    params.meetingId = filter.meetingId;
  }
  if (filter.service !== undefined) {
    const service = sameNameCondition(db, 'name', 'service', filter.service, 'SELECT DISTINCT name FROM meeting_services', params);
    conditions.push(`a.meeting_id IN (SELECT meeting_id FROM meeting_services WHERE ${service})`);
  }
  if (filter.factor !== undefined) {
    // live_item_factors (migration 017) leaves out the tags of deleted whys and notes; item_factors_by_factor indexes it.
    conditions.push('a.meeting_id IN (SELECT meeting_id FROM live_item_factors WHERE factor_id = @factor)');
    params.factor = filter.factor;
  }
  // effectiveness_results is keyed by the item's id, one row per checked item (migration 014).
  if (filter.effectiveness === 'checked') conditions.push('a.id IN (SELECT action_item_id FROM effectiveness_results)');
  else if (filter.effectiveness === 'not_checked') conditions.push('a.id NOT IN (SELECT action_item_id FROM effectiveness_results)');
  else if (filter.effectiveness !== undefined) {
    conditions.push('a.id IN (SELECT action_item_id FROM effectiveness_results WHERE outcome = @outcome)');
    params.outcome = filter.effectiveness;
  }
  return { sql: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

const rank = (column: string, values: readonly string[]) => `CASE ${column} ${values.map((value, index) => `WHEN '${value}' THEN ${index}`).join(' ')} END`;

/** Ties are broken by creation, then id, so pages never overlap; within a review, by the items' order in it. */
const TIE_BREAK = ['a.created_at', 'a.id'];

/**
 * Each column's ORDER BY terms for ascending order; blanks (no due date, no owner, no category) come after the rest.
 * Descending is the exact reverse. `age` ascends from the newest item, so it orders by creation the other way. Each
 * order has an index of the same terms (migration 013), so any page, however deep, is read from an index, not sorted:
 * an expression written here must stay word for word as the index has it.
 */
export const ORDER_TERMS: Readonly<Record<FollowupColumn, { terms: readonly string[]; reversed?: true }>> = {
  title: { terms: ['a.title COLLATE NOCASE', ...TIE_BREAK] },
  review: { terms: ["m.incident_id = ''", 'm.incident_id COLLATE NOCASE', 'm.title COLLATE NOCASE', 'm.id', 'a.position', 'a.id'] },
  owner: { terms: ["a.owner = ''", 'a.owner COLLATE NOCASE', ...TIE_BREAK] },
  dueOn: { terms: ['a.due_on IS NULL', 'a.due_on', ...TIE_BREAK] },
  priority: { terms: ['a.priority', ...TIE_BREAK] },
  horizon: { terms: [rank('a.horizon', ['quick_win', 'short_term', 'long_term']), ...TIE_BREAK] },
  category: { terms: ['a.category IS NULL', 'a.category', ...TIE_BREAK] },
  status: { terms: [rank('a.status', ['open', 'in_progress', 'done', 'cancelled']), ...TIE_BREAK] },
  age: { terms: TIE_BREAK, reversed: true },
  lastChange: { terms: ['a.updated_at', ...TIE_BREAK] },
};

function orderOf(sort: FollowupSort): string {
  const { terms, reversed } = ORDER_TERMS[sort.column];
  const descending = (sort.direction === 'desc') !== (reversed === true);
  return `ORDER BY ${terms.map((term) => `${term}${descending ? ' DESC' : ''}`).join(', ')}`;
}

interface LedgerRow extends ActionItemRow {
  review_incident_id: string;
  review_title: string;
  review_follow_up_review_on: string | null;
  review_updated_at: number;
  addresses: string | null;
  effectiveness_meeting_id: string | null;
  effectiveness_outcome: EffectivenessOutcome | null;
  effectiveness_note: string | null;
  effectiveness_recorded_at: number | null;
}

function toFollowupRow(row: LedgerRow, reading: LedgerReading): FollowupRow {
  const item = toActionItem(row);
  return {
    item,
    review: {
      id: row.meeting_id,
      incidentId: row.review_incident_id,
      title: row.review_title,
      followUpReviewOn: row.review_follow_up_review_on,
      updatedAt: row.review_updated_at,
    },
    addresses: row.addresses,
    effectiveness:
      row.effectiveness_recorded_at === null
        ? null
        : {
            actionItemId: row.id,
            meetingId: row.effectiveness_meeting_id ?? row.meeting_id,
            outcome: row.effectiveness_outcome,
            note: row.effectiveness_note ?? '',
            recordedAt: row.effectiveness_recorded_at,
          },
    ageDays: ageInDays(row.created_at, reading.now),
    overdue: isOverdue(item, reading.today),
    stale: isStale(item, reading.now, reading.staleDays),
  };
}

/** How many items the filter matches. */
export function countFollowups(db: Database, filter: LedgerFilter, reading: LedgerReading): number {
  const where = whereOf(db, filter, reading);
  return (statement(db, `SELECT count(*) AS n FROM action_items a ${where.sql}`).get(where.params) as { n: number }).n;
}

/** One page of the matching items in the order asked for, each with its review, what it addresses and its check. */
export function listFollowups(db: Database, filter: LedgerFilter, reading: LedgerReading, sort: FollowupSort, offset: number, limit: number): FollowupRow[] {
  const where = whereOf(db, filter, reading);
  // The page is picked first (joining the meeting only when the order needs it), then just its rows are read in full.
  const needsMeeting = sort.column === 'review';
  const page = statement(
    db,
    `SELECT a.rowid AS rid FROM action_items a ${needsMeeting ? 'JOIN meetings m ON m.id = a.meeting_id' : ''} ${where.sql} ${orderOf(sort)} LIMIT @limit OFFSET @offset`,
  )
    .pluck()
    .all({ ...where.params, limit, offset }) as number[];
  if (page.length === 0) return [];
  const read = statement(
    db,
    `SELECT a.rowid AS rid, a.*, m.incident_id AS review_incident_id, m.title AS review_title,
            m.follow_up_review_on AS review_follow_up_review_on, m.updated_at AS review_updated_at,
            coalesce(w.text, n.text) AS addresses,
            e.meeting_id AS effectiveness_meeting_id, e.outcome AS effectiveness_outcome, e.note AS effectiveness_note,
            e.recorded_at AS effectiveness_recorded_at
       FROM action_items a
       JOIN meetings m ON m.id = a.meeting_id
       LEFT JOIN whys w ON w.id = a.why_id
       LEFT JOIN notes n ON n.id = a.note_id
       LEFT JOIN effectiveness_results e ON e.action_item_id = a.id
      WHERE a.rowid IN (SELECT value FROM json_each(@rids))`,
  ).all({ rids: JSON.stringify(page) }) as Array<LedgerRow & { rid: number }>;
  const byRowid = new Map(read.map((row) => [row.rid, row]));
  const rows = page.flatMap((rid) => {
    const row = byRowid.get(rid);
    return row ? [row] : [];
  });
  return rows.map((row) => toFollowupRow(row, reading));
}

/** The id and status of every matching item. */
export function listFollowupStatuses(db: Database, filter: LedgerFilter, reading: LedgerReading): FollowupStatus[] {
  const where = whereOf(db, filter, reading);
  return statement(db, `SELECT a.id, a.status FROM action_items a ${where.sql}`).all(where.params) as FollowupStatus[];
}

/**
 * Per owner: unfinished, overdue, stale and done items. Spellings that differ only in case, in any script, count as one
 * owner, named as the people directory has them, else in the spelling with the most items.
 */
export function countByOwner(db: Database, reading: LedgerReading): OwnerCounts[] {
  const bySpelling = statement(
    db,
    `SELECT owner,
            count(*) AS items,
            sum(status IN ${UNFINISHED}) AS open,
            sum(status IN ${UNFINISHED} AND due_on < @today) AS overdue,
            sum(status IN ${UNFINISHED} AND updated_at <= @staleCutoff) AS stale,
            sum(status = 'done') AS done
       FROM action_items
      GROUP BY owner
      ORDER BY items DESC, owner`,
  ).all({ today: reading.today, staleCutoff: staleCutoff(reading.now, reading.staleDays) }) as Array<Omit<OwnerCounts, 'inDirectory'> & { items: number }>;
  const directory = new Map((statement(db, 'SELECT name FROM people').all() as Array<{ name: string }>).map(({ name }) => [personNameKey(name), name]));
  const owners = new Map<string, OwnerCounts>();
  for (const { owner, open, overdue, stale, done } of bySpelling) {
    const counts = { open, overdue, stale, done };
    const key = personNameKey(owner);
    const known = owners.get(key);
    if (known) {
      known.open += counts.open;
      known.overdue += counts.overdue;
      known.stale += counts.stale;
      known.done += counts.done;
      continue;
    }
    const person = directory.get(key);
    owners.set(key, { owner: person ?? owner, inDirectory: owner === '' || person !== undefined, ...counts });
  }
  return [...owners.values()].sort(
    (a, b) => b.overdue - a.overdue || b.open - a.open || Number(a.owner === '') - Number(b.owner === '') || a.owner.localeCompare(b.owner, 'en-US'),
  );
}
