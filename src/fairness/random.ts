// mulberry32 (T. Ettinger, public domain): a small 32-bit generator with a seed, for the
// bootstrap of src/fairness/association.ts: the same seed, the same numbers, on every
// machine and Node.js. Not for anything secret.
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
