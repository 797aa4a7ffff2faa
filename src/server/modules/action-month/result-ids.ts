import { randomBytes } from 'node:crypto';

/**
 * Ids for result rows that sort in the order the rows were entered (UUID version 7, RFC 9562 §5.7: 48-bit Unix
 * milliseconds, then a 12-bit counter in rand_a, then random bits), so a report lists its results as the unit typed
 * them without an order column: a save replaces every row, and the rows of one save share the millisecond.
 */
export function orderedResultIds(count: number, now: Date): string[] {
  if (count > 4096) throw new Error('at most 4096 ordered ids per call');
  const ms = BigInt(now.getTime());
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const b = randomBytes(16);
    for (let k = 0; k < 6; k += 1) b[k] = Number((ms >> BigInt(8 * (5 - k))) & 0xffn);
    b[6] = 0x70 | ((i >> 8) & 0x0f);
    b[7] = i & 0xff;
    b[8] = 0x80 | ((b[8] ?? 0) & 0x3f);
    const hex = b.toString('hex');
    ids.push(
      `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`,
    );
  }
  return ids;
}
