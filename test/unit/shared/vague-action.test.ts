import { describe, expect, it } from 'vitest';
import { isVagueAction } from '../../../src/shared/actions/vague-action.ts';

// Labelled by hand from seed 001 ("Concrete — specific actions, not vague 'improve monitoring'") and the example
// items of seeds 002 and 003.
describe('isVagueAction', () => {
  it.each([
    'Improve monitoring',
    'improve monitoring',
    'Improve monitoring and alerting systems',
    'Enhance observability',
    'Better communication',
    'Look into the database',
    'Investigate the outage',
    'Review processes',
    'Consider more testing',
    'Make sure it does not happen again',
  ])('vague: %s', (title) => {
    expect(isVagueAction(title)).toBe(true);
  });

  it.each([
    // Seed 002's examples: a concrete verb, or a concrete thing to change.
    'Add validation',
    'Improve runbook',
    // Seed 003's examples.
    'Update or create playbooks',
    'Update documentation',
    'Schedule training sessions',
    // A number makes the outcome checkable: a threshold, a percentage, a date.
    'Improve alerting so checkout failures page within 2 minutes',
    'Improve p99 latency to under 300 ms',
    'Review the retry settings by 2026-12-20',
    // A concrete thing to build or change.
    'Improve the ledger failover runbook',
    'Investigate and add an alert on queue depth',
    'Review the timeout limits of the card processor',
    // A named system, written as code is.
    'Investigate ledger-db replication',
    'Look into PaymentService retries',
    // No vague verb at all.
    'Alert on ledger queue depth',
    'Write the ledger failover runbook',
    '',
  ])('concrete: %j', (title) => {
    expect(isVagueAction(title)).toBe(false);
  });
});
