import { afterEach, describe, expect, it } from 'vitest';
import type { ActionItem } from '../../src/shared/domain/actions.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { TimelineEvent } from '../../src/shared/domain/timeline.ts';
import type { Why } from '../../src/shared/domain/whys.ts';
import { callApi, killAllChildren, seedGitLabSizedReview, startServeProcess, useTempDir, writeStaticSite } from '../harness/index.ts';

/** The chain of whys hanging from `top`, following each node's only child. */
function chainBelow(whys: readonly Why[], top: Why): Why[] {
  const chain: Why[] = [];
  for (let children = whys.filter((why) => why.parentId === top.id); children.length > 0;) {
    expect(children, 'a branch is a chain: one answer per why').toHaveLength(1);
    const [next] = children as [Why];
    chain.push(next);
    children = whys.filter((why) => why.parentId === next.id);
  }
  return chain;
}

describe('the GitLab-sized review (issue 14) seeded through a serve process', () => {
  const temp = useTempDir('debrief-gitlab-review-');
  afterEach(killAllChildren);

  it('holds 26 events over two UTC days, 10 whys in two branches with one root cause, and 15 owned, dated actions', async () => {
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite'), '--static', writeStaticSite(temp.file('renderer'))]);
    const review = await seedGitLabSizedReview(server);

    const meeting = await callApi<Meeting>(server, 'meetings.get', { id: review.meetingId });
    expect(meeting).toMatchObject({ severity: 'SEV1', timeZone: 'UTC', followUpReviewOn: review.meeting.followUpReviewOn });
    expect(meeting.title).toMatch(/GitLab\.com database outage/);

    const events = await callApi<TimelineEvent[]>(server, 'timeline.list', { meetingId: review.meetingId });
    expect(events).toHaveLength(26);
    expect(events.map((event) => event.id)).toEqual(review.eventIds);
    expect(events.map((event) => event.occurredAt)).toEqual(events.map((event) => event.occurredAt).sort((a, b) => a - b));
    expect(new Set(events.map((event) => new Date(event.occurredAt).toISOString().slice(0, 10)))).toEqual(new Set(['2017-01-31', '2017-02-01']));
    const rmOnWrongHost = events.find((event) => event.description.includes('rm -rf'));
    expect(rmOnWrongHost && new Date(rmOnWrongHost.occurredAt).toISOString()).toBe('2017-01-31T23:27:00.000Z');
    expect(events.filter((event) => event.description.length >= 150 && event.description.length <= 300).length).toBeGreaterThanOrEqual(3);
    expect(events.filter((event) => event.description.length < 60).length).toBeGreaterThanOrEqual(3);
    expect(events.every((event) => event.actor !== '')).toBe(true);

    const whys = await callApi<Why[]>(server, 'whys.list', { meetingId: review.meetingId });
    expect(whys).toHaveLength(10);
    const problems = whys.filter((why) => why.parentId === null);
    expect(problems.map((why) => why.kind)).toEqual(['problem']);
    const [problem] = problems as [Why];
    const branchTops = whys.filter((why) => why.parentId === problem.id).sort((a, b) => a.position - b.position);
    expect(branchTops).toHaveLength(2);
    const [first, second] = branchTops.map((top) => [top, ...chainBelow(whys, top)]) as [Why[], Why[]];
    expect(first).toHaveLength(5);
    expect(second).toHaveLength(4);
    expect(whys.filter((why) => why.kind === 'root').map((why) => why.id)).toEqual([review.rootCauseWhyId]);
    expect(first.at(-1)?.id).toBe(review.rootCauseWhyId);
    expect(second.every((why) => why.kind === 'contributing' || why.kind === 'symptom')).toBe(true);
    expect(new Set(whys.map((why) => why.id))).toEqual(new Set(review.whyIds));
    expect(whys.filter((why) => why.text.length >= 150).length).toBeGreaterThanOrEqual(2);

    const actions = await callApi<ActionItem[]>(server, 'actions.list', { meetingId: review.meetingId });
    expect(actions).toHaveLength(15);
    expect(actions.map((action) => action.id)).toEqual(review.actionIds);
    expect(actions.every((action) => action.owner !== '' && action.dueOn !== null)).toBe(true);
    expect(actions.some((action) => action.owner.includes(' '))).toBe(true);
    expect(actions.some((action) => !/^[\p{Script=Latin}\s'.-]+$/u.test(action.owner))).toBe(true);
    expect(new Set(actions.map((action) => action.priority))).toEqual(new Set(['P0', 'P1', 'P2']));
    expect(actions.filter((action) => action.title.length >= 150 && action.title.length <= 250).length).toBeGreaterThanOrEqual(2);
  });
});
