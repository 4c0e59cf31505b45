import type { MethodInput } from '../../../shared/api/contract.ts';
import type { EffectivenessItem } from '../../../shared/domain/effectiveness.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { checkInput } from '../../api/check-input.ts';
import type { ApiClient } from '../../api/client.ts';
import { newId } from '../../api/new-id.ts';
import { failed, succeeded, type ActionResult } from '../action-result.ts';
import { createMeetingCollection, describeError } from '../meeting-collection.ts';
import type { UndoStack } from '../undo-stack.ts';

export type EffectivenessPatch = MethodInput<'effectiveness.record'>['patch'];
export type EffectivenessField = 'done' | 'outcome' | 'note';

interface EffectivenessOwn {
  /** The effectiveness-review meetings that checked the review followed. */
  heldIn: string[];
  /** The review an effectiveness-review meeting checks (the meeting itself when it is not one). */
  reviewOf(meetingId: string): Promise<ActionResult<never, string>>;
  /** Opens, or creates, the meeting that holds the check of this review. */
  start(meetingId: string): Promise<ActionResult<never, Meeting>>;
}

const byPosition = (items: readonly EffectivenessItem[], item: EffectivenessItem): EffectivenessItem[] =>
  [...items.filter((other) => other.id !== item.id), item].sort((a, b) => a.actionItem.position - b.actionItem.position);

/**
 * A review's action items with their effectiveness results, followed through `effectiveness` changes (and read again
 * when an item changes: its status is whether it is done). Recording is an update of one item: `done`, `outcome`,
 * `note`, each result saved with its date by the service.
 */
export function createEffectivenessStore(client: ApiClient, undo: UndoStack) {
  const notHere = () => Promise.reject(new Error('Effectiveness results belong to action items: they are recorded, not added or deleted.'));
  return createMeetingCollection<EffectivenessItem, EffectivenessItem, EffectivenessField, EffectivenessPatch, EffectivenessOwn>(
    client,
    undo,
    {
      entity: 'effectiveness',
      refetchOn: ['action_item'],
      async load(meetingId) {
        const review = await client.call('effectiveness.get', { meetingId });
        return { items: review.items, more: { heldIn: review.heldIn } };
      },
      place: byPosition,
      add: notHere,
      checkUpdate: (id, patch) => checkInput('effectiveness.record', { id, patch }),
      update: (id, patch) => client.call('effectiveness.record', { id, patch }),
      patchLocally: (item, patch) => ({
        ...item,
        actionItem:
          patch.done === undefined
            ? item.actionItem
            : { ...item.actionItem, status: patch.done ? 'done' : item.actionItem.status === 'done' ? 'open' : item.actionItem.status },
        result: {
          actionItemId: item.id,
          meetingId: item.meetingId,
          outcome: patch.outcome === undefined ? (item.result?.outcome ?? null) : patch.outcome,
          note: patch.note ?? item.result?.note ?? '',
          recordedAt: item.result?.recordedAt ?? Date.now(),
        },
      }),
      delete: notHere,
      restoreInput: (item) => item,
      deletedText: (item) => item.actionItem.title,
      formFields: { done: 'done', outcome: 'outcome', note: 'note' },
    },
    () => ({
      heldIn: [],
      async reviewOf(meetingId) {
        try {
          return succeeded((await client.call('effectiveness.get', { meetingId })).meetingId);
        } catch (error) {
          return failed<never>({ field: null, message: describeError(error) });
        }
      },
      async start(meetingId) {
        try {
          return succeeded(await client.call('effectiveness.start', { meetingId, id: newId() }));
        } catch (error) {
          return failed<never>({ field: null, message: describeError(error) });
        }
      },
    }),
  );
}
