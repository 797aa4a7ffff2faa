/**
 * The vocabulary of unaccented name syllables (child_name_syllables, migrations/0012_children_search.sql) held in
 * memory per database, and typo matching against it. Matching a typed syllable against a few thousand syllables
 * by edit distance takes well under a millisecond, which is what makes typo tolerance as cheap for a national
 * register as for a commune.
 *
 * The cache is only a source of typo candidates: exact matching never depends on it, so a syllable another app
 * instance has just added is found exactly at once and as a typo target after the next refresh.
 */
export class SyllableVocab {
  private byLength = new Map<number, string[]>();
  private all = new Set<string>();
  lastId = 0;
  loadedAt = 0;

  get size(): number {
    return this.all.size;
  }

  has(s: string): boolean {
    return this.all.has(s);
  }

  reset(): void {
    this.byLength.clear();
    this.all.clear();
    this.lastId = 0;
  }

  add(rows: ReadonlyArray<readonly [number, string]>): void {
    for (const [id, syllable] of rows) {
      if (id > this.lastId) this.lastId = id;
      if (this.all.has(syllable)) continue;
      this.all.add(syllable);
      const list = this.byLength.get(syllable.length);
      if (list) list.push(syllable);
      else this.byLength.set(syllable.length, [syllable]);
    }
  }

  /** Syllables within `maxDistance` edits of s (s itself excluded), with their distance. */
  near(s: string, maxDistance: number): Array<{ syllable: string; distance: number }> {
    const out: Array<{ syllable: string; distance: number }> = [];
    if (maxDistance <= 0) return out;
    for (let len = Math.max(1, s.length - maxDistance); len <= s.length + maxDistance; len++) {
      for (const candidate of this.byLength.get(len) ?? []) {
        if (candidate === s) continue;
        const d = editDistance(s, candidate, maxDistance);
        if (d <= maxDistance) out.push({ syllable: candidate, distance: d });
      }
    }
    return out;
  }
}

/**
 * Typos tolerated in one typed syllable: none in a single letter (it would be "similar" to every short syllable),
 * one in short syllables, two from five letters ("ngyen" → "nguyen").
 */
export function maxTyposFor(syllable: string): number {
  if (syllable.length <= 1) return 0;
  return syllable.length >= 5 ? 2 : 1;
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transposition, "nugyen" → "nguyen" is one typo),
 * giving up as soon as it must exceed `max` (returns max + 1 then).
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n] ?? max + 1;
}

/** Full reload period: catches a syllable whose id was committed out of order by a concurrent transaction. */
export const VOCAB_RELOAD_MS = 5 * 60_000;

const caches = new WeakMap<object, SyllableVocab>();

/** The vocabulary cache of one database (keyed by its handle, so test databases never share one). */
export function vocabFor(db: object): SyllableVocab {
  let v = caches.get(db);
  if (!v) {
    v = new SyllableVocab();
    caches.set(db, v);
  }
  return v;
}
