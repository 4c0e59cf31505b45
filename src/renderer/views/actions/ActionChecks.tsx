import { useState } from 'react';
import type { ActionCheckFinding } from '../../../shared/actions/checks.ts';
import { actionsStore } from '../../app/services.ts';
import { isNoteTaker } from '../../app/viewer.ts';

/**
 * The live checks for the facilitator: each can be cleared (for everyone, it is stored with the meeting) when the room
 * has decided it does not apply; cleared ones can be brought back.
 */
export function ActionChecks({ findings }: { findings: readonly ActionCheckFinding[] }) {
  const [showCleared, setShowCleared] = useState(false);
  const active = findings.filter((finding) => !finding.dismissed);
  const cleared = findings.filter((finding) => finding.dismissed);
  const store = actionsStore.getState;

  return (
    <section className="action-checks" aria-labelledby="action-checks-heading" data-testid="action-checks">
      <h3 id="action-checks-heading" className="action-checks__heading">
        Checks {active.length > 0 ? <span className="action-checks__count">{active.length}</span> : null}
      </h3>
      {active.length === 0 ? (
        <p className="action-checks__clear muted">Every item has an owner and a date, and every cause has an item.</p>
      ) : (
        <ul className="action-checks__list">
          {active.map((finding) => (
            <li key={finding.key} className={`action-check action-check--${finding.kind}`} data-testid="action-check" data-key={finding.key}>
              <span className="action-check__text">{finding.message}</span>
              {isNoteTaker() ? null : (
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={`Clear: ${finding.message}`}
                  onClick={() => void store().dismissCheck(finding.key)}
                >
                  Clear
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {cleared.length > 0 && !isNoteTaker() ? (
        <div className="action-checks__cleared">
          <button type="button" className="button button--small button--quiet" aria-expanded={showCleared} onClick={() => setShowCleared((shown) => !shown)}>
            {cleared.length === 1 ? '1 cleared check' : `${cleared.length} cleared checks`}
          </button>
          {showCleared ? (
            <ul className="action-checks__list">
              {cleared.map((finding) => (
                <li key={finding.key} className="action-check action-check--cleared" data-testid="cleared-action-check">
                  <span className="action-check__text">{finding.message}</span>
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    aria-label={`Bring back: ${finding.message}`}
                    onClick={() => void store().restoreCheck(finding.key)}
                  >
                    Bring back
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
