import { methodInputs, type Method, type MethodInput } from '../../shared/api/contract.ts';
import { invalidInput, type ApiError } from '../../shared/api/errors.ts';

/**
 * Runs the contract's own schema before sending, so a form can show the service's exact message next to
 * the field at once, without a round trip. The service checks again; this only saves the wait.
 */
export function checkInput<M extends Method>(method: M, input: MethodInput<M>): ApiError | null {
  const parsed = methodInputs[method].safeParse(input);
  return parsed.success ? null : invalidInput(parsed.error);
}
