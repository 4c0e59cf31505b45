import { describe, expect, it } from 'vitest';
import { githubDeploymentsReader } from '../../../../src/shared/timeline/formats/github-deployments-reader.ts';
import { detectFormat } from '../../../../src/shared/timeline/formats/registry.ts';
import { context, fixtureFile, jsonFile, otherClaims, row } from '../../../harness/timeline-fixtures.ts';

const FIXTURE = 'github-deployments/payments-api-statuses.json';

/** A deployment status as the REST API lists it, with only the fields a test needs. */
const status = (fields: Record<string, unknown> = {}) => ({
  state: 'success',
  creator: { login: 'octo-dev' },
  description: 'Deployed',
  environment: 'production',
  created_at: '2026-11-20T22:00:00Z',
  deployment_url: 'https://api.github.com/repos/acme/app/deployments/1',
  ...fields,
});

describe('the GitHub deployments reader', () => {
  it('is detected from the statuses of the fixture, and no other reader claims them', () => {
    const file = fixtureFile(FIXTURE);
    expect(detectFormat(file)).toBe('github-deployments');
    expect(otherClaims(file, 'github-deployments')).toEqual([]);
  });

  it('reads each status in UTC, with the creator as actor and the phase its state suggests', () => {
    const preview = githubDeploymentsReader.read(fixtureFile(FIXTURE), context);
    // The API lists the newest status first; the timeline sorts by time.
    expect(preview.events.map(row)).toEqual([
      [1, '2026-11-21T00:14:41.000Z', 'other', 'github-actions[bot]', 'Deployment to production: inactive'],
      [2, '2026-11-21T00:12:40.000Z', 'mitigation', 'ana-lima', 'Deployment to production: success — Rolled back to v4.11.3'],
      [3, '2026-11-21T00:09:58.000Z', 'trigger', 'ana-lima', 'Deployment to production: in progress — Rolling back | v4.12.0 → v4.11.3'],
      // 01:09:30 at +01:00 is 00:09:30 UTC.
      [4, '2026-11-21T00:09:30.000Z', 'trigger', 'ana-lima', 'Deployment to production: queued'],
      [5, '2026-11-20T23:31:12.000Z', 'mitigation', 'github-actions[bot]', 'Deployment to production: success — Deployed v4.12.0'],
      // The creator is null (a deleted account).
      [6, '2026-11-20T23:27:00.000Z', 'trigger', '', "Deployment to production: in progress — Deploying v4.12.0 <script>alert('gh')</script> **fast**"],
      // 18:26 at -05:00 is 23:26 UTC.
      [7, '2026-11-20T23:26:00.000Z', 'trigger', 'github-actions[bot]', 'Deployment to production: pending'],
      [9, '2026-11-20T23:20:00.000Z', 'detection', 'samir-h', 'Deployment to staging: failure — Smoke test failed: פקודה נכשלה | exit 1'],
    ]);
    expect(preview.rejected).toEqual([{ line: 8, reason: '[7].created_at: must be a date and time as text, for example 2026-11-20T14:05:09Z' }]);
    expect(preview.events.map((event) => event.origin)).toEqual([
      'production',
      'production',
      'production',
      'production',
      'production',
      'production',
      'production',
      'staging',
    ]);
    expect(new Set(preview.events.map((event) => [event.source, event.precision].join()))).toEqual(new Set(['deployment_import,second']));
  });

  it('keeps only the statuses inside --from and --until, both ends included', () => {
    const preview = githubDeploymentsReader.read(fixtureFile(FIXTURE), {
      ...context,
      from: Date.parse('2026-11-20T23:26:00Z'),
      until: Date.parse('2026-11-21T00:09:30Z'),
    });
    expect(preview.events.map((event) => event.line)).toEqual([4, 5, 6, 7]);
  });

  it.each([
    ['queued', 'trigger'],
    ['pending', 'trigger'],
    ['in_progress', 'trigger'],
    ['failure', 'detection'],
    ['error', 'detection'],
    ['success', 'mitigation'],
    ['inactive', 'other'],
    ['IN_PROGRESS', 'trigger'],
    ['constructor', 'other'],
  ])('suggests the phase of the state %s', (state, phase) => {
    expect(githubDeploymentsReader.read(jsonFile('s.json', [status({ state })]), context).events.map((event) => event.phase)).toEqual([phase]);
  });

  it('reads { "statuses": [...] } and deployment_status webhook events, taking the environment from the deployment', () => {
    const wrapped = jsonFile('s.json', { statuses: [status({ description: '' })] });
    expect(detectFormat(wrapped)).toBe('github-deployments');
    expect(githubDeploymentsReader.read(wrapped, context).events.map((event) => event.description)).toEqual(['Deployment to production: success']);

    const event = {
      action: 'created',
      deployment_status: status({ environment: undefined, state: 'failure', description: 'Health check failed' }),
      deployment: { id: 1, environment: 'eu-west' },
      repository: { full_name: 'acme/app' },
      sender: { login: 'octo-dev' },
    };
    for (const file of [jsonFile('event.json', event), jsonFile('events.json', [event])]) {
      expect(detectFormat(file)).toBe('github-deployments');
      expect(githubDeploymentsReader.read(file, context).events.map((read) => [read.origin, read.phase, read.description])).toEqual([
        ['eu-west', 'detection', 'Deployment to eu-west: failure — Health check failed'],
      ]);
    }
    const withoutEnvironment = jsonFile('s.json', [status({ environment: undefined, description: 'Deployed' })]);
    expect(githubDeploymentsReader.read(withoutEnvironment, context).events.map((read) => [read.origin, read.description])).toEqual([
      ['', 'Deployment: success — Deployed'],
    ]);
  });

  it('names the status and field of each damaged status', () => {
    const preview = githubDeploymentsReader.read(
      jsonFile('s.json', {
        statuses: [
          [],
          status({ state: '' }),
          status({ created_at: '2026-02-30T10:00:00Z' }),
          { deployment_status: { created_at: 'x' } },
          status({ creator: { login: 'a\u0000' } }),
        ],
      }),
      context,
    );
    expect(preview.events).toEqual([]);
    expect(preview.rejected).toEqual([
      { line: 1, reason: 'statuses[0]: is not a deployment status object' },
      { line: 2, reason: 'statuses[1].state: is missing' },
      { line: 3, reason: 'statuses[2].created_at: must be a real calendar date' },
      { line: 4, reason: 'statuses[3].deployment_status.state: is missing' },
      { line: 5, reason: 'statuses[4].creator.login: must not contain the NUL character (U+0000); remove it and try again' },
    ]);
  });

  it('refuses JSON without statuses, and does not claim deployments or other arrays', () => {
    expect(githubDeploymentsReader.read(jsonFile('s.json', []), context).rejected).toEqual([{ line: 1, reason: 'file: holds no deployment statuses' }]);
    expect(githubDeploymentsReader.read(jsonFile('s.json', { deployments: [] }), context).rejected).toEqual([
      { line: 1, reason: 'file: is not an array of GitHub deployment statuses' },
    ]);
    const deployments = [
      { id: 1, sha: 'a84d88e', ref: 'main', task: 'deploy', environment: 'production', created_at: '2026-11-20T22:00:00Z', creator: { login: 'x' } },
    ];
    expect(detectFormat(jsonFile('deployments.json', deployments))).toBeNull();
    expect(detectFormat(jsonFile('x.json', [{ state: 'open', created_at: '2026-11-20T22:00:00Z', title: 'An issue' }]))).toBeNull();
    const milestones = [{ title: 'v4.12', state: 'open', creator: { login: 'x' }, created_at: '2026-11-20T22:00:00Z' }];
    expect(detectFormat(jsonFile('milestones.json', milestones))).toBeNull();
  });
});
