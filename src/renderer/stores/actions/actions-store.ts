import type { MethodInput } from '../../../shared/api/contract.ts';
import type { ActionItem } from '../../../shared/domain/actions.ts';
import type { Note } from '../../../shared/domain/notes.ts';
import type { Why } from '../../../shared/domain/whys.ts';
import { checkInput } from '../../api/check-input.ts';
import type { ApiClient } from '../../api/client.ts';
import { toFormError } from '../../api/field-errors.ts';
import { newId } from '../../api/new-id.ts';
import { failed, succeeded, type ActionResult } from '../action-result.ts';
import { movedItems } from './action-rows.ts';
import { coalescedRefetch } from '../coalesced-refetch.ts';
import { followMeeting } from '../follow-meeting.ts';
import { createMeetingCollection, describeError, type CollectionState } from '../meeting-collection.ts';
import type { UndoStack } from '../undo-stack.ts';

export type ActionField = 'title' | 'owner' | 'dueOn' | 'priority' | 'horizon' | 'category' | 'status' | 'finding';

export const ACTION_FORM_FIELDS: Readonly<Record<string, ActionField>> = {
  title: 'title',
  owner: 'owner',
  dueOn: 'dueOn',
  priority: 'priority',
  horizon: 'horizon',
  category: 'category',
  status: 'status',
  whyId: 'finding',
  noteId: 'finding',
};

export type NewActionFields = Omit<MethodInput<'actions.add'>, 'meetingId' | 'id' | 'position'>;
export type ActionPatch = MethodInput<'actions.update'>['patch'];
type AddInput = MethodInput<'actions.add'> & { id: string };

export interface ActionsState extends CollectionState<ActionItem, ActionField, ActionPatch> {
  /** Keys of the checks the facilitator cleared in this meeting. */
  dismissedChecks: string[];
  /** The meeting's 5 Whys and notes: what items can address, and what the checks look for. */
  whys: Why[];
  notes: Note[];

  add(fields: NewActionFields): ActionResult<ActionField, string>;
  move(id: string, position: number): Promise<void>;
  dismissCheck(key: string): Promise<void>;
  restoreCheck(key: string): Promise<void>;
  /** Sets the statuses a tracker sent back, all in one write; resolves with the number changed or a refusal. */
  applyStatuses(changes: MethodInput<'actions.applyStatuses'>['changes']): Promise<ActionResult<never, number>>;
}

type ActionsOwn = Pick<ActionsState, 'dismissedChecks' | 'whys' | 'notes' | 'add' | 'move' | 'dismissCheck' | 'restoreCheck' | 'applyStatuses'>;

const upsert = (items: readonly ActionItem[], item: ActionItem) =>
  [...items.filter((other) => other.id !== item.id), item].sort((a, b) => a.position - b.position);

export function createActionsStore(client: ApiClient, undo: UndoStack, now: () => number = Date.now) {
  const draftFrom = (input: AddInput, position: number): ActionItem => {
    const at = now();
    return {
      id: input.id,
      meetingId: input.meetingId,
      position,
      title: input.title.trim(),
      owner: (input.owner ?? '').trim(),
      dueOn: input.dueOn ?? null,
      priority: input.priority ?? 'P1',
      horizon: input.horizon ?? 'short_term',
      category: input.category ?? null,
      status: input.status ?? 'open',
      whyId: input.whyId ?? null,
      noteId: input.noteId ?? null,
      author: (input.author ?? '').trim(),
      createdAt: at,
      updatedAt: at,
    };
  };

  return createMeetingCollection<ActionItem, AddInput, ActionField, ActionPatch, ActionsOwn>(
    client,
    undo,
    {
      entity: 'action_item',
      refetchOn: ['action_check'],
      async load(meetingId) {
        const [items, dismissedChecks] = await Promise.all([
          client.call('actions.list', { meetingId }),
          client.call('actions.listDismissedChecks', { meetingId }),
        ]);
        return { items, more: { dismissedChecks } };
      },
      place: upsert,
      add: (input) => client.call('actions.add', input),
      // An add at a position moved others; the refetch brings their new positions.
      movesOthers: (input) => input.position !== undefined,
      checkUpdate: (id, patch) => checkInput('actions.update', { id, patch }),
      update: (id, patch) => client.call('actions.update', { id, patch }),
      // Shown at once, so the live checks follow what was typed without waiting for the round trip.
      patchLocally: (item, patch) => ({ ...item, ...patch, owner: patch.owner?.trim() ?? item.owner }),
      delete: (id) => client.call('actions.delete', { id }),
      // The same id, place and author: the item comes back as it was before the delete.
      restoreInput: ({ id, meetingId, position, title, owner, dueOn, priority, horizon, category, status, whyId, noteId, author }) => ({
        id,
        meetingId,
        position,
        title,
        owner,
        dueOn,
        priority,
        horizon,
        category,
        status,
        whyId,
        noteId,
        author,
      }),
      deletedText: (item) => item.title,
      formFields: ACTION_FORM_FIELDS,
    },
    ({ set, get, isCurrent, send, refetch, alsoOnOpen }) => {
      const fetchFindings = coalescedRefetch(async () => {
        const meetingId = get().meetingId;
        if (!meetingId) return;
        try {
          const [whys, notes] = await Promise.all([client.call('whys.list', { meetingId }), client.call('notes.list', { meetingId })]);
          if (isCurrent(meetingId)) set({ whys, notes });
        } catch (error) {
          if (isCurrent(meetingId)) set({ loadError: `Root causes and notes not loaded: ${describeError(error)}` });
        }
      });

      alsoOnOpen(fetchFindings);
      followMeeting(client, {
        meetingId: () => get().meetingId,
        entities: ['why', 'note'],
        onChange(change) {
          void fetchFindings();
          // A deleted why or note unlinks the items that addressed it, so the items are fetched again too.
          if (change.op === 'deleted') void refetch();
        },
        onResync(caughtUp) {
          if (!caughtUp) void fetchFindings();
        },
      });

      const setChecks = async (meetingId: string, write: () => Promise<string[]>) => {
        try {
          const dismissedChecks = await write();
          if (isCurrent(meetingId)) set({ dismissedChecks });
        } catch {
          void refetch();
        }
      };

      return {
        dismissedChecks: [],
        whys: [],
        notes: [],

        add(fields) {
          const meetingId = get().meetingId;
          if (!meetingId) return failed<ActionField>({ field: null, message: 'Open a meeting before adding action items.' });
          const input: AddInput = { ...fields, id: newId(), meetingId };
          const invalid = checkInput('actions.add', input);
          if (invalid) return failed(toFormError(invalid, ACTION_FORM_FIELDS));
          const state = get();
          send(input, draftFrom(input, state.items.length + Object.keys(state.drafts).length));
          return succeeded(input.id);
        },

        async move(id, position) {
          const meetingId = get().meetingId;
          set((state) => ({ items: movedItems(state.items, id, position) }));
          try {
            const items = await client.call('actions.move', { id, position });
            if (isCurrent(meetingId)) set({ items });
          } catch (error) {
            if (isCurrent(meetingId))
              set((state) => ({ statuses: { ...state.statuses, [id]: { state: 'error', message: `Not moved: ${describeError(error)}`, canRetry: false } } }));
            void refetch();
          }
        },

        async dismissCheck(key) {
          const meetingId = get().meetingId;
          if (!meetingId) return;
          set((state) => ({ dismissedChecks: state.dismissedChecks.includes(key) ? state.dismissedChecks : [...state.dismissedChecks, key] }));
          await setChecks(meetingId, () => client.call('actions.dismissCheck', { meetingId, key }));
        },

        async restoreCheck(key) {
          const meetingId = get().meetingId;
          if (!meetingId) return;
          set((state) => ({ dismissedChecks: state.dismissedChecks.filter((other) => other !== key) }));
          await setChecks(meetingId, () => client.call('actions.restoreCheck', { meetingId, key }));
        },

        async applyStatuses(changes) {
          try {
            await client.call('actions.applyStatuses', { changes });
            await refetch();
            return succeeded(changes.length);
          } catch (error) {
            return failed<never>({ field: null, message: `The statuses were not changed: ${describeError(error)}` });
          }
        },
      };
    },
  );
}
