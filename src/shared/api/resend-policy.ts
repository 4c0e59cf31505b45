import { methodTable } from './contract.ts';
import type { ResendRule } from './method.ts';

/** Each method's ResendRule (see src/shared/api/method.ts), as declared with the method. */
export const RESEND_POLICY = methodTable((declaration) => declaration.resend);

const ruleOf = (method: string): ResendRule | undefined => (RESEND_POLICY as Readonly<Record<string, ResendRule>>)[method];
const hasChosenId = (input: unknown): boolean => typeof input === 'object' && input !== null && typeof (input as { id?: unknown }).id === 'string';

/** True when sending `input` to `method` a second time cannot store or change anything twice. */
export function canResend(method: string, input: unknown): boolean {
  const rule = ruleOf(method);
  return rule === 'read' || rule === 'always' || (rule === 'with-id' && hasChosenId(input));
}

/** A write that may wait, even across a reload of the page, until it reaches the service. */
export function canWaitToBeSent(method: string, input: unknown): boolean {
  const rule = ruleOf(method);
  return rule === 'always' || (rule === 'with-id' && hasChosenId(input));
}
