import type { Migration } from '../migration-type.ts';

/**
 * Bulk writes that stay quick as the library grows (issue 16: a library source of 2,000 reviews read in under 10 s).
 *
 * The search index written in bulk. FTS5 writes the terms it has gathered to disk at every statement savepoint,
 * and every statement with triggers takes one, so migration 016's triggers wrote one tiny index segment per document
 * and merged them again: reading 2,000 reviews spent most of its time there. A bulk write (an archive import, a library
 * source read or removal) now defers the index to the end of its own transaction: while `search_deferral` holds its one
 * row, a document written goes into `search_added` and one already indexed that is deleted goes into `search_removed`
 * with its text; `withSearchIndexDeferred` (db/repositories/search-deferral.ts) then takes the removed ones out of the
 * index and puts the added ones in, one statement each, and empties the three tables before the transaction commits.
 * No other connection ever sees a deferral, and a rolled-back write leaves none. With no deferral, the triggers index
 * each document as before.
 *
 * Indexes for the references that deleting a row checks: deleting a why looks for the whys and action items naming it,
 * deleting a note for the action items, deleting an agenda section for the clocks; without an index each looked
 * through the whole table, so removing a library source of 2,000 reviews took minutes. Partial, as most are empty.
 */
export const migration023: Migration = {
  version: 23,
  name: 'bulk-writes',
  up: `
    CREATE TABLE search_deferral (id INTEGER PRIMARY KEY CHECK (id = 1)) STRICT;
    CREATE TABLE search_added (id INTEGER PRIMARY KEY) STRICT;
    CREATE TABLE search_removed (id INTEGER PRIMARY KEY, heading TEXT NOT NULL, body TEXT NOT NULL) STRICT;

    DROP TRIGGER search_documents_insert;
    DROP TRIGGER search_documents_delete;
    DROP TRIGGER search_documents_update;

    CREATE TRIGGER search_documents_insert AFTER INSERT ON search_documents
      WHEN NOT EXISTS (SELECT 1 FROM search_deferral)
    BEGIN
      INSERT INTO search_index (rowid, heading, body) VALUES (new.id, new.heading, new.body);
    END;
    CREATE TRIGGER search_documents_delete AFTER DELETE ON search_documents
      WHEN NOT EXISTS (SELECT 1 FROM search_deferral)
    BEGIN
      INSERT INTO search_index (search_index, rowid, heading, body) VALUES ('delete', old.id, old.heading, old.body);
    END;
    CREATE TRIGGER search_documents_update AFTER UPDATE ON search_documents
      WHEN NOT EXISTS (SELECT 1 FROM search_deferral)
    BEGIN
      INSERT INTO search_index (search_index, rowid, heading, body) VALUES ('delete', old.id, old.heading, old.body);
      INSERT INTO search_index (rowid, heading, body) VALUES (new.id, new.heading, new.body);
    END;

    -- Deferred: a document not indexed yet is only forgotten; one indexed is remembered with the text it was indexed with.
    CREATE TRIGGER search_documents_insert_deferred AFTER INSERT ON search_documents
      WHEN EXISTS (SELECT 1 FROM search_deferral)
    BEGIN
      INSERT OR IGNORE INTO search_added (id) VALUES (new.id);
    END;
    CREATE TRIGGER search_documents_delete_deferred AFTER DELETE ON search_documents
      WHEN EXISTS (SELECT 1 FROM search_deferral)
    BEGIN
      INSERT INTO search_removed (id, heading, body)
        SELECT old.id, old.heading, old.body WHERE NOT EXISTS (SELECT 1 FROM search_added WHERE id = old.id);
      DELETE FROM search_added WHERE id = old.id;
    END;
    CREATE TRIGGER search_documents_update_deferred AFTER UPDATE ON search_documents
      WHEN EXISTS (SELECT 1 FROM search_deferral)
    BEGIN
      INSERT INTO search_removed (id, heading, body)
        SELECT old.id, old.heading, old.body WHERE NOT EXISTS (SELECT 1 FROM search_added WHERE id = old.id);
      DELETE FROM search_added WHERE id = old.id;
      INSERT OR IGNORE INTO search_added (id) VALUES (new.id);
    END;

    CREATE INDEX whys_by_parent_id ON whys (parent_id) WHERE parent_id IS NOT NULL;
    CREATE INDEX action_items_by_why ON action_items (why_id) WHERE why_id IS NOT NULL;
    CREATE INDEX action_items_by_note ON action_items (note_id) WHERE note_id IS NOT NULL;
    CREATE INDEX timer_states_by_section ON timer_states (current_section_id) WHERE current_section_id IS NOT NULL;
  `,
};
