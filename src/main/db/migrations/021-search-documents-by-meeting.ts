import type { Migration } from '../migration-type.ts';

/**
 * Library search across fields (issue 16): a review whose words are in different fields is checked word by word over
 * its own fields, read here by meeting.
 */
export const migration021: Migration = {
  version: 21,
  name: 'search-documents-by-meeting',
  up: `
    CREATE INDEX search_documents_by_meeting ON search_documents (meeting_id);
  `,
};
