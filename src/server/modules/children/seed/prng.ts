/**
 * A small seeded pseudo-random generator (sfc32, seeded through splitmix32) and weighted choice, so that the same
 * seed always produces the same synthetic register. Not for anything secret.
 */
export type Rng = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max] inclusive. */
  int(min: number, max: number): number;
  /** true with probability p. */
  chance(p: number): boolean;
};

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** The 32-bit seed of a string or number seed (FNV-1a over its text). */
export function seedOf(seed: string | number): number {
  const text = String(seed);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function createRng(seed: string | number): Rng {
  const init = splitmix32(seedOf(seed));
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const next32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) next32();
  const next = () => next32() / 4294967296;
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
  };
}

/** Weighted choice by binary search over cumulative weights: O(log n) per draw. */
export type Picker<T> = (rng: Rng) => T;

export function weighted<T>(entries: ReadonlyArray<readonly [T, number]>): Picker<T> {
  if (entries.length === 0) throw new Error('weighted(): no entries');
  const values = entries.map((e) => e[0]);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, w] of entries) {
    total += w;
    cumulative.push(total);
  }
  return (rng) => {
    const x = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] ?? 0) > x) hi = mid;
      else lo = mid + 1;
    }
    return values[lo] as T;
  };
}

/**
 * Weights for a long tail: the i-th item of a list (0-based) gets base / (i + 1)^s (Zipf-like). Lists of names are
 * written roughly in order of frequency, so a list can stay a plain array.
 */
export function zipf<T>(items: readonly T[], base: number, s = 1): Array<readonly [T, number]> {
  return items.map((item, i) => [item, base / Math.pow(i + 1, s)] as const);
}
