/**
 * A 5 Whys tree: one problem statement at the top, "why?" children below it, several branches where several
 * factors contributed. Each node can be classified, so a symptom is not mistaken for a root cause.
 */
export const WHY_KINDS = ['problem', 'unclassified', 'symptom', 'contributing', 'root'] as const;
export type WhyKind = (typeof WHY_KINDS)[number];

/** The kinds a facilitator picks for a "why?" node (the problem statement is the tree's top, not a choice). */
export const CAUSE_KINDS = ['unclassified', 'symptom', 'contributing', 'root'] as const satisfies readonly WhyKind[];
export type CauseKind = (typeof CAUSE_KINDS)[number];

/** The kinds an action item can address: a root cause or a contributing factor. */
export const ACTIONABLE_WHY_KINDS = ['root', 'contributing'] as const satisfies readonly WhyKind[];
export type ActionableWhyKind = (typeof ACTIONABLE_WHY_KINDS)[number];

export const WHY_KIND_LABELS: Record<WhyKind, string> = {
  problem: 'Problem statement',
  unclassified: 'Unclassified',
  symptom: 'Symptom',
  contributing: 'Contributing factor',
  root: 'Root cause',
};

export interface Why {
  id: string;
  meetingId: string;
  /** null for the problem statement at the top of a tree. */
  parentId: string | null;
  /** Order among siblings, from 0. */
  position: number;
  text: string;
  kind: WhyKind;
  author: string;
  createdAt: number;
  updatedAt: number;
}

/** What deleting a why removed: the node and its whole subtree, parents first, so undo can add them back in order. */
export interface DeletedWhys {
  id: string;
  meetingId: string;
  revision: number;
  removed: Why[];
}

export function isActionableWhy(why: Pick<Why, 'kind'>): boolean {
  return (ACTIONABLE_WHY_KINDS as readonly WhyKind[]).includes(why.kind);
}
