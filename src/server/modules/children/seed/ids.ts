import crypto from 'node:crypto';

/**
 * Time-ordered UUIDs (version 7 layout: 48-bit millisecond time, then a counter, then random bits) for bulk
 * loads: consecutive ids land on the same index pages, so the primary key and the foreign-key checks of a
 * million-row COPY stay in cache instead of touching random pages. Unique across runs and processes through the
 * time prefix and 34 random bits per id.
 */
export function createIdSource(now = Date.now()): () => string {
  const time = now.toString(16).padStart(12, '0').slice(-12);
  const head = `${time.slice(0, 8)}-${time.slice(8, 12)}-7`;
  let counter = 0;
  let pool = crypto.randomBytes(4096);
  let at = 0;
  return () => {
    if (at + 5 > pool.length) {
      pool = crypto.randomBytes(4096);
      at = 0;
    }
    const c = counter++;
    // 40-bit counter: 12 bits in rand_a, 28 bits at the start of rand_b; then 34 random bits.
    const hi = Math.floor(c / 0x10000000) & 0xfff;
    const lo = c % 0x10000000;
    const r1 =
      ((pool[at] ?? 0) << 24) |
      ((pool[at + 1] ?? 0) << 16) |
      ((pool[at + 2] ?? 0) << 8) |
      (pool[at + 3] ?? 0);
    const r2 = (pool[at + 4] ?? 0) & 0x3;
    at += 5;
    // variant 10xx: two top bits of clock_seq, then 14 bits: 14 high bits of the 28-bit counter part.
    const seq = 0x8000 | (lo >>> 14);
    const node =
      ((lo & 0x3fff) * 4 + r2).toString(16).padStart(4, '0') + (r1 >>> 0).toString(16).padStart(8, '0');
    return `${head}${hi.toString(16).padStart(3, '0')}-${seq.toString(16)}-${node}`;
  };
}
