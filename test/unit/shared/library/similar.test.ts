import { describe, expect, it } from 'vitest';
import { contributingFactorNames } from '../../../../src/shared/library/factor-names.ts';
import { rankSimilar, reasonText, significantTerms, type SimilarityProfile } from '../../../../src/shared/library/similar.ts';

const profile = (meetingId: string, fields: Partial<SimilarityProfile> = {}): SimilarityProfile => ({
  meetingId,
  title: '',
  summary: '',
  services: [],
  factors: [],
  ...fields,
});

describe('significantTerms', () => {
  it.each([
    ['The cache was cold after the deploy', ['cache', 'cold', 'deploy']],
    ['DB db Db', []],
    ['Réplica lag: réplica LAG', ['réplica', 'lag']],
    ['خطأ في الدفع', ['خطأ', 'الدفع']],
    ['incident outage review', []],
  ])('%s', (text, expected) => {
    expect(significantTerms(text)).toEqual(expected);
  });
});

describe('rankSimilar', () => {
  const target = profile('t', { title: 'Checkout cache cold', services: ['checkout', 'Payments'], factors: ['Capacity', 'Process'] });

  it('weighs a shared service over a shared factor over a shared word, ignoring case', () => {
    const ranked = rankSimilar(target, [
      profile('word', { title: 'Cache warm-up' }),
      profile('factor', { factors: ['capacity'] }),
      profile('service', { services: ['PAYMENTS'] }),
    ]);
    expect(ranked.map((match) => [match.meetingId, match.score])).toEqual([
      ['service', 3],
      ['factor', 2],
      ['word', 1],
    ]);
    expect(ranked[0]?.reasons).toEqual([{ kind: 'service', name: 'Payments' }]);
  });

  it('leaves out the review itself and reviews sharing nothing, and stops at the limit', () => {
    const ranked = rankSimilar(
      target,
      [target, profile('none', { title: 'Office wifi' }), profile('a', { factors: ['Process'] }), profile('b', { factors: ['Process'] })],
      1,
    );
    expect(ranked.map((match) => match.meetingId)).toEqual(['a']);
  });

  it('breaks a tie by more kinds of reason, then by the order given', () => {
    const ranked = rankSimilar(target, [
      profile('two-factors', { factors: ['Capacity', 'Process'] }),
      profile('one-of-each-kind', { services: ['checkout'], title: 'cold' }),
      profile('later-same', { factors: ['Capacity', 'Process'] }),
    ]);
    expect(ranked.map((match) => match.meetingId)).toEqual(['one-of-each-kind', 'two-factors', 'later-same']);
  });

  it('words its reasons for a person', () => {
    expect([
      reasonText({ kind: 'service', name: 'checkout' }),
      reasonText({ kind: 'factor', name: 'Capacity' }),
      reasonText({ kind: 'term', name: 'cache' }),
    ]).toEqual(['shared service checkout', 'shared factor Capacity', 'shared word cache']);
  });
});

describe('contributingFactorNames', () => {
  it('lists the review’s own factors first, then its items’, each once ignoring case', () => {
    expect(
      contributingFactorNames([
        { itemKind: 'why', itemId: 'w', factor: 'Knowledge' },
        { itemKind: 'meeting', itemId: 'm', factor: 'Capacity' },
        { itemKind: 'note', itemId: 'n', factor: 'capacity' },
        { itemKind: 'meeting', itemId: 'm', factor: 'Process' },
      ]),
    ).toEqual(['Capacity', 'Process', 'Knowledge']);
  });
});
