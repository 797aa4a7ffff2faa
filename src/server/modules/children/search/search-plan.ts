import { maxTyposFor, type SyllableVocab } from './syllable-vocab';

/**
 * How a name query is answered: a list of rank groups ("tiers"), each a condition on the child's syllables,
 * read in order, each in name order (name_search, id) so that a keyset cursor works inside every tier:
 *   1 exact   — name_search equals the folded query;
 *   2 prefix  — name_search starts with it ("nguyen van a" while typing; "nguyen" finds the Nguyễn in name order);
 *   3 all     — every typed syllable is one of the child's syllables, in any order;
 *   4 fuzzy   — every typed syllable matches within the typo budget, split by total typos (score 1, then 2).
 * A syllable typed that no child has ("vn") can only match as a typo; one that exists is kept exact first and
 * corrected only when the query has no unknown syllable (then one syllable at a time is corrected).
 */
export const TYPO_BUDGET = 2;
/** More words than any real name: the rest are ignored. */
export const MAX_TOKENS = 6;

export type TokenCandidates = {
  token: string;
  known: boolean;
  /** Vocabulary syllables at 1 and 2 typos. */
  d1: string[];
  d2: string[];
};

export type FuzzyPlan =
  /** Unknown syllables are corrected; the known ones must match exactly. */
  | { kind: 'unknown'; exact: string[]; corrected: TokenCandidates[] }
  /** Every syllable is known: one of them at a time is corrected. */
  | { kind: 'one'; tokens: TokenCandidates[] };

export type NamePlan = {
  /** The folded query, compared with name_search for tier 1. */
  text: string;
  tokens: string[];
  fuzzy: FuzzyPlan | null;
};

/** The syllables of a folded query, split like f_name_syllables (on spaces), deduplicated. */
export function tokensOf(folded: string): string[] {
  const out: string[] = [];
  // A "word" without a letter or digit (a stray quote or dash) would match nothing or, as a typo, anything.
  for (const t of folded.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(t) && !out.includes(t)) out.push(t);
  return out.slice(0, MAX_TOKENS);
}

export function planNameSearch(folded: string, vocab: SyllableVocab): NamePlan {
  const tokens = tokensOf(folded);
  const candidates: TokenCandidates[] = tokens.map((token) => {
    const near = vocab.near(token, maxTyposFor(token));
    return {
      token,
      known: vocab.has(token),
      d1: near.filter((n) => n.distance === 1).map((n) => n.syllable),
      d2: near.filter((n) => n.distance === 2).map((n) => n.syllable),
    };
  });
  const unknown = candidates.filter((c) => !c.known);
  let fuzzy: FuzzyPlan | null = null;
  if (tokens.length === 0) fuzzy = null;
  else if (unknown.length === 0) {
    // Correcting a known syllable of a one-word query would list every similar name: not a search any more.
    fuzzy = tokens.length >= 2 ? { kind: 'one', tokens: candidates } : null;
  } else if (unknown.length <= TYPO_BUDGET && unknown.every((c) => c.d1.length + c.d2.length > 0)) {
    fuzzy = {
      kind: 'unknown',
      exact: candidates.filter((c) => c.known).map((c) => c.token),
      corrected: unknown,
    };
  }
  return { text: folded, tokens, fuzzy };
}
