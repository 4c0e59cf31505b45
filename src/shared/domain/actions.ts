export const ACTION_PRIORITIES = ['P0', 'P1', 'P2'] as const;
export type ActionPriority = (typeof ACTION_PRIORITIES)[number];

/** When the item should land (seed 004's tracker): this week, this sprint or cycle, or later. */
export const ACTION_HORIZONS = ['quick_win', 'short_term', 'long_term'] as const;
export type ActionHorizon = (typeof ACTION_HORIZONS)[number];

/** The prevention categories of seed 002, plus process changes. */
export const ACTION_CATEGORIES = ['runbook', 'monitoring', 'testing', 'architecture', 'training', 'process'] as const;
export type ActionCategory = (typeof ACTION_CATEGORIES)[number];

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_HORIZON_LABELS: Record<ActionHorizon, string> = {
  quick_win: 'Quick win',
  short_term: 'Short term',
  long_term: 'Long term',
};

export const ACTION_CATEGORY_LABELS: Record<ActionCategory, string> = {
  runbook: 'Runbook',
  monitoring: 'Monitoring',
  testing: 'Testing',
  architecture: 'Architecture',
  training: 'Training',
  process: 'Process',
};

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
};

export interface ActionItem {
  id: string;
  meetingId: string;
  /** Order in the meeting's list, from 0. */
  position: number;
  title: string;
  /** Empty until someone takes it. */
  owner: string;
  /** 'YYYY-MM-DD', or null until a date is agreed. */
  dueOn: string | null;
  priority: ActionPriority;
  horizon: ActionHorizon;
  category: ActionCategory | null;
  status: ActionStatus;
  /** The root cause or contributing factor (a why node) this item addresses, if any. */
  whyId: string | null;
  /** The finding (a note) this item addresses, if any. */
  noteId: string | null;
  /** Who added it: a note-taker's session name, empty when the facilitator did (as on timeline events and whys). */
  author: string;
  createdAt: number;
  updatedAt: number;
}

/** An item still open from an earlier review that names one of this review's services (issue 15's backlog check). */
export interface EarlierOpenItem {
  item: ActionItem;
  /** The earlier review's incident id and title. */
  incidentId: string;
  reviewTitle: string;
  /** When that incident began: its recorded start, else when its review was created (UTC ms). */
  incidentAt: number;
  /** The services both reviews name, as the earlier one spells them. */
  sharedServices: string[];
}
