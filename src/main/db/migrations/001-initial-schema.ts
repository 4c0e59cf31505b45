import type { Migration } from '../migration-type.ts';

/**
 * The whole domain of a post-incident review. Times are UTC epoch milliseconds (INTEGER); calendar dates are
 * 'YYYY-MM-DD' TEXT. Every child row belongs to one meeting and goes with it.
 */
export const migration001: Migration = {
  version: 1,
  name: 'initial schema',
  up: `
    CREATE TABLE meetings (
      id TEXT PRIMARY KEY,
      incident_id TEXT NOT NULL DEFAULT '',
      title TEXT NOT NULL CHECK (length(title) > 0),
      severity TEXT CHECK (severity IN ('SEV1', 'SEV2', 'SEV3', 'SEV4')),
      status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'scheduled', 'in_progress', 'completed', 'archived')),
      template_id TEXT NOT NULL DEFAULT 'blameless-60',
      time_zone TEXT NOT NULL DEFAULT 'UTC',
      scheduled_at INTEGER,
      incident_started_at INTEGER,
      incident_ended_at INTEGER,
      summary TEXT NOT NULL DEFAULT '',
      users_affected TEXT NOT NULL DEFAULT '',
      revenue_impact TEXT NOT NULL DEFAULT '',
      slo_budget_consumed TEXT NOT NULL DEFAULT '',
      data_loss TEXT NOT NULL DEFAULT '',
      customer_communication TEXT NOT NULL DEFAULT '',
      author TEXT NOT NULL DEFAULT '',
      reviewers TEXT NOT NULL DEFAULT '',
      reviewed_on TEXT,
      follow_up_review_on TEXT,
      revision INTEGER NOT NULL DEFAULT 0,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE agenda_sections (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      kind TEXT NOT NULL,
      title TEXT NOT NULL,
      planned_seconds INTEGER NOT NULL CHECK (planned_seconds >= 0),
      extension_seconds INTEGER NOT NULL DEFAULT 0,
      elapsed_ms INTEGER NOT NULL DEFAULT 0 CHECK (elapsed_ms >= 0),
      started_at INTEGER,
      ended_at INTEGER,
      decision TEXT CHECK (decision IN ('approve', 'revise')),
      decision_note TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX agenda_sections_by_meeting ON agenda_sections (meeting_id, position);

    -- The timer is stored as a schedule, never as a ticking counter: remaining time is derived from these.
    CREATE TABLE timer_states (
      meeting_id TEXT PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE,
      current_section_id TEXT REFERENCES agenda_sections (id) ON DELETE SET NULL,
      running_since INTEGER,
      meeting_started_at INTEGER,
      meeting_ended_at INTEGER
    ) STRICT;

    CREATE TABLE participants (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      name TEXT NOT NULL CHECK (length(name) > 0),
      role TEXT NOT NULL DEFAULT 'responder'
        CHECK (role IN ('facilitator', 'note_taker', 'responder', 'stakeholder', 'observer')),
      perspective TEXT CHECK (perspective IN ('incident_commander', 'sre', 'systems_architect',
        'failure_engineer', 'observability_engineer', 'debugger')),
      created_at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX participants_by_meeting ON participants (meeting_id, created_at);

    CREATE TABLE timeline_events (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      occurred_at INTEGER NOT NULL,
      precision TEXT NOT NULL DEFAULT 'minute' CHECK (precision IN ('second', 'minute')),
      description TEXT NOT NULL CHECK (length(description) > 0),
      actor TEXT NOT NULL DEFAULT '',
      phase TEXT NOT NULL DEFAULT 'other'
        CHECK (phase IN ('trigger', 'detection', 'response', 'mitigation', 'resolution', 'other')),
      source TEXT NOT NULL DEFAULT 'manual'
        CHECK (source IN ('manual', 'quick_entry', 'csv_import', 'chat_import', 'archive')),
      author TEXT NOT NULL DEFAULT '',
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX timeline_events_by_time ON timeline_events (meeting_id, occurred_at, created_at);

    CREATE TABLE whys (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      parent_id TEXT REFERENCES whys (id) ON DELETE CASCADE,
      position INTEGER NOT NULL DEFAULT 0,
      text TEXT NOT NULL,
      kind TEXT NOT NULL DEFAULT 'unclassified'
        CHECK (kind IN ('problem', 'unclassified', 'symptom', 'contributing', 'root')),
      author TEXT NOT NULL DEFAULT '',
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX whys_by_parent ON whys (meeting_id, parent_id, position);

    CREATE TABLE notes (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      category TEXT NOT NULL CHECK (category IN ('went_well', 'could_improve', 'lesson', 'prevention',
        'additional', 'perspective_finding')),
      perspective TEXT CHECK (perspective IN ('incident_commander', 'sre', 'systems_architect',
        'failure_engineer', 'observability_engineer', 'debugger')),
      finding_kind TEXT CHECK (finding_kind IN ('contributing_factor', 'gap', 'recommendation')),
      position INTEGER NOT NULL DEFAULT 0,
      text TEXT NOT NULL,
      author TEXT NOT NULL DEFAULT '',
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX notes_by_category ON notes (meeting_id, category, position);

    CREATE TABLE action_items (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      position INTEGER NOT NULL DEFAULT 0,
      title TEXT NOT NULL CHECK (length(title) > 0),
      owner TEXT NOT NULL DEFAULT '',
      due_on TEXT,
      priority TEXT NOT NULL DEFAULT 'P1' CHECK (priority IN ('P0', 'P1', 'P2')),
      horizon TEXT NOT NULL DEFAULT 'short_term' CHECK (horizon IN ('quick_win', 'short_term', 'long_term')),
      category TEXT CHECK (category IN ('runbook', 'monitoring', 'testing', 'architecture', 'training', 'process')),
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')),
      why_id TEXT REFERENCES whys (id) ON DELETE SET NULL,
      note_id TEXT REFERENCES notes (id) ON DELETE SET NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX action_items_by_meeting ON action_items (meeting_id, position);
  `,
};
