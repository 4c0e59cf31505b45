import { useState } from 'react';
import type { ActionCheckFinding } from '../../../shared/actions/checks.ts';
import { actionsStore } from '../../app/services.ts';

/**
 * What stands between the report and sharing it (seeds 001 and 002's failure cases). Each check says what to fix and
 * takes the facilitator there; a check the room decided does not apply is cleared for everyone and can be brought back.
 */
export function ReadinessChecks({ findings, onGoTo }: { findings: readonly ActionCheckFinding[]; onGoTo(finding: ActionCheckFinding): void }) {
  const [showCleared, setShowCleared] = useState(false);
  const active = findings.filter((finding) => !finding.dismissed);
  const cleared = findings.filter((finding) => finding.dismissed);
  const store = actionsStore.getState;
  return (
    <section className="readiness" aria-labelledby="readiness-heading" data-testid="readiness">
      <h3 id="readiness-heading" className="readiness__heading">
        Ready to share? {active.length > 0 ? <span className="action-checks__count">{active.length}</span> : null}
      </h3>
      {active.length === 0 ? (
        <p className="muted">Nothing left to check: every section is written and every finding has an owned action.</p>
      ) : (
        <ul className="readiness__list">
          {active.map((finding) => (
            <li key={finding.key} className={`readiness-check readiness-check--${finding.kind}`} data-testid="readiness-check" data-key={finding.key}>
              <span className="readiness-check__text">
                <bdi>{finding.message}</bdi>
              </span>
              <span className="readiness-check__buttons">
                <button type="button" className="button button--small" aria-label={`Go to it: ${finding.message}`} onClick={() => onGoTo(finding)}>
                  Go to it
                </button>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={`Clear: ${finding.message}`}
                  onClick={() => void store().dismissCheck(finding.key)}
                >
                  Clear
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {cleared.length > 0 ? (
        <div className="readiness__cleared">
          <button type="button" className="button button--small button--quiet" aria-expanded={showCleared} onClick={() => setShowCleared((shown) => !shown)}>
            {cleared.length === 1 ? '1 cleared check' : `${cleared.length} cleared checks`}
          </button>
          {showCleared ? (
            <ul className="readiness__list">
              {cleared.map((finding) => (
                <li key={finding.key} className="readiness-check readiness-check--cleared" data-testid="cleared-readiness-check">
                  <span className="readiness-check__text">
                    <bdi>{finding.message}</bdi>
                  </span>
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
