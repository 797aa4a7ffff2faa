import { describe, expect, it } from 'vitest';
import { editDistance, maxTyposFor, SyllableVocab } from './syllable-vocab';
import { planNameSearch, tokensOf } from './search-plan';

/** The pure parts of the name search: edit distance, tokens and the rank groups of a query. */
const vocab = new SyllableVocab();
vocab.add(
  ['nguyen', 'van', 'an', 'anh', 'vy', 'tran', 'thi', 'dao', 'nam'].map((s, i) => [i + 1, s] as const),
);

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions as one', () => {
    expect(editDistance('vn', 'van', 2)).toBe(1);
    expect(editDistance('nugyen', 'nguyen', 2)).toBe(1);
    expect(editDistance('ngyen', 'nguyen', 2)).toBe(1);
    expect(editDistance('ngyn', 'nguyen', 2)).toBe(2);
    expect(editDistance('an', 'an', 2)).toBe(0);
    expect(editDistance('abc', 'xyz', 1)).toBe(2); // gives up past the limit
  });

  it('tolerates no typo in one letter, one up to four letters, two from five', () => {
    expect([maxTyposFor('a'), maxTyposFor('vn'), maxTyposFor('tuan'), maxTyposFor('ngyen')]).toEqual([
      0, 1, 1, 2,
    ]);
  });
});

describe('planNameSearch', () => {
  it('splits on spaces, drops repeats and words without a letter', () => {
    expect(tokensOf("an  nguyen van an - '")).toEqual(['an', 'nguyen', 'van']);
  });

  it('corrects unknown syllables and keeps known ones exact', () => {
    const plan = planNameSearch('nguyen vn an', vocab);
    expect(plan.fuzzy?.kind).toBe('unknown');
    if (plan.fuzzy?.kind !== 'unknown') return;
    expect(plan.fuzzy.exact).toEqual(['nguyen', 'an']);
    expect(plan.fuzzy.corrected[0]?.d1).toEqual(expect.arrayContaining(['van', 'vy', 'an']));
  });

  it('corrects one known syllable at a time when every syllable is known, never a single word', () => {
    expect(planNameSearch('nguyen van am', vocab).fuzzy?.kind).toBe('unknown');
    expect(planNameSearch('nguyen van nam', vocab).fuzzy?.kind).toBe('one');
    expect(planNameSearch('nguyen', vocab).fuzzy).toBeNull();
  });

  it('gives up beyond two unknown syllables or when one has no neighbour', () => {
    expect(planNameSearch('ngyen vn aan', vocab).fuzzy).toBeNull();
    expect(planNameSearch('nguyen qqqqqq', vocab).fuzzy).toBeNull();
  });
});
