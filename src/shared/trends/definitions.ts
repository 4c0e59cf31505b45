import type { TrendMetric } from './trends.ts';

/**
 * What each trend means, in the words the Trends view and the CLI's `trends` both print: these figures mislead when
 * readers assume their own team's meaning of "detected" or "resolved", so the definition sits next to the number.
 */
export const REVIEW_MONTH_DEFINITION =
  'Each review counts in the month its incident started, in the review’s own time zone, or in the month the review was created when no incident start is set.';

export const RESPONSE_TIME_ORIGIN =
  'Every time is measured from the first timeline event marked trigger, or from the incident start when no event is marked trigger.';

export const METRIC_DEFINITIONS: Readonly<Record<TrendMetric, string>> = {
  timeToDetect: 'Time to detect: until the first timeline event marked detection.',
  timeToMitigate: 'Time to mitigate: until the first timeline event marked mitigation.',
  timeToResolve: 'Time to resolve: until the first timeline event marked resolution (not the incident end).',
};

export const MEDIAN_DEFINITION =
  'Each month shows the median over the reviews that could be measured; a review that lacks a time is left out of that figure and listed.';

export const CAUSES_DEFINITION =
  'Services named as affected and contributing factors that two or more reviews share, compared ignoring case; a review counts once per cause.';

export const FOLLOW_THROUGH_DEFINITION =
  'Action items count in the month of the review they came from, with their status today. Completed means the status is done; the completion rate is done items out of all items except cancelled ones. Overdue means open or in progress with a due date before today.';
