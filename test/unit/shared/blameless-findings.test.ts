import { describe, expect, it } from 'vitest';
import { BLAME_KINDS, findBlame } from '../../../src/shared/blameless.ts';

describe('the anti-patterns from the facilitation guide', () => {
  it.each(['Follow the process!', "Don't let it happen again.", 'They should have known.', 'Who messed up?'])(
    '%j is flagged with a reason and a question',
    (text) => {
      const findings = findBlame(text);
      expect(findings.length).toBeGreaterThan(0);
      for (const finding of findings) {
        expect(finding.reason.length).toBeGreaterThan(10);
        expect(finding.question).toMatch(/\?$/);
      }
    },
  );
});

describe('finding ranges', () => {
  it('points into the blaming sentence of a longer note, and only there', () => {
    const note = 'At 14:05 the error rate rose on checkout. The whole outage is on Bruno. We rolled back at 14:20 and errors dropped.';
    const findings = findBlame(note);
    const blaming = { start: note.indexOf('The whole'), end: note.indexOf('Bruno.') + 'Bruno.'.length };
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(note.slice(finding.start, finding.end)).toBe(finding.text);
      expect(finding.start).toBeGreaterThanOrEqual(blaming.start);
      expect(finding.end).toBeLessThanOrEqual(blaming.end);
    }
  });

  it.each([
    ["Marguerite's schema change is what took billing offline.", 'took'],
    ['Had Oluwaseun read the alert, we would have been fine.', 'Oluwaseun'],
    ['Tobiah is the reason the queue backed up.', 'reason'],
    ['The on-call should have paged the DBA sooner.', 'should have'],
    ['Pere needs to be more careful with deploys.', 'careful'],
    ['Revoke Ayesha’s production access.', 'Revoke'],
  ])('in %j the range covers %j', (text, phrase) => {
    const [finding] = findBlame(text);
    expect(finding).toBeDefined();
    if (!finding) return;
    const at = text.indexOf(phrase);
    expect(text.slice(finding.start, finding.end)).toBe(finding.text);
    expect(finding.start <= at && at + phrase.length <= finding.end).toBe(true);
  });

  it('keeps UTF-16 offsets around emoji and other scripts', () => {
    const text = '🚒 東京 region: Björn 💥 broke the failover again.';
    const findings = findBlame(text);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) expect(text.slice(finding.start, finding.end)).toBe(finding.text);
  });
});

describe('finding shape and reasons', () => {
  it('keeps the fields the UI and CLI read, plus a plain-words reason', () => {
    const [finding] = findBlame('Ines broke the build and went home.');
    expect(finding).toBeDefined();
    expect(Object.keys(finding ?? {}).sort()).toEqual(['end', 'kind', 'question', 'reason', 'start', 'text']);
    expect(BLAME_KINDS).toContain(finding?.kind);
    expect(finding?.reason).not.toMatch(/_|\?$/);
  });

  it.each([
    ['Benoît took the payment service down with his hotfix.', 'person_as_cause'],
    ['Revoke Ayesha’s production access.', 'punishment'],
    ['Pere needs to be more careful with deploys.', 'prescription'],
    ['Root cause: human error.', 'human_error'],
  ])('%j is explained as %s', (text, kind) => {
    expect(findBlame(text).map((finding) => finding.kind)).toContain(kind);
  });
});

describe('names doing neutral things are not blame', () => {
  it.each([
    'Benoît restarted the payment service at 09:12.',
    'Ayesha has production access for the migration window.',
    'Oluwaseun read the alert aloud on the bridge.',
    'Marguerite wrote the schema change and its rollback.',
    'Pere will add a confirmation step to the deploy tool.',
    'Thanks to Bruno the rollback took four minutes.',
    'The follow-up is on Ines, due Friday.',
    '09:40 Chiamaka pages the network team.',
    'The deploy failed and the error rate rose to 4%.',
    'The pipeline should have blocked the release.',
    'We should add a canary for config changes.',
  ])('%j', (text) => {
    expect(findBlame(text)).toEqual([]);
  });
});
