import { useId } from 'react';
import { followupsStore, useFollowups } from '../../app/services.ts';

/** Per owner: still open, overdue, stale and done; a name filters the ledger to that owner. */
export function OwnerCountsPanel() {
  const id = useId();
  const owners = useFollowups((state) => state.owners);
  const current = useFollowups((state) => state.filter.owner);
  return (
    <aside className="panel ledger__owners" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>By owner</h2>
      {owners.length === 0 ? (
        <p className="muted">Nobody owns an action item yet.</p>
      ) : (
        <table className="ledger__owner-table" data-testid="owner-counts">
          <thead>
            <tr>
              <th scope="col">Owner</th>
              <th scope="col">Open</th>
              <th scope="col">Overdue</th>
              <th scope="col">Stale</th>
              <th scope="col">Done</th>
            </tr>
          </thead>
          <tbody>
            {owners.map((owner) => (
              <tr key={owner.owner} aria-current={current === owner.owner ? 'true' : undefined}>
                <th scope="row">
                  <button type="button" className="ledger__owner-link" onClick={() => followupsStore.getState().setFilter({ owner: owner.owner })}>
                    {owner.owner ? <bdi>{owner.owner}</bdi> : 'Nobody yet'}
                  </button>
                  {owner.inDirectory ? null : (
                    <span className="ledger__owner-missing">
                      {' '}
                      (not in <a href="#/people">the directory</a>)
                    </span>
                  )}
                </th>
                <td>{owner.open}</td>
                <td>{owner.overdue}</td>
                <td>{owner.stale}</td>
                <td>{owner.done}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </aside>
  );
}
