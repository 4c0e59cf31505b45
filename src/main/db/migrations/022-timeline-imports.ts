import type { Migration } from '../migration-type.ts';

const COPIED = 'id, meeting_id, occurred_at, precision, description, actor, phase, source, author, created_at, updated_at';

/**
 * Timeline imports from the files people already have (issue 17).
 * - `source` takes the new import kinds. SQLite cannot change a CHECK in place, so the table is rebuilt the way
 *   SQLite's ALTER TABLE page describes (new table, copy, drop, rename), with foreign keys off for the migration
 *   (see migrate()); evidence keeps pointing at the same event ids. The search triggers of migration 016 go with the
 *   old table and are written again here as they were.
 * - `origin` says where within the source (a Slack channel), `key_moment` stars an event for the report.
 * - `timeline_imports` records each import, so a large one written in chunks can be cancelled, undone as one step,
 *   or rolled back after a crash: its events carry its id.
 */
export const migration022: Migration = {
  version: 22,
  name: 'timeline-imports',
  up: `
    CREATE TABLE timeline_imports (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      state TEXT NOT NULL CHECK (state IN ('running', 'finished', 'removed')),
      event_count INTEGER NOT NULL DEFAULT 0,
      started_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX timeline_imports_by_meeting ON timeline_imports (meeting_id);

    CREATE TABLE timeline_events_022 (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      occurred_at INTEGER NOT NULL,
      precision TEXT NOT NULL DEFAULT 'minute' CHECK (precision IN ('second', 'minute')),
      description TEXT NOT NULL CHECK (length(description) > 0),
      actor TEXT NOT NULL DEFAULT '',
      phase TEXT NOT NULL DEFAULT 'other'
        CHECK (phase IN ('trigger', 'detection', 'response', 'mitigation', 'resolution', 'other')),
      source TEXT NOT NULL DEFAULT 'manual'
        CHECK (source IN ('manual', 'quick_entry', 'csv_import', 'chat_import', 'archive', 'slack_import',
          'pagerduty_import', 'opsgenie_import', 'alertmanager_import', 'deployment_import', 'jsonl_import')),
      origin TEXT NOT NULL DEFAULT '',
      key_moment INTEGER NOT NULL DEFAULT 0 CHECK (key_moment IN (0, 1)),
      import_id TEXT REFERENCES timeline_imports (id) ON DELETE SET NULL,
      author TEXT NOT NULL DEFAULT '',
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT;
    INSERT INTO timeline_events_022 (${COPIED}) SELECT ${COPIED} FROM timeline_events;
    DROP TABLE timeline_events;
    ALTER TABLE timeline_events_022 RENAME TO timeline_events;
    CREATE INDEX timeline_events_by_time ON timeline_events (meeting_id, occurred_at, created_at);
    CREATE INDEX timeline_events_by_import ON timeline_events (import_id) WHERE import_id IS NOT NULL;

    CREATE TRIGGER search_timeline_events_insert AFTER INSERT ON timeline_events BEGIN
      INSERT INTO search_documents (meeting_id, kind, item_id, field, heading, body)
        SELECT new.meeting_id, 'timeline_event', new.id, 'description', '',
          replace(replace(new.description, char(2), ' '), char(3), ' ')
        WHERE trim(new.description) <> '';
      INSERT INTO search_documents (meeting_id, kind, item_id, field, heading, body)
        SELECT new.meeting_id, 'timeline_event', new.id, 'actor', '', replace(replace(new.actor, char(2), ' '), char(3), ' ')
        WHERE trim(new.actor) <> '';
    END;
    CREATE TRIGGER search_timeline_events_update AFTER UPDATE ON timeline_events
      WHEN old.description IS NOT new.description OR old.actor IS NOT new.actor OR old.id IS NOT new.id
        OR old.meeting_id IS NOT new.meeting_id
    BEGIN
      DELETE FROM search_documents WHERE kind = 'timeline_event' AND item_id = old.id;
      INSERT INTO search_documents (meeting_id, kind, item_id, field, heading, body)
        SELECT new.meeting_id, 'timeline_event', new.id, 'description', '',
          replace(replace(new.description, char(2), ' '), char(3), ' ')
        WHERE trim(new.description) <> '';
      INSERT INTO search_documents (meeting_id, kind, item_id, field, heading, body)
        SELECT new.meeting_id, 'timeline_event', new.id, 'actor', '', replace(replace(new.actor, char(2), ' '), char(3), ' ')
        WHERE trim(new.actor) <> '';
    END;
    CREATE TRIGGER search_timeline_events_delete AFTER DELETE ON timeline_events BEGIN
      DELETE FROM search_documents WHERE kind = 'timeline_event' AND item_id = old.id;
    END;
  `,
};
