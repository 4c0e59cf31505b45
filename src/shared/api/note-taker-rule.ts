/** Tables whose rows a note-taker reaches by id; each row names its meeting. */
export type RowTable = 'timeline_events' | 'whys' | 'notes' | 'action_items' | 'evidence';

/**
 * What a paired note-taker may do with one method:
 * - `meeting`: the input's meetingId must be the session's meeting;
 * - `own-meeting`: meetings.get of the session's meeting only;
 * - `row`: the input's id must be a row of the session's meeting;
 * - `add`: like `meeting`, and a client-chosen id must not be another meeting's row;
 * - `refused`: facilitator only, with the reason shown to the note-taker.
 * `author: true` records the session's name as the author of what is added.
 * `fromSession: true` on a refusal: the call is answered from the note-taker's own session (who they are) instead.
 */
export type NoteTakerRule =
  | { access: 'meeting' }
  | { access: 'own-meeting' }
  | { access: 'row'; table: RowTable }
  | { access: 'add'; table: RowTable; author: boolean }
  | { access: 'refused'; because: string; fromSession?: true };

/** Reasons shared by several methods' refusals. */
export const FACILITATOR_ONLY = 'only the facilitator can do that';
