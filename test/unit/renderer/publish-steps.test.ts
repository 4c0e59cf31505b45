import { describe, expect, it } from 'vitest';
import { stepsToPublished } from '../../../src/renderer/stores/publish/publish-store.ts';

describe('marking a review published before publishing it', () => {
  // The lifecycle allows draft → in review → published only (issue 15), so a draft goes through in review.
  it.each([
    ['draft', ['in_review', 'published']],
    ['in_review', ['published']],
    ['published', []],
  ] as const)('from %s takes the states %j', (state, steps) => {
    expect(stepsToPublished(state)).toEqual(steps);
  });
});
