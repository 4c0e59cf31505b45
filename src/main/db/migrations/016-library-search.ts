import type { Migration } from '../migration-type.ts';

/**
 * One source of searchable text: a table, how its rows name their item and meeting, and its text columns, each a
 * field the search results say they matched in. `heading` fields (titles, names of things) weigh more in ranking.
 * Written out here, not imported, so this migration stays as it shipped when the domain's tables grow.
 */
interface Source {
  kind: string;
  table: string;
  /** SQL over the row (`{row}` stands for `new` or `old`) that names the item; unique within the kind. */
  itemId: string;
  meetingId: string;
  fields: ReadonlyArray<{ column: string; field: string; heading?: boolean }>;
}

const SOURCES: readonly Source[] = [
  {
    kind: 'meeting',
    table: 'meetings',
    itemId: '{row}.id',
    meetingId: '{row}.id',
    fields: [
      { column: 'title', field: 'title', heading: true },
      { column: 'incident_id', field: 'incident_id', heading: true },
      { column: 'summary', field: 'summary' },
      { column: 'users_affected', field: 'users_affected' },
      { column: 'revenue_impact', field: 'revenue_impact' },
      { column: 'slo_budget_consumed', field: 'slo_budget_consumed' },
      { column: 'data_loss', field: 'data_loss' },
      { column: 'customer_communication', field: 'customer_communication' },
      { column: 'author', field: 'author' },
      { column: 'reviewers', field: 'reviewers' },
      { column: 'initial_hypothesis', field: 'initial_hypothesis' },
      { column: 'mitigation_strategy', field: 'mitigation_strategy' },
      { column: 'residual_risk', field: 'residual_risk' },
    ],
  },
  {
    kind: 'service',
    table: 'meeting_services',
    itemId: "{row}.meeting_id || '/' || {row}.position",
    meetingId: '{row}.meeting_id',
    fields: [{ column: 'name', field: 'name', heading: true }],
  },
  {
    kind: 'metric',
    table: 'meeting_metrics',
    itemId: "{row}.meeting_id || '/' || {row}.position",
    meetingId: '{row}.meeting_id',
    fields: [
      { column: 'metric', field: 'metric' },
      { column: 'before_value', field: 'before' },
      { column: 'after_value', field: 'after' },
    ],
  },
  {
    kind: 'timeline_event',
    table: 'timeline_events',
    itemId: '{row}.id',
    meetingId: '{row}.meeting_id',
    fields: [
      { column: 'description', field: 'description' },
      { column: 'actor', field: 'actor' },
    ],
  },
  { kind: 'why', table: 'whys', itemId: '{row}.id', meetingId: '{row}.meeting_id', fields: [{ column: 'text', field: 'text' }] },
  { kind: 'note', table: 'notes', itemId: '{row}.id', meetingId: '{row}.meeting_id', fields: [{ column: 'text', field: 'text' }] },
  {
    kind: 'action_item',
    table: 'action_items',
    itemId: '{row}.id',
    meetingId: '{row}.meeting_id',
    fields: [
      { column: 'title', field: 'title', heading: true },
      { column: 'owner', field: 'owner' },
    ],
  },
  {
    kind: 'conflict',
    table: 'conflicts',
    itemId: '{row}.id',
    meetingId: '{row}.meeting_id',
    fields: [
      { column: 'topic', field: 'topic', heading: true },
      { column: 'position_a', field: 'position_a' },
      { column: 'position_b', field: 'position_b' },
      { column: 'trade_off', field: 'trade_off' },
      { column: 'resolution', field: 'resolution' },
    ],
  },
  { kind: 'participant', table: 'participants', itemId: '{row}.id', meetingId: '{row}.meeting_id', fields: [{ column: 'name', field: 'name' }] },
  { kind: 'evidence', table: 'evidence', itemId: '{row}.id', meetingId: '{row}.meeting_id', fields: [{ column: 'caption', field: 'caption' }] },
  {
    kind: 'agenda_section',
    table: 'agenda_sections',
    itemId: '{row}.id',
    meetingId: '{row}.meeting_id',
    fields: [
      { column: 'decision_note', field: 'decision_note' },
      { column: 'gate_override_note', field: 'gate_override_note' },
    ],
  },
  {
    kind: 'effectiveness_result',
    table: 'effectiveness_results',
    itemId: '{row}.action_item_id',
    meetingId: '{row}.meeting_id',
    fields: [{ column: 'note', field: 'note' }],
  },
];

const on = (template: string, row: 'new' | 'old' | 't'): string => template.replaceAll('{row}', row);
const quoted = (text: string): string => `'${text.replaceAll("'", "''")}'`;
/** The snippet's highlight marks are U+0002 and U+0003; typed ones are indexed as spaces, so every mark is the search's. */
const cleaned = (expression: string): string => `replace(replace(${expression}, char(2), ' '), char(3), ' ')`;

/** One INSERT … SELECT per field, skipping empty text: `row` is `new` in a trigger, `t` over the table in the backfill. */
function insertDocuments(source: Source, row: 'new' | 't'): string {
  return source.fields
    .map(({ column, field, heading = false }) => {
      const text = cleaned(`${row}.${column}`);
      return `INSERT INTO search_documents (meeting_id, kind, item_id, field, heading, body)
        SELECT ${on(source.meetingId, row)}, ${quoted(source.kind)}, ${on(source.itemId, row)}, ${quoted(field)},
          ${heading ? text : "''"}, ${heading ? "''" : text}
        ${row === 't' ? `FROM ${source.table} AS t WHERE` : 'WHERE'} trim(${row}.${column}) <> '';`;
    })
    .join('\n');
}

function deleteDocuments(source: Source): string {
  return `DELETE FROM search_documents WHERE kind = ${quoted(source.kind)} AND item_id = ${on(source.itemId, 'old')};`;
}

function triggers(source: Source): string {
  const name = `search_${source.table}`;
  const changed = source.fields.map(({ column }) => `old.${column} IS NOT new.${column}`);
  changed.push(`${on(source.itemId, 'old')} IS NOT ${on(source.itemId, 'new')}`, `${on(source.meetingId, 'old')} IS NOT ${on(source.meetingId, 'new')}`);
  return `
    CREATE TRIGGER ${name}_insert AFTER INSERT ON ${source.table} BEGIN
      ${insertDocuments(source, 'new')}
    END;
    CREATE TRIGGER ${name}_update AFTER UPDATE ON ${source.table} WHEN ${changed.join(' OR ')} BEGIN
      ${deleteDocuments(source)}
      ${insertDocuments(source, 'new')}
    END;
    CREATE TRIGGER ${name}_delete AFTER DELETE ON ${source.table} BEGIN
      ${deleteDocuments(source)}
    END;`;
}

/**
 * Library search (issue 16): an FTS5 index over every text a person typed into a review. `search_documents` holds one
 * row per non-empty field of each item (the meeting's own fields, its services and metrics, timeline events, whys,
 * notes, action items, conflicts, participants, evidence captions, gate notes, effectiveness notes), and
 * `search_index` is an external-content FTS5 table over it. Triggers on each source table keep the documents in step
 * with every insert, update and delete, inside the writer's own transaction (a cascade from a deleted meeting fires
 * them too, so a deleted meeting leaves nothing behind; an imported or restored one is indexed as it is inserted), and
 * triggers on the documents keep the index in step with them. Existing rows are indexed here.
 *
 * The tokenizer folds case and removes diacritics (unicode61, remove_diacritics 2), so "Café" finds "cafe";
 * prefix indexes of 2 and 3 characters keep search-as-you-type quick. Headings (titles, incident ids, service names,
 * conflict topics) are their own column, ranked four times as heavily as the rest by the table's default rank.
 */
export const migration016: Migration = {
  version: 16,
  name: 'library-search',
  up: `
    CREATE TABLE search_documents (
      id INTEGER PRIMARY KEY,
      meeting_id TEXT NOT NULL,
      kind TEXT NOT NULL,
      item_id TEXT NOT NULL,
      field TEXT NOT NULL,
      heading TEXT NOT NULL DEFAULT '',
      body TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX search_documents_by_item ON search_documents (kind, item_id);

    CREATE VIRTUAL TABLE search_index USING fts5(
      heading, body,
      content = 'search_documents', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3'
    );
    INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(4.0, 1.0)');

    CREATE TRIGGER search_documents_insert AFTER INSERT ON search_documents BEGIN
      INSERT INTO search_index (rowid, heading, body) VALUES (new.id, new.heading, new.body);
    END;
    CREATE TRIGGER search_documents_delete AFTER DELETE ON search_documents BEGIN
      INSERT INTO search_index (search_index, rowid, heading, body) VALUES ('delete', old.id, old.heading, old.body);
    END;
    CREATE TRIGGER search_documents_update AFTER UPDATE ON search_documents BEGIN
      INSERT INTO search_index (search_index, rowid, heading, body) VALUES ('delete', old.id, old.heading, old.body);
      INSERT INTO search_index (rowid, heading, body) VALUES (new.id, new.heading, new.body);
    END;
    ${SOURCES.map(triggers).join('\n')}
    ${SOURCES.map((source) => insertDocuments(source, 't')).join('\n')}
  `,
};
