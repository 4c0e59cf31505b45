import type { ApiHandlers } from '../../shared/api/contract.ts';
import type { Caller } from '../api/caller.ts';

/** Who am I: the caller the transport resolved (the facilitator, or a paired note-taker's session). */
export function sessionHandlers(caller: () => Caller): ApiHandlers<'session'> {
  return {
    'session.me': () => caller(),
  };
}
