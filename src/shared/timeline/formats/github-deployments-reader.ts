import type { TimelinePhase } from '../../domain/timeline.ts';
import { EntryCollector, entryTime, firstRecord, isRecord, readJsonFile, textAt, textOf, type JsonRecord } from './json-entries.ts';
import type { TimelineReader } from './timeline-reader.ts';

/**
 * GitHub deployment statuses, as the REST API answers `GET /repos/{owner}/{repo}/deployments/{id}/statuses`:
 * an array of `{ state, environment, description, creator: { login }, created_at, log_url, target_url,
 * deployment_url, ... }`. Also read: `{ "statuses": [ ... ] }` (several deployments' lists gathered into one file),
 * and `deployment_status` webhook events (`{ action, deployment_status, deployment, ... }`), alone or in an array,
 * whose status may leave the environment to the deployment beside it.
 */

/**
 * The phase a status suggests; the facilitator corrects it, since a file cannot tell the change that caused an
 * incident from the rollback that ended it. A deployment being queued or starting is marked as the trigger: a change
 * going out is what a review looks for first when asking what set the incident off. A failed deployment is a sign
 * that something is wrong (detection). A finished one is marked as mitigation, because the deployments that finish
 * while an incident is being reviewed are most often the rollback or the fix; the deployment that caused it shows up
 * by its start. An inactive status only says a newer deployment replaced this one (other).
 */
const PHASES: ReadonlyMap<string, TimelinePhase> = new Map(
  Object.entries({
    queued: 'trigger',
    pending: 'trigger',
    in_progress: 'trigger',
    failure: 'detection',
    error: 'detection',
    success: 'mitigation',
    inactive: 'other',
  } satisfies Record<string, TimelinePhase>),
);

/**
 * A deployment status, or a webhook event carrying one. A status always links its deployment and names its
 * environment; asking for one of them keeps out milestones and issues, which also have a state and a created_at.
 */
const isStatusLike = (entry: JsonRecord | null): boolean =>
  entry !== null &&
  (isRecord(entry.deployment_status) || (typeof entry.state === 'string' && 'created_at' in entry && ('deployment_url' in entry || 'environment' in entry)));

function statusesOf(json: unknown): { entries: unknown[]; path: string } | null {
  if (Array.isArray(json)) return { entries: json, path: '' };
  if (isRecord(json) && Array.isArray(json.statuses)) return { entries: json.statuses, path: 'statuses' };
  if (isRecord(json) && isRecord(json.deployment_status)) return { entries: [json], path: '' };
  return null;
}

export const githubDeploymentsReader: TimelineReader = {
  format: 'github-deployments',
  label: 'GitHub deployment statuses (JSON)',
  detect({ json }) {
    if (Array.isArray(json)) return isStatusLike(firstRecord(json));
    if (!isRecord(json)) return false;
    return isRecord(json.deployment_status) || isStatusLike(firstRecord(json.statuses));
  },
  read(file, options) {
    const read = readJsonFile(file);
    if (!read.ok) return read.preview;
    const list = statusesOf(read.json);
    if (list === null) return { events: [], rejected: [{ line: 1, reason: 'file: is not an array of GitHub deployment statuses' }] };
    if (list.entries.length === 0) return { events: [], rejected: [{ line: 1, reason: `${list.path || 'file'}: holds no deployment statuses` }] };
    const collector = new EntryCollector('deployment_import', options);
    list.entries.forEach((entry, index) => {
      const line = index + 1;
      const at = `${list.path}[${index}]`;
      if (!isRecord(entry)) return collector.reject(line, `${at}: is not a deployment status object`);
      // A webhook event: the status inside it, the deployment beside it.
      const isEvent = isRecord(entry.deployment_status);
      const status = isEvent ? (entry.deployment_status as JsonRecord) : entry;
      const path = isEvent ? `${at}.deployment_status` : at;
      // GraphQL answers the same states in capitals (IN_PROGRESS).
      const state = textOf(status.state).trim().toLowerCase();
      if (state === '') return collector.reject(line, `${path}.state: is missing`);
      const time = entryTime(status.created_at, options);
      if (!time.ok) return collector.reject(line, `${path}.created_at: ${time.message}`);
      const environment = (textOf(status.environment) || textAt(entry, 'deployment', 'environment')).trim();
      const detail = textOf(status.description).trim();
      collector.add(line, path, {
        occurredAt: time.occurredAt,
        description: `Deployment${environment === '' ? '' : ` to ${environment}`}: ${state.replaceAll('_', ' ')}${detail === '' ? '' : ` — ${detail}`}`,
        descriptionField: 'description',
        actor: textAt(status, 'creator', 'login'),
        actorField: 'creator.login',
        phase: PHASES.get(state) ?? 'other',
        origin: environment,
      });
    });
    return collector.preview;
  },
};
