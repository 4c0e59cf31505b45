import { z } from 'zod';
import type { RedactionTerm } from '../domain/redaction.ts';
import { id, requiredText } from './fields.ts';
import { returns, type MethodDeclarations } from './method.ts';

/** A name or a company name: long enough for any, short enough to read in a list. */
export const REDACTION_TERM_MAX = 200;

export const addRedactionTermInput = z.strictObject({
  term: requiredText(REDACTION_TERM_MAX),
  /** A client-chosen id: a retried add is stored once, and undo of a removal brings back the same term. */
  id: id.optional(),
});

// The list names customers and people: it is the facilitator's, not a joined note-taker's.
const facilitatorOnly = { access: 'refused', because: 'the list of names to redact is kept by the facilitator' } as const;

export const redactionMethods = {
  /** The customer and person names redaction looks for (issue 16), sorted as a reader would. */
  'redaction.listTerms': { input: z.strictObject({}), result: returns<RedactionTerm[]>(), resend: 'read', noteTaker: facilitatorOnly },
  /** Refused with a conflict when the list already has the term, ignoring case in any script. */
  'redaction.addTerm': { input: addRedactionTermInput, result: returns<RedactionTerm>(), resend: 'with-id', noteTaker: facilitatorOnly },
  'redaction.removeTerm': { input: z.strictObject({ id }), result: returns<{ id: string }>(), resend: 'always', noteTaker: facilitatorOnly },
} as const satisfies MethodDeclarations;
