/** Latency statistics in milliseconds. */
export type Latency = { n: number; p50: number; p95: number; p99: number; mean: number };

export function summarize(samplesMs: number[]): Latency {
  const s = [...samplesMs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    n: s.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    mean: round(s.reduce((a, b) => a + b, 0) / Math.max(1, s.length)),
  };
}

/** Runs fn `iterations` times after `warmup` unmeasured runs and returns the latency of each run. */
export async function measure(fn: () => Promise<unknown>, iterations: number, warmup = 5): Promise<Latency> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}

export function fmt(l: Latency): string {
  return `p50 ${l.p50.toFixed(2)} / p95 ${l.p95.toFixed(2)} / p99 ${l.p99.toFixed(2)} ms`;
}
