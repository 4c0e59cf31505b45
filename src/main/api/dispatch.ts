import { isMethod, methodInputs, type ApiHandlers, type Method } from '../../shared/api/contract.ts';
import { ApiError, invalidInput } from '../../shared/api/errors.ts';
import type { CallResponse } from '../../shared/api/wire.ts';

/**
 * The one entry point for every transport: checks the method name, parses the input with the contract's schema,
 * runs the handler, and turns any failure into an error body. Never throws.
 */
export function dispatch(service: { handlers: ApiHandlers }, method: unknown, input: unknown): CallResponse {
  if (!isMethod(method)) {
    const name = typeof method === 'string' ? method.slice(0, 100) : typeof method;
    return { ok: false, error: { code: 'unknown_method', message: `Unknown method: ${name}` } };
  }
  const parsed = methodInputs[method].safeParse(input);
  if (!parsed.success) return { ok: false, error: invalidInput(parsed.error).toBody() };
  try {
    return { ok: true, result: run(service.handlers, method, parsed.data) };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toBody() };
    console.error(`Method ${method} failed:`, error);
    return { ok: false, error: { code: 'internal', message: 'Something went wrong while saving; nothing was changed.' } };
  }
}

function run<M extends Method>(handlers: ApiHandlers, method: M, input: unknown): unknown {
  // The schema for `method` produced `input`, so it has the handler's parameter type.
  const handler = handlers[method] as (input: unknown) => unknown;
  return handler(input);
}
