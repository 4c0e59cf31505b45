import type { Migration } from '../migration-type.ts';

/**
 * The process that runs each timeline import (issue 17: an import lands whole or not at all). An import whose process
 * has ended without finishing it (a CLI killed with SIGKILL, an app that crashed) is removed when the next service
 * starts, rather than after ten quiet minutes: within those minutes a second import of the same file skipped the rows
 * the first had stored as duplicates, and lost them when the first was removed. Null for imports made before this.
 */
export const migration025: Migration = {
  version: 25,
  name: 'timeline-import-owners',
  up: `
    ALTER TABLE timeline_imports ADD COLUMN owner_pid INTEGER CHECK (owner_pid IS NULL OR owner_pid > 0);
  `,
};
