import { combine32, mix32 } from "./hash32.js";

/**
 * One-permutation MinHash (Li, Owen & Zhang 2012) with optimal densification
 * (Shrivastava 2017): each shingle is hashed once, falls into one of `size` bins, and each
 * bin keeps its smallest value. Empty bins borrow the value of a non-empty bin picked by a
 * probe sequence that depends only on the bin number, so two documents borrow alike and
 * the collision probability per bin stays the Jaccard similarity. One pass, O(n + size).
 *
 * @param shingleHashes - 32-bit hashes of the document's shingles (duplicates are fine)
 * @param size - number of bins (signature length)
 * @param seed - the signature scheme's seed
 * @returns the signature: `size` unsigned 32-bit values
 */
export function minHashSignature(
  shingleHashes: ArrayLike<number>,
  size: number,
  seed: number,
): Uint32Array {
  const EMPTY = 0xffffffff;
  const signature = new Uint32Array(size).fill(EMPTY);
  const filled = new Uint8Array(size);
  const binSeed = mix32(seed ^ 0x9e3779b9);
  const valueSeed = mix32(seed ^ 0x7f4a7c15);
  // A power-of-two size (64 by default) takes the same remainder with a mask, sparing a
  // division per shingle.
  const mask = (size & (size - 1)) === 0 ? size - 1 : -1;
  for (let index = 0; index < shingleHashes.length; index++) {
    const shingle = (shingleHashes[index] ?? 0) >>> 0;
    const mixed = mix32(shingle ^ binSeed);
    const bin = mask >= 0 ? mixed & mask : mixed % size;
    const value = mix32(shingle ^ valueSeed);
    filled[bin] = 1;
    if (value < (signature[bin] ?? EMPTY)) signature[bin] = value;
  }
  let filledCount = 0;
  for (let bin = 0; bin < size; bin++) filledCount += filled[bin] ?? 0;
  if (filledCount === 0 || filledCount === size) return signature;
  for (let bin = 0; bin < size; bin++) {
    if (filled[bin]) continue;
    // Probe bins in a fixed pseudo-random order for this bin until one holds a value.
    for (let attempt = 1; ; attempt++) {
      const donor = mix32(combine32(combine32(seed, bin), attempt)) % size;
      if (filled[donor]) {
        signature[bin] = signature[donor] ?? EMPTY;
        break;
      }
    }
  }
  return signature;
}

/**
 * Classic MinHash with `size` independent hash functions: the reference the one-permutation
 * scheme is measured against (same accuracy, `size` times the work).
 *
 * @param shingleHashes - 32-bit hashes of the document's shingles
 * @param size - number of hash functions
 * @param seed - the signature scheme's seed
 * @returns the signature
 */
export function minHashSignatureIndependent(
  shingleHashes: ArrayLike<number>,
  size: number,
  seed: number,
): Uint32Array {
  const signature = new Uint32Array(size).fill(0xffffffff);
  for (let fn = 0; fn < size; fn++) {
    const fnSeed = mix32(combine32(seed, fn + 1));
    let min = 0xffffffff;
    for (let index = 0; index < shingleHashes.length; index++) {
      const value = mix32(((shingleHashes[index] ?? 0) ^ fnSeed) >>> 0);
      if (value < min) min = value;
    }
    signature[fn] = min;
  }
  return signature;
}

/**
 * Estimated Jaccard similarity of the shingle sets behind two signatures: the share of
 * positions where they agree. Positions still holding the empty marker `0xffffffff` (a
 * document without shingles) never count as agreement.
 *
 * @param a - a signature
 * @param b - a signature of the same scheme and size
 * @returns a value from 0 to 1
 */
export function estimateJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const size = Math.min(a.length, b.length);
  if (size === 0) return 0;
  let equal = 0;
  for (let index = 0; index < size; index++) {
    const value = a[index];
    if (value === b[index] && value !== 0xffffffff) equal++;
  }
  return equal / size;
}
