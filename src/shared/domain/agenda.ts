import type { Perspective } from './participant.ts';
import type { SharedScreen } from './screen.ts';

/** What a section is for; the console shows the prompts and the capture panel of its kind. */
export const SECTION_KINDS = [
  'opening',
  'summary',
  'timeline',
  'root_cause',
  'went_well',
  'could_improve',
  'action_items',
  'responsibilities',
  'closing',
  'perspective',
  'contributing_factors',
  'symptoms_vs_causes',
  'triage',
  'mitigation',
  'communication',
  'postmortem',
  'effectiveness',
  'custom',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** The approve / revise outcome of a gated section (incident workflow template). */
export const GATE_DECISIONS = ['approve', 'revise'] as const;
export type GateDecision = (typeof GATE_DECISIONS)[number];

export interface AgendaSection {
  id: string;
  meetingId: string;
  /** 0-based order in the agenda. */
  position: number;
  kind: SectionKind;
  title: string;
  /** Set for panel-review sections that speak for one perspective. */
  perspective: Perspective | null;
  plannedSeconds: number;
  /** Minutes added (or taken away) while running, in seconds; the section's budget is planned + extension. */
  extensionSeconds: number;
  /** Time spent in this section up to the last pause or switch; the running stretch is added from the timer. */
  elapsedMs: number;
  /** When the section was first entered and last left (UTC ms), for the report. */
  startedAt: number | null;
  endedAt: number | null;
  /** Whether this section ends with an approve / revise decision. */
  gated: boolean;
  decision: GateDecision | null;
  decisionNote: string;
  /** When the facilitator passed the gate without a decision (UTC ms), after a confirmation; null if never. */
  gateOverriddenAt: number | null;
  /** The reason given for passing the gate without a decision; may be empty. */
  gateOverrideNote: string;
}

/** The meeting clock, stored as a schedule: remaining time is derived, never counted down in storage. */
export interface TimerState {
  meetingId: string;
  currentSectionId: string | null;
  /** When the current section's running stretch began; null while paused or not started. */
  runningSince: number | null;
  meetingStartedAt: number | null;
  meetingEndedAt: number | null;
  /** Play a gentle chime when a section's time is up. */
  soundEnabled: boolean;
}

/** Everything a screen needs to show the agenda and the clock. */
export interface AgendaState {
  meetingId: string;
  revision: number;
  templateId: string;
  sections: AgendaSection[];
  timer: TimerState;
  /** What the shared (audience) screen is pointed at and where its read-back paging stands. */
  screen: SharedScreen;
  /** The server's clock when it answered, so a client whose clock is off can correct for it. */
  serverNow: number;
}

export interface TemplateSection {
  kind: SectionKind;
  title: string;
  minutes: number;
  perspective?: Perspective | null;
  gated?: boolean;
}

export interface AgendaTemplate {
  id: string;
  name: string;
  description: string;
  builtIn: boolean;
  sections: TemplateSection[];
  createdAt: number | null;
}
