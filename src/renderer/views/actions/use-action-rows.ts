import { useMemo } from 'react';
import { useActions } from '../../app/services.ts';
import { actionRows, type ActionRow } from '../../stores/actions/action-rows.ts';

/** The action items as this window shows them: stored, plus adds on their way, minus deletes on their way. */
export function useActionRows(): ActionRow[] {
  const items = useActions((state) => state.items);
  const drafts = useActions((state) => state.drafts);
  const hidden = useActions((state) => state.hidden);
  const statuses = useActions((state) => state.statuses);
  return useMemo(() => actionRows({ items, drafts, hidden, statuses }), [items, drafts, hidden, statuses]);
}
