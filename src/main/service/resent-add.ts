import { ApiError } from '../../shared/api/errors.ts';

/**
 * An add is sent again with the same client-chosen id when its reply was lost. If that id is stored already, the
 * stored row is the answer and no second row is written; an id held by a row of another meeting is refused, naming
 * the `id` field. Returns undefined when the add is new.
 */
export function storedAdd<Row extends { meetingId: string }>(
  input: { id?: string | undefined; meetingId: string },
  what: string,
  get: (id: string) => Row | undefined,
): Row | undefined {
  if (!input.id) return undefined;
  const stored = get(input.id);
  if (stored === undefined) return undefined;
  if (stored.meetingId !== input.meetingId) throw new ApiError('conflict', `id: ${what} ${input.id} belongs to another meeting`, 'id');
  return stored;
}
