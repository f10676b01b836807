/** Seeded random draws for the demo history: reproducible, never Math.random. */

/** mulberry32 seeded with the FNV-1a hash of `key`: a small, fast, reproducible generator in [0, 1). */
export function seededRandom(key: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  let s = h >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = Math.imul(s ^ (s >>> 15), s | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform draw in [from, to). */
export const uniform = (rng: () => number, from: number, to: number) => from + (to - from) * rng();

/** One item, with probability proportional to its weight. */
export function pick<T>(rng: () => number, weighted: ReadonlyArray<readonly [T, number]>): T {
  const total = weighted.reduce((s, [, w]) => s + w, 0);
  let r = rng() * total;
  for (const [item, w] of weighted) {
    r -= w;
    if (r < 0) return item;
  }
  return (weighted[weighted.length - 1] as readonly [T, number])[0];
}

/** A Poisson count with this mean (Knuth: fine for the small means of one hour at one center). */
export function poisson(rng: () => number, mean: number): number {
  const limit = Math.exp(-mean);
  let n = 0;
  for (let p = rng(); p > limit; p *= rng()) n++;
  return n;
}

/** A standard normal draw (Box–Muller). */
export function normal(rng: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}
