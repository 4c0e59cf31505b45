import type { Perspective } from '../domain/participant.ts';

export const PERSPECTIVE_LABELS: Readonly<Record<Perspective, string>> = {
  incident_commander: 'Incident commander',
  sre: 'Site reliability engineer',
  systems_architect: 'Systems architect',
  failure_engineer: 'Failure engineer',
  observability_engineer: 'Observability engineer',
  debugger: 'Debugger',
};
