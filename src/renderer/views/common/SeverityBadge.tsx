import type { Severity } from '../../../shared/domain/meeting.ts';

export function SeverityBadge({ severity }: { severity: Severity | null }) {
  if (!severity) return <span className="severity severity--none">Not set</span>;
  return <span className={`severity severity--${severity.toLowerCase()}`}>{severity}</span>;
}
