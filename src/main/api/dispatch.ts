import type { Database } from 'better-sqlite3';
import { isMethod, methodInputs, type ApiHandlers, type Method } from '../../shared/api/contract.ts';
import { ApiError, invalidInput } from '../../shared/api/errors.ts';
import { RESEND_POLICY } from '../../shared/api/resend-policy.ts';
import type { CallResponse } from '../../shared/api/wire.ts';
import { answersFromSession, checkNoteTakerCall } from '../joining/note-taker-access.ts';
import { FACILITATOR, type Caller } from './caller.ts';
import { storageError } from './storage-errors.ts';

export interface DispatchTarget {
  handlers: ApiHandlers;
  /** Named in the messages of failures of the file itself (full disk, read-only, damaged). */
  databaseFile?: string;
  /** Read by the note-taker rules (which meeting a row belongs to). */
  db: Database;
  /** Runs one call on behalf of `caller`, so the handlers know who asks and who changed what, and which call it is. */
  as<T>(caller: Caller, run: () => T, call?: { method: Method; input: unknown }): T;
}

/** Services whose database turned out damaged while running: from then on only calls that change nothing run. */
const damaged = new WeakMap<DispatchTarget, ApiError>();

/**
 * The one entry point for every transport: checks the method name, applies the note-taker rules to a note-taker's
 * call, parses the input with the contract's schema, runs the handler as `caller`, and turns any failure into an
 * error body. Never throws.
 */
export function dispatch(service: DispatchTarget, method: unknown, input: unknown, caller: Caller = FACILITATOR): CallResponse {
  if (!isMethod(method)) {
    const name = typeof method === 'string' ? method.slice(0, 100) : typeof method;
    return { ok: false, error: { code: 'unknown_method', message: `Unknown method: ${name}` } };
  }
  let allowedInput = input;
  if (caller.role === 'note_taker' && !answersFromSession(method)) {
    const checked = checkNoteTakerCall(service.db, caller, method, input);
    if (!checked.ok) return { ok: false, error: checked.error };
    allowedInput = checked.input;
  }
  const parsed = methodInputs[method].safeParse(allowedInput);
  if (!parsed.success) return { ok: false, error: invalidInput(parsed.error).toBody() };
  const refusal = damaged.get(service);
  if (refusal && RESEND_POLICY[method] !== 'read') return { ok: false, error: refusal.toBody() };
  try {
    return { ok: true, result: service.as(caller, () => run(service.handlers, method, parsed.data), { method, input: parsed.data }) };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toBody() };
    // An expected failure of the file: its own code and sentence, and no stack trace (the CLI prints one line).
    const storage = storageError(error, service.databaseFile ?? 'the database');
    if (storage) {
      if (storage.code === 'damaged') damaged.set(service, storage);
      return { ok: false, error: storage.toBody() };
    }
    console.error(`Method ${method} failed:`, error);
    return { ok: false, error: { code: 'internal', message: 'Something went wrong while saving; nothing was changed.' } };
  }
}

function run<M extends Method>(handlers: ApiHandlers, method: M, input: unknown): unknown {
  // The schema for `method` produced `input`, so it has the handler's parameter type.
  const handler = handlers[method] as (input: unknown) => unknown;
  return handler(input);
}
