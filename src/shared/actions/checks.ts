import type { ActionItem } from '../domain/actions.ts';
import { isActionableWhy, type Why } from '../domain/whys.ts';

/** Seed 002: limit the list to 3-5 meaningful items, not 20 small ones. */
export const MAX_ACTION_ITEMS = 5;

export type ActionCheckKind = 'missing_owner' | 'missing_due_date' | 'too_many' | 'unaddressed_cause';

export interface ActionCheckFinding {
  /** Stable while the thing it is about exists, so a cleared check stays cleared on every screen. */
  key: string;
  kind: ActionCheckKind;
  message: string;
  /** The item the finding is about, for missing owner or date. */
  actionId: string | null;
  /** The root cause or contributing factor the finding is about. */
  whyId: string | null;
  /** Cleared by the facilitator: kept so it can be brought back. */
  dismissed: boolean;
}

export interface ActionCheckInput {
  actions: readonly Pick<ActionItem, 'id' | 'title' | 'owner' | 'dueOn' | 'status' | 'whyId'>[];
  whys: readonly Pick<Why, 'id' | 'kind' | 'text'>[];
  /** Keys the facilitator cleared in this meeting. */
  dismissed: ReadonlySet<string> | readonly string[];
}

export const checkKey = {
  missingOwner: (actionId: string) => `missing-owner:${actionId}`,
  missingDueDate: (actionId: string) => `missing-due-date:${actionId}`,
  tooMany: 'too-many',
  unaddressedCause: (whyId: string) => `unaddressed-cause:${whyId}`,
} as const;

const quoted = (text: string) => {
  const trimmed = text.trim();
  if (!trimmed) return 'an untitled one';
  return `“${trimmed.length > 60 ? `${trimmed.slice(0, 59)}…` : trimmed}”`;
};

/**
 * The live checks of seed 002 and the PIR template's failure cases: every item has an owner and a date, the list stays
 * short, and every root cause and contributing factor is addressed by at least one item. A cancelled item needs no
 * owner or date, counts towards no limit and addresses nothing.
 */
export function actionItemChecks({ actions, whys, dismissed }: ActionCheckInput): ActionCheckFinding[] {
  const cleared = new Set(dismissed);
  const live = actions.filter((item) => item.status !== 'cancelled');
  const findings: Omit<ActionCheckFinding, 'dismissed'>[] = [];

  for (const item of live) {
    if (!item.owner.trim()) {
      findings.push({
        key: checkKey.missingOwner(item.id),
        kind: 'missing_owner',
        message: `${quoted(item.title)} has no owner.`,
        actionId: item.id,
        whyId: null,
      });
    }
    if (!item.dueOn) {
      findings.push({
        key: checkKey.missingDueDate(item.id),
        kind: 'missing_due_date',
        message: `${quoted(item.title)} has no due date.`,
        actionId: item.id,
        whyId: null,
      });
    }
  }

  if (live.length > MAX_ACTION_ITEMS) {
    findings.push({
      key: checkKey.tooMany,
      kind: 'too_many',
      message: `${live.length} action items: keep to ${MAX_ACTION_ITEMS} or fewer meaningful ones so they get done.`,
      actionId: null,
      whyId: null,
    });
  }

  const addressed = new Set(live.map((item) => item.whyId).filter((id) => id !== null));
  for (const why of whys) {
    if (!isActionableWhy(why) || addressed.has(why.id)) continue;
    const what = why.kind === 'root' ? 'The root cause' : 'The contributing factor';
    findings.push({
      key: checkKey.unaddressedCause(why.id),
      kind: 'unaddressed_cause',
      message: `${what} ${quoted(why.text)} has no action item.`,
      actionId: null,
      whyId: why.id,
    });
  }

  return findings.map((finding) => ({ ...finding, dismissed: cleared.has(finding.key) }));
}
