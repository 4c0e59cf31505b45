import type { Perspective } from './participant.ts';

export const NOTE_CATEGORIES = ['went_well', 'could_improve', 'lesson', 'prevention', 'additional', 'perspective_finding'] as const;
export type NoteCategory = (typeof NOTE_CATEGORIES)[number];

/** What a panel perspective reports (seed 000): the factors it saw, the gaps in its domain, what it recommends. */
export const FINDING_KINDS = ['contributing_factor', 'gap', 'recommendation'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** How much a panel finding matters, on the scale of the incident-workflow seed (004): critical, major, minor. */
export const FINDING_SEVERITIES = ['critical', 'major', 'minor'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

export const FINDING_SEVERITY_LABELS: Record<FindingSeverity, string> = {
  critical: 'Critical',
  major: 'Major',
  minor: 'Minor',
};

export const NOTE_CATEGORY_LABELS: Record<NoteCategory, string> = {
  went_well: 'What went well',
  could_improve: 'What could be improved',
  lesson: 'Lessons learned',
  prevention: 'Prevention',
  additional: 'Additional notes',
  perspective_finding: 'Perspective findings',
};

export const FINDING_KIND_LABELS: Record<FindingKind, string> = {
  contributing_factor: 'Contributing factors',
  gap: 'Gaps',
  recommendation: 'Recommended improvements',
};

export interface Note {
  id: string;
  meetingId: string;
  category: NoteCategory;
  /** Set only for a perspective finding. */
  perspective: Perspective | null;
  /** Set only for a perspective finding. */
  findingKind: FindingKind | null;
  /** Only a perspective finding has one, and it may be left unset. */
  severity: FindingSeverity | null;
  /** Order within its list (category, or perspective and finding kind), from 0. */
  position: number;
  text: string;
  author: string;
  createdAt: number;
  updatedAt: number;
}
