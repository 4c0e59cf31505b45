import type { Review, ReviewState } from '../../../shared/domain/review.ts';
import type { ApiClient } from '../../api/client.ts';
import { failed, succeeded, type ActionResult } from '../action-result.ts';
import { createMeetingCollection, describeError } from '../meeting-collection.ts';
import type { UndoStack } from '../undo-stack.ts';

/** The review of the meeting shown, as a record of its meeting: a collection of one, like the incident facts. */
export type ReviewRecord = Review & { id: string };

const asRecord = (review: Review): ReviewRecord => ({ ...review, id: review.meetingId });

interface ReviewOwn {
  setState(state: ReviewState): Promise<ActionResult<never, Review>>;
  addReviewer(name: string): Promise<ActionResult<'name', Review>>;
  signOff(name: string): Promise<ActionResult<never, Review>>;
}

/**
 * Where the meeting's review stands after the meeting (draft, in review, published), its reviewers and sign-offs and
 * its history, followed through the `review` change events; every change is one call whose answer is the review.
 */
export function createReviewStore(client: ApiClient, undo: UndoStack) {
  const notHere = () => Promise.reject(new Error('A review belongs to its meeting: it is not added, edited or deleted on its own.'));
  return createMeetingCollection<ReviewRecord, ReviewRecord, never, Record<string, never>, ReviewOwn>(
    client,
    undo,
    {
      entity: 'review',
      load: async (meetingId) => ({ items: [asRecord(await client.call('review.get', { meetingId }))] }),
      fetchOne: async (meetingId) => asRecord(await client.call('review.get', { meetingId })),
      place: (_items, record) => [record],
      add: notHere,
      checkUpdate: () => null,
      update: notHere,
      delete: notHere,
      restoreInput: (record) => record,
      deletedText: () => 'the review',
      formFields: {},
    },
    ({ get, set, isCurrent }) => {
      const run = async <Field extends string>(call: (meetingId: string) => Promise<Review>): Promise<ActionResult<Field, Review>> => {
        const meetingId = get().meetingId;
        if (!meetingId) return failed<Field>({ field: null, message: 'Open a meeting first.' });
        try {
          const review = await call(meetingId);
          if (isCurrent(meetingId)) set({ items: [asRecord(review)] });
          return succeeded(review);
        } catch (error) {
          return failed<Field>({ field: null, message: describeError(error) });
        }
      };
      return {
        setState: (state) => run((meetingId) => client.call('review.setState', { meetingId, state })),
        addReviewer: (name) => run<'name'>((meetingId) => client.call('review.addReviewer', { meetingId, name })),
        signOff: (name) => run((meetingId) => client.call('review.signOff', { meetingId, name })),
      };
    },
  );
}
