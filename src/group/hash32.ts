/**
 * 32-bit hashing in exact integer arithmetic: every multiply is `Math.imul` and every
 * result is brought back to an unsigned 32-bit value with `>>> 0`, so the same input gives
 * the same hash on every JavaScript engine. Signatures and band keys are built from these,
 * which is what lets a database or Spark job recompute them bit for bit.
 */

/** MurmurHash3's finaliser (fmix32): spreads every input bit over the whole word. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Combines a running hash with one more 32-bit value (order matters). */
export function combine32(hash: number, value: number): number {
  let h = (hash ^ Math.imul(value >>> 0, 0xcc9e2d51)) >>> 0;
  h = ((h << 13) | (h >>> 19)) >>> 0;
  return (Math.imul(h, 5) + 0xe6546b64) >>> 0;
}

/** FNV-1a over UTF-16 code units, finished with {@link mix32}. */
export function hashString32(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let index = 0; index < text.length; index++) {
    h ^= text.charCodeAt(index);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}
