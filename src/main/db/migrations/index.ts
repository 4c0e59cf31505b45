import { migration001 } from './001-initial-schema.ts';
import { migration002 } from './002-agenda-templates.ts';
import { migration003 } from './003-action-check-dismissals.ts';
import { migration004 } from './004-panel-conflicts.ts';
import { migration005 } from './005-action-item-authors.ts';
import { migration006 } from './006-incident-workflow-fields.ts';
import { migration007 } from './007-gate-overrides.ts';
import { migration008 } from './008-evidence.ts';
import { migration009 } from './009-deleted-meetings.ts';
import { migration010 } from './010-detached-evidence.ts';
import { migration011 } from './011-shared-screens.ts';
import { migration012 } from './012-review-lifecycle.ts';
import { migration013 } from './013-followup-indexes.ts';
import { migration014 } from './014-effectiveness.ts';
import { migration015 } from './015-people.ts';
import { migration016 } from './016-library-search.ts';
import { migration017 } from './017-contributing-factors.ts';
import { migration018 } from './018-library-sources.ts';
import { migration019 } from './019-redaction-terms.ts';
import { migration020 } from './020-detached-effectiveness.ts';
import { migration021 } from './021-search-documents-by-meeting.ts';
import { migration022 } from './022-timeline-imports.ts';
import { migration023 } from './023-bulk-writes.ts';
import { migration024 } from './024-imported-event-documents.ts';
import { migration025 } from './025-timeline-import-owners.ts';
import type { Migration } from '../migration-type.ts';

/** Every migration, in order. Add new versions at the end; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
  migration013,
  migration014,
  migration015,
  migration016,
  migration017,
  migration018,
  migration019,
  migration020,
  migration021,
  migration022,
  migration023,
  migration024,
  migration025,
];

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
