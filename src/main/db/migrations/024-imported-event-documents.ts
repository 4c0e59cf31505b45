import type { Migration } from '../migration-type.ts';

/**
 * Imported timeline events get their search documents in bulk (issue 17: large imports from the CLI and the page). The
 * insert trigger of migration 022 wrote two documents per event, each a statement of its own with the triggers of the
 * documents behind it: that took most of an import's time. It now leaves out events that carry an import id, and an
 * import's chunk writes its events' documents with one statement (insertImportedEvents in
 * db/repositories/timeline-events.ts), the same documents the trigger writes. Updates and deletes are unchanged.
 */
export const migration024: Migration = {
  version: 24,
  name: 'imported-event-documents',
  up: `
    DROP TRIGGER search_timeline_events_insert;
    CREATE TRIGGER search_timeline_events_insert AFTER INSERT ON timeline_events WHEN new.import_id IS NULL BEGIN
      INSERT INTO search_documents (meeting_id, kind, item_id, field, heading, body)
        SELECT new.meeting_id, 'timeline_event', new.id, 'description', '',
          replace(replace(new.description, char(2), ' '), char(3), ' ')
        WHERE trim(new.description) <> '';
      INSERT INTO search_documents (meeting_id, kind, item_id, field, heading, body)
        SELECT new.meeting_id, 'timeline_event', new.id, 'actor', '', replace(replace(new.actor, char(2), ' '), char(3), ' ')
        WHERE trim(new.actor) <> '';
    END;
  `,
};
