import type { Migration } from '../migration-type.ts';

/**
 * A gated section (incident workflow) holds Next until it is approved or revised; the facilitator may pass it anyway
 * after a confirmation. When that happened (UTC ms) and the reason given are kept for the report. Sections written
 * before this version were never overridden: null and empty.
 */
export const migration007: Migration = {
  version: 7,
  name: 'gate overrides',
  up: `
    ALTER TABLE agenda_sections ADD COLUMN gate_overridden_at INTEGER;
    ALTER TABLE agenda_sections ADD COLUMN gate_override_note TEXT NOT NULL DEFAULT '';
  `,
};
