import type { MethodInput } from '../../../shared/api/contract.ts';
import type { Factor, ItemTags, TagItemKind } from '../../../shared/domain/factors.ts';
import { errorMessage } from '../../../shared/error-message.ts';
import type { SimilarIncident } from '../../../shared/library/similar.ts';
import { checkInput } from '../../api/check-input.ts';
import type { ApiClient, ClientEvent } from '../../api/client.ts';
import { toFormError } from '../../api/field-errors.ts';
import { newId } from '../../api/new-id.ts';
import { failed, succeeded, type ActionResult } from '../action-result.ts';
import { coalescedRefetch } from '../coalesced-refetch.ts';
import { createDomainStore } from '../create-domain-store.ts';
import type { LoadState } from '../meeting-collection.ts';
import type { UndoStack } from '../undo-stack.ts';

export type FactorField = 'name';
const FACTOR_FORM_FIELDS: Readonly<Record<string, FactorField>> = { name: 'name' };

export interface TagsState {
  /** The taxonomy in its order, retired factors too. */
  factors: Factor[];
  loadState: LoadState;
  /** Why the taxonomy could not be read (a note-taker's page may not read it; then no picker is shown). */
  loadError: string | null;
  /** Reads the taxonomy and keeps it up to date until the window closes. */
  load(): Promise<void>;
  addFactor(name: string): Promise<ActionResult<FactorField, Factor>>;
  updateFactor(id: string, patch: MethodInput<'tags.updateFactor'>['patch']): Promise<ActionResult<FactorField, Factor>>;
  /** Deletes a factor no review uses, and offers the undo on the window's one undo stack (same id, name and place). */
  removeFactor(id: string): Promise<ActionResult<FactorField>>;

  /** The meeting whose tags are held, its tagged items, and why a change of them was refused (the review is published). */
  meetingId: string | null;
  tags: ItemTags[];
  tagsError: string | null;
  /** Reads the meeting's tags and follows their changes from every window; returns the function that lets go. */
  followMeeting(meetingId: string): () => void;
  /** The factors on one item (the review itself: its meeting id), in order. */
  factorIdsOf(itemKind: TagItemKind, itemId: string): string[];
  /** Replaces one item's factors; shown at once, and taken back with the reason if the service refuses. */
  setTags(itemKind: TagItemKind, itemId: string, factorIds: string[]): Promise<boolean>;
  /** Other reviews like this one, best first, with the reasons (read on demand, not held). */
  similar(meetingId: string): Promise<SimilarIncident[]>;
}

export function createTagsStore(client: ApiClient, undo: UndoStack) {
  return createDomainStore<TagsState>((set, get) => {
    const fetchFactors = coalescedRefetch(async () => {
      try {
        set({ factors: await client.call('tags.factors', {}), loadState: 'ready', loadError: null });
      } catch (error) {
        set({ loadState: 'error', loadError: errorMessage(error, 'The contributing factors could not be read.') });
      }
    });

    const fetchTags = coalescedRefetch(async () => {
      const meetingId = get().meetingId;
      if (meetingId === null) return;
      try {
        const tags = await client.call('tags.list', { meetingId });
        if (get().meetingId === meetingId) set({ tags });
      } catch (error) {
        if (get().meetingId === meetingId) set({ tagsError: errorMessage(error, 'The contributing factors of this review could not be read.') });
      }
    });

    client.subscribe((event: ClientEvent) => {
      if (event.event === 'command') return;
      const factorsHeld = get().loadState !== 'idle';
      if (event.event === 'resync') {
        if (factorsHeld) void fetchFactors();
        void fetchTags();
        return;
      }
      const { entity, meetingId } = event.payload;
      // A tag changes the factors' use counts; a factor's rename or retirement changes what the pickers show.
      if ((entity === 'factor' || entity === 'tag') && factorsHeld) void fetchFactors();
      // A deleted why or note takes its tags out of the list; undo brings them back.
      if ((entity === 'tag' || entity === 'why' || entity === 'note') && meetingId === get().meetingId) void fetchTags();
    });

    const send = async <R>(run: () => Promise<R>): Promise<ActionResult<FactorField, R>> => {
      try {
        const value = await run();
        await fetchFactors();
        return succeeded(value);
      } catch (error) {
        return failed(toFormError(error, FACTOR_FORM_FIELDS));
      }
    };

    let holders = 0;

    return {
      factors: [],
      loadState: 'idle',
      loadError: null,
      meetingId: null,
      tags: [],
      tagsError: null,

      async load() {
        if (get().loadState === 'idle') set({ loadState: 'loading' });
        await fetchFactors();
      },

      async addFactor(name) {
        const input: MethodInput<'tags.addFactor'> = { id: newId(), name };
        const invalid = checkInput('tags.addFactor', input);
        if (invalid) return failed(toFormError(invalid, FACTOR_FORM_FIELDS));
        return send(() => client.call('tags.addFactor', input));
      },

      async updateFactor(id, patch) {
        const input: MethodInput<'tags.updateFactor'> = { id, patch };
        const invalid = checkInput('tags.updateFactor', input);
        if (invalid) return failed(toFormError(invalid, FACTOR_FORM_FIELDS));
        return send(() => client.call('tags.updateFactor', input));
      },

      async removeFactor(id) {
        const result = await send(() => client.call('tags.deleteFactor', { id }));
        if (!result.ok) return result;
        const factor = result.value;
        undo.getState().push({
          verb: 'Deleted',
          text: factor.name,
          more: 'from the contributing factors',
          list: 'factors',
          restore: () => {
            void client
              .call('tags.addFactor', { id: factor.id, name: factor.name, position: factor.position })
              .then((added) => (factor.retiredAt === null ? added : client.call('tags.updateFactor', { id: factor.id, patch: { retired: true } })))
              .then(() => fetchFactors())
              .catch((error: unknown) => set({ loadError: `${factor.name} could not be put back: ${errorMessage(error)}` }));
          },
        });
        return succeeded(undefined);
      },

      followMeeting(meetingId) {
        holders += 1;
        // Every why and finding of a tree holds the meeting; only a new meeting is read again.
        if (get().meetingId !== meetingId) {
          set({ meetingId, tags: [], tagsError: null });
          void fetchTags();
        } else if (holders === 1) void fetchTags();
        if (get().loadState === 'idle') void get().load();
        return () => {
          holders -= 1;
          if (holders === 0) set({ meetingId: null, tags: [], tagsError: null });
        };
      },

      factorIdsOf(itemKind, itemId) {
        return get().tags.find((item) => item.itemKind === itemKind && item.itemId === itemId)?.factorIds ?? [];
      },

      async setTags(itemKind, itemId, factorIds) {
        const meetingId = get().meetingId;
        if (meetingId === null) return false;
        const before = get().tags;
        const others = before.filter((item) => !(item.itemKind === itemKind && item.itemId === itemId));
        set({ tags: factorIds.length === 0 ? others : [...others, { itemKind, itemId, factorIds }], tagsError: null });
        try {
          await client.call('tags.set', { meetingId, itemKind, itemId, factorIds });
          void fetchFactors();
          return true;
        } catch (error) {
          if (get().meetingId === meetingId) set({ tags: before, tagsError: errorMessage(error, 'The contributing factors could not be saved.') });
          return false;
        }
      },

      similar: (meetingId) => client.call('tags.similar', { meetingId }),
    };
  });
}
