/**
 * Proof of work of the public report form: finds a nonce such that SHA-256(challenge + ':' + nonce) starts with
 * `bits` zero bits (2^bits tries on average; 16 bits ≈ 65,000). WebCrypto hashes batches in parallel; the loop
 * yields between batches so the page keeps answering and can show progress. Outside a secure context (plain http
 * on a local network) WebCrypto is missing: a small SHA-256 in JavaScript takes over.
 */

export type PowProgress = (tried: number, expected: number) => void;

const BATCH = 512;

function zeroBits(words: ArrayLike<number>): number {
  let bits = 0;
  for (let i = 0; i < words.length; i++) {
    const z = Math.clz32(words[i] ?? 0);
    bits += z;
    if (z < 32) break;
  }
  return bits;
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function solvePow(challenge: string, bits: number, onProgress: PowProgress): Promise<string> {
  const encoder = new TextEncoder();
  const prefix = `${challenge}:`;
  const expected = 2 ** bits;
  const subtle = globalThis.crypto?.subtle as SubtleCrypto | undefined;
  for (let start = 0; ; start += BATCH) {
    const nonces = Array.from({ length: BATCH }, (_, i) => String(start + i));
    const hashes = subtle
      ? await Promise.all(
          nonces.map(async (n) => {
            const digest = await subtle.digest('SHA-256', encoder.encode(prefix + n));
            return zeroBits([new DataView(digest).getUint32(0), new DataView(digest).getUint32(4)]);
          }),
        )
      : nonces.map((n) => zeroBits(sha256Words(encoder.encode(prefix + n))));
    const found = hashes.findIndex((z) => z >= bits);
    if (found >= 0) return nonces[found] ?? '0';
    onProgress(start + BATCH, expected);
    await yieldToPage();
  }
}

// SHA-256 (FIPS 180-4). The round constants are the fractional parts of the cube roots of the first 64 primes,
// the initial hash those of the square roots of the first 8: computed rather than listed.
const PRIMES: number[] = [];
for (let n = 2; PRIMES.length < 64; n++) if (PRIMES.every((p) => n % p !== 0)) PRIMES.push(n);
const frac = (x: number) => ((x - Math.floor(x)) * 2 ** 32) >>> 0;
const K = PRIMES.map((p) => frac(Math.cbrt(p)));
const H0 = PRIMES.slice(0, 8).map((p) => frac(Math.sqrt(p)));
const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** The digest as eight 32-bit words. */
export function sha256Words(message: Uint8Array): Uint32Array {
  const blocks = Math.ceil((message.length + 9) / 64);
  const buf = new Uint8Array(blocks * 64);
  buf.set(message);
  buf[message.length] = 0x80;
  const view = new DataView(buf.buffer);
  view.setUint32(buf.length - 4, message.length * 8);
  view.setUint32(buf.length - 8, Math.floor((message.length * 8) / 2 ** 32));
  const h = Uint32Array.from(H0);
  const w = new Uint32Array(64);
  for (let off = 0; off < buf.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15] ?? 0;
      const b = w[i - 2] ?? 0;
      const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
      const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
      w[i] = (w[i - 16] ?? 0) + s0 + (w[i - 7] ?? 0) + s1;
    }
    let [a, b, c, d, e, f, g, hh] = [h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7]].map((x) => x ?? 0) as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    for (let i = 0; i < 64; i++) {
      const t1 =
        (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + (K[i] ?? 0) + (w[i] ?? 0)) |
        0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    [a, b, c, d, e, f, g, hh].forEach((x, i) => (h[i] = (h[i] ?? 0) + x));
  }
  return h;
}
