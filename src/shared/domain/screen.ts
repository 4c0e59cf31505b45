/** The kinds of item the facilitator can point the shared screen at; a panel finding is a note of its own category. */
export const FOCUS_KINDS = ['timeline_event', 'why', 'action_item', 'note'] as const;
export type FocusKind = (typeof FOCUS_KINDS)[number];

export interface ScreenFocus {
  kind: FocusKind;
  id: string;
}

/** What the facilitator points the shared screen at, and where its read-back paging was last turned. */
export interface SharedScreen {
  focus: ScreenFocus | null;
  /** When the focus last changed (service clock, UTC ms); null if never. */
  focusedAt: number | null;
  /** The read-back page the facilitator last turned to (0-based); the screen pages on from it on a timer. */
  page: number;
  /** When that page was turned to (service clock, UTC ms); null if never. */
  pageTurnedAt: number | null;
}

/** Whether two focuses point at the same item (or both at none). */
export const sameFocus = (a: ScreenFocus | null, b: ScreenFocus | null): boolean => (a === null || b === null ? a === b : a.kind === b.kind && a.id === b.id);

/** A shared screen nobody has pointed or paged yet: what a meeting without a stored row shows. */
export const IDLE_SCREEN: SharedScreen = Object.freeze({ focus: null, focusedAt: null, page: 0, pageTurnedAt: null });
