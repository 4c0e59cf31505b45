import type { MethodInput } from '../../../shared/api/contract.ts';
import type { RedactionTerm } from '../../../shared/domain/redaction.ts';
import { errorMessage } from '../../../shared/error-message.ts';
import { checkInput } from '../../api/check-input.ts';
import type { ApiClient, ClientEvent } from '../../api/client.ts';
import { toFormError } from '../../api/field-errors.ts';
import { newId } from '../../api/new-id.ts';
import { failed, succeeded, type ActionResult } from '../action-result.ts';
import { coalescedRefetch } from '../coalesced-refetch.ts';
import { createDomainStore } from '../create-domain-store.ts';
import type { LoadState } from '../meeting-collection.ts';
import type { UndoStack } from '../undo-stack.ts';

export type TermField = 'term';

const TERM_FORM_FIELDS: Readonly<Record<string, TermField>> = { term: 'term' };

export interface RedactionState {
  /** The customer and person names redaction looks for, sorted as a reader would. */
  terms: RedactionTerm[];
  loadState: LoadState;
  loadError: string | null;
  /** Reads the list and keeps it up to date until the window closes. */
  load(): Promise<void>;
  add(term: string): Promise<ActionResult<TermField, RedactionTerm>>;
  /** Removes the term and offers the undo on the window's one undo stack (same id, same text). */
  remove(id: string): Promise<ActionResult<TermField>>;
}

/** The team's list of names to redact on export and publishing (issue 16). */
export function createRedactionStore(client: ApiClient, undo: UndoStack) {
  return createDomainStore<RedactionState>((set, get) => {
    const fetchTerms = coalescedRefetch(async () => {
      try {
        set({ terms: await client.call('redaction.listTerms', {}), loadState: 'ready', loadError: null });
      } catch (error) {
        set({ loadState: 'error', loadError: errorMessage(error, 'The list of names to redact could not be read.') });
      }
    });

    client.subscribe((event: ClientEvent) => {
      if (event.event === 'command') return;
      if ((event.event === 'resync' || event.payload.entity === 'redaction_term') && get().loadState !== 'idle') void fetchTerms();
    });

    const send = async <R>(run: () => Promise<R>): Promise<ActionResult<TermField, R>> => {
      try {
        const value = await run();
        await fetchTerms();
        return succeeded(value);
      } catch (error) {
        return failed(toFormError(error, TERM_FORM_FIELDS));
      }
    };

    return {
      terms: [],
      loadState: 'idle',
      loadError: null,

      async load() {
        if (get().loadState === 'idle') set({ loadState: 'loading' });
        await fetchTerms();
      },

      async add(term) {
        const input: MethodInput<'redaction.addTerm'> = { id: newId(), term };
        const invalid = checkInput('redaction.addTerm', input);
        if (invalid) return failed(toFormError(invalid, TERM_FORM_FIELDS));
        return send(() => client.call('redaction.addTerm', input));
      },

      async remove(id) {
        const term = get().terms.find((candidate) => candidate.id === id);
        const result = await send(() => client.call('redaction.removeTerm', { id }));
        if (!result.ok || term === undefined) return result.ok ? succeeded(undefined) : result;
        undo.getState().push({
          verb: 'Removed',
          text: term.term,
          more: 'from the names to redact',
          list: 'redaction-terms',
          restore: () => {
            void client
              .call('redaction.addTerm', { id, term: term.term })
              .then(() => fetchTerms())
              .catch((error: unknown) => set({ loadError: `${term.term} could not be put back: ${errorMessage(error)}` }));
          },
        });
        return succeeded(undefined);
      },
    };
  });
}
