import type { ApiHandlers } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import { redactionTermKey } from '../../shared/domain/redaction.ts';
import { deleteRedactionTerm, getRedactionTerm, insertRedactionTerm, listRedactionTerms } from '../db/repositories/redaction-terms.ts';
import type { ServiceContext } from './context.ts';
import { notFound } from './required-rows.ts';

/** The team's list of names to redact. It belongs to no meeting, so its change events carry an empty meetingId. */
export function redactionHandlers({ db, now, newId, mutate }: ServiceContext): ApiHandlers<'redaction'> {
  return {
    'redaction.listTerms': () => listRedactionTerms(db),

    'redaction.addTerm': (input) =>
      mutate((changes) => {
        if (input.id !== undefined) {
          const stored = getRedactionTerm(db, input.id);
          if (stored) return stored;
        }
        const key = redactionTermKey(input.term);
        const taken = listRedactionTerms(db).find((term) => redactionTermKey(term.term) === key);
        if (taken) throw new ApiError('conflict', `term: "${taken.term}" is already in the list`, 'term');
        const term = insertRedactionTerm(db, { id: input.id ?? newId(), term: input.term.replace(/\s+/g, ' '), now: now() });
        changes.record({ meetingId: '', revision: 0, entity: 'redaction_term', entityId: term.id, op: 'created' });
        return term;
      }),

    'redaction.removeTerm': ({ id }) =>
      mutate((changes) => {
        if (getRedactionTerm(db, id) === undefined) throw notFound('redaction term', id);
        deleteRedactionTerm(db, id);
        changes.record({ meetingId: '', revision: 0, entity: 'redaction_term', entityId: id, op: 'deleted' });
        return { id };
      }),
  };
}
