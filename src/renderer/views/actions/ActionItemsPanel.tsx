import { FormMessage } from '../common/FormMessage.tsx';
import { useMemo } from 'react';
import { actionItemChecks, MAX_ACTION_ITEMS } from '../../../shared/actions/checks.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { useActions } from '../../app/services.ts';
import { ActionAddForm } from './ActionAddForm.tsx';
import { ActionChecks } from './ActionChecks.tsx';
import { ActionItemRow } from './ActionItemRow.tsx';
import { NewOwnerOffer } from './NewOwnerOffer.tsx';
import { OwnerNames } from './OwnerNames.tsx';
import { useActionItems } from './use-action-items.ts';
import { useActionRows } from './use-action-rows.ts';

/** The capture panel of action-item and responsibilities sections: the items, the form for the next, the live checks. */
export function ActionItemsPanel({ meeting }: { meeting: Meeting }) {
  useActionItems(meeting.id);
  const rows = useActionRows();
  const dismissed = useActions((state) => state.dismissedChecks);
  const whys = useActions((state) => state.whys);
  const loadError = useActions((state) => state.loadError);
  const owners = useMemo(() => rows.map((row) => row.item.owner), [rows]);
  const findings = useMemo(() => actionItemChecks({ actions: rows.map((row) => row.item), whys, dismissed }), [rows, whys, dismissed]);

  return (
    <section className="panel action-items" aria-labelledby="action-items-heading">
      <h2 id="action-items-heading">
        Action items{' '}
        <span className="muted action-items__count">
          {rows.length} of {MAX_ACTION_ITEMS} at most
        </span>
      </h2>
      <FormMessage message={loadError} />
      <ActionChecks findings={findings} />
      {rows.length === 0 ? (
        <p className="muted">No action items yet. What is the smallest change that would have prevented this?</p>
      ) : (
        <ol className="action-list" aria-label="Action items">
          {rows.map((row, index) => (
            <ActionItemRow key={row.item.id} row={row} index={index} count={rows.length} ownerListId="action-owner-names" />
          ))}
        </ol>
      )}
      <NewOwnerOffer owners={owners} />
      <ActionAddForm ownerListId="action-owner-names" />
      <OwnerNames id="action-owner-names" />
    </section>
  );
}
