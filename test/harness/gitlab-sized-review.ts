import type { ActionItem } from '../../src/shared/domain/actions.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { TimelineEvent } from '../../src/shared/domain/timeline.ts';
import type { Why } from '../../src/shared/domain/whys.ts';
import {
  GITLAB_OUTAGE_ACTIONS,
  GITLAB_OUTAGE_EVENTS,
  GITLAB_OUTAGE_MEETING,
  GITLAB_OUTAGE_WHYS,
  type OutageAction,
  type OutageEvent,
} from './gitlab-outage-content.ts';
import { callApi, type CallTarget } from './http-request.ts';

export { GITLAB_OUTAGE_ACTIONS, GITLAB_OUTAGE_EVENTS, GITLAB_OUTAGE_MEETING, GITLAB_OUTAGE_WHYS } from './gitlab-outage-content.ts';

export interface GitLabSizedReview {
  meetingId: string;
  /** The 26 timeline events, in time order. */
  eventIds: string[];
  /** The 10 whys: the problem statement, then branch 1 from the top down, then branch 2. */
  whyIds: string[];
  /** The one node of kind 'root', at the foot of branch 1. */
  rootCauseWhyId: string;
  /** The 15 action items, in list order. */
  actionIds: string[];
  /** What was stored, with each item's id, so a test can look for its words on a screen. */
  meeting: typeof GITLAB_OUTAGE_MEETING;
  events: Array<OutageEvent & { id: string }>;
  whys: Array<{ id: string; parentId: string | null; kind: Why['kind']; text: string }>;
  actions: Array<Omit<OutageAction, 'addresses'> & { id: string; whyId: string | null }>;
}

/**
 * Seeds, through a running server's HTTP API (a ServeProcess or TestServer), a review the size of GitLab.com's
 * database outage of 31 January 2017: the meeting with its facts and follow-up date, 26 events over two days in UTC,
 * a 5 Whys tree of 10 nodes in two branches with one root cause, and 15 owned, dated action items.
 */
export async function seedGitLabSizedReview(server: CallTarget): Promise<GitLabSizedReview> {
  const { title, incidentId, severity, timeZone, ...facts } = GITLAB_OUTAGE_MEETING;
  const meeting = await callApi<Meeting>(server, 'meetings.create', { title, incidentId, severity, timeZone });
  await callApi<Meeting>(server, 'meetings.update', { id: meeting.id, patch: { ...facts, servicesAffected: [...facts.servicesAffected] } });

  const events: GitLabSizedReview['events'] = [];
  for (const event of GITLAB_OUTAGE_EVENTS) {
    const stored = await callApi<TimelineEvent>(server, 'timeline.add', { meetingId: meeting.id, precision: 'minute', ...event });
    events.push({ ...event, id: stored.id });
  }

  const addWhy = async (parentId: string | null, kind: Why['kind'], text: string) => {
    const stored = await callApi<Why>(server, 'whys.add', { meetingId: meeting.id, parentId, kind, text });
    return { id: stored.id, parentId, kind, text };
  };
  const problem = await addWhy(null, 'problem', GITLAB_OUTAGE_WHYS.problem);
  const whys: GitLabSizedReview['whys'] = [problem];
  const whyIdByKey = new Map<string, string>();
  for (const branch of GITLAB_OUTAGE_WHYS.branches) {
    let parentId = problem.id;
    for (const why of branch) {
      const stored = await addWhy(parentId, why.kind, why.text);
      whys.push(stored);
      whyIdByKey.set(why.key, stored.id);
      parentId = stored.id;
    }
  }

  const actions: GitLabSizedReview['actions'] = [];
  for (const { addresses, ...action } of GITLAB_OUTAGE_ACTIONS) {
    const whyId = addresses === undefined ? null : (whyIdByKey.get(addresses) ?? null);
    const stored = await callApi<ActionItem>(server, 'actions.add', { meetingId: meeting.id, ...action, whyId });
    actions.push({ ...action, id: stored.id, whyId });
  }

  const rootCause = whys.find((why) => why.kind === 'root');
  if (!rootCause) throw new Error('the GitLab-sized review has no root cause');
  return {
    meetingId: meeting.id,
    eventIds: events.map((event) => event.id),
    whyIds: whys.map((why) => why.id),
    rootCauseWhyId: rootCause.id,
    actionIds: actions.map((action) => action.id),
    meeting: GITLAB_OUTAGE_MEETING,
    events,
    whys,
    actions,
  };
}
