import type { MethodInput } from '../../../shared/api/contract.ts';
import type { Participant } from '../../../shared/domain/participant.ts';
import { checkInput } from '../../api/check-input.ts';
import type { ApiClient } from '../../api/client.ts';
import { toFormError } from '../../api/field-errors.ts';
import { newId } from '../../api/new-id.ts';
import { failed, succeeded, type ActionResult } from '../action-result.ts';
import { createMeetingCollection, type CollectionState } from '../meeting-collection.ts';
import type { UndoStack } from '../undo-stack.ts';

export type ParticipantField = 'name' | 'role' | 'perspective';
export type ParticipantPatch = MethodInput<'participants.update'>['patch'];
export type NewParticipantFields = Omit<MethodInput<'participants.add'>, 'meetingId' | 'id'>;
type AddInput = MethodInput<'participants.add'> & { id: string };

const FORM_FIELDS: Readonly<Record<string, ParticipantField>> = { name: 'name', role: 'role', perspective: 'perspective' };

export interface ParticipantsState extends CollectionState<Participant, ParticipantField, ParticipantPatch> {
  add(fields: NewParticipantFields): ActionResult<ParticipantField, string>;
}

/** In the order the service lists them: by when they were added. */
const place = (items: readonly Participant[], participant: Participant) =>
  [...items.filter((other) => other.id !== participant.id), participant].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));

/**
 * Who takes part in the meeting: name, role and, in a panel review, the perspective they speak for. Their names are
 * offered as action owners; a deletion goes on the window's undo stack and comes back with the same id.
 */
export function createParticipantsStore(client: ApiClient, undo: UndoStack, now: () => number = Date.now) {
  return createMeetingCollection<Participant, AddInput, ParticipantField, ParticipantPatch, Pick<ParticipantsState, 'add'>>(
    client,
    undo,
    {
      entity: 'participant',
      load: async (meetingId) => ({ items: await client.call('participants.list', { meetingId }) }),
      place,
      add: (input) => client.call('participants.add', input),
      checkUpdate: (id, patch) => checkInput('participants.update', { id, patch }),
      update: (id, patch) => client.call('participants.update', { id, patch }),
      patchLocally: (participant, patch) => ({ ...participant, ...patch }),
      delete: (id) => client.call('participants.remove', { id }),
      restoreInput: ({ id, meetingId, name, role, perspective }) => ({ id, meetingId, name, role, perspective }),
      deletedText: (participant) => participant.name,
      deletedVerb: 'Removed',
      formFields: FORM_FIELDS,
    },
    ({ get, send }) => ({
      add(fields) {
        const meetingId = get().meetingId;
        if (!meetingId) return failed<ParticipantField>({ field: null, message: 'Open a meeting before adding participants.' });
        const input: AddInput = { ...fields, id: newId(), meetingId };
        const invalid = checkInput('participants.add', input);
        if (invalid) return failed(toFormError(invalid, FORM_FIELDS));
        send(input, {
          id: input.id,
          meetingId,
          name: input.name.trim(),
          role: input.role ?? 'responder',
          perspective: input.perspective ?? null,
          createdAt: now(),
        });
        return succeeded(input.id);
      },
    }),
  );
}

/** What the participants list shows: the stored people, then adds still on their way, without those being removed. */
export function participantRows(state: Pick<ParticipantsState, 'items' | 'drafts' | 'hidden'>): Participant[] {
  const stored = new Set(state.items.map((participant) => participant.id));
  return [...state.items, ...Object.values(state.drafts).filter((draft) => !stored.has(draft.id))].filter((participant) => !state.hidden[participant.id]);
}
