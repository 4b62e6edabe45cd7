import { describe, expect, it } from "vitest";
import { chooseLshParameters } from "../../src/group/index.js";
import {
  estimateJaccard,
  minHashSignature,
  minHashSignatureIndependent,
} from "../../src/group/minHash.js";
import { wordShingleHashes } from "../../src/group/storyReading.js";
import { prng } from "../helpers/prng.js";

// The signature of one sentence under the scheme of STORY_INDEX_VERSION 1 (64 bins shown
// as 8): band keys stored elsewhere depend on these exact values.
const STABLE_SIGNATURE = [
  3010525888, 3410681445, 3410681445, 3806040115, 3806040115, 993349271, 932800109, 993349271,
];

/** Two sets of `size` random 32-bit values sharing enough to have Jaccard `jaccard`. */
function setPair(size: number, jaccard: number, random: () => number): [Uint32Array, Uint32Array] {
  const shared = Math.round((2 * size * jaccard) / (1 + jaccard));
  const draw = () => Math.floor(random() * 4294967296) >>> 0;
  const common = Array.from({ length: shared }, draw);
  const a = [...common, ...Array.from({ length: size - shared }, draw)];
  const b = [...common, ...Array.from({ length: size - shared }, draw)];
  return [Uint32Array.from(a), Uint32Array.from(b)];
}

describe("MinHash signatures", () => {
  it("gives the same signature for the same shingles, whatever their order", () => {
    const shingles = wordShingleHashes(
      "The Indian navy captured 23 pirates in the Gulf of Aden.",
      3,
      1,
    );
    const reversed = Uint32Array.from(shingles).reverse();
    expect([...minHashSignature(shingles, 64, 1)]).toEqual([...minHashSignature(reversed, 64, 1)]);
  });

  it("keeps the versioned scheme stable (changing these values means a new STORY_INDEX_VERSION)", () => {
    const shingles = wordShingleHashes("Lavrov said the talks were a road to nowhere", 3, 1);
    expect([...minHashSignature(shingles, 8, 1)]).toEqual(STABLE_SIGNATURE);
  });

  it.each([
    { text: "", shingles: 0 },
    { text: "Kyiv", shingles: 1 },
    { text: "Zelenskyy met Trump", shingles: 1 },
    { text: "Zelenskyy met Trump in Washington", shingles: 3 },
    { text: "Zelenskyy met Trump — https://example.com/a/b in Washington", shingles: 3 },
  ])("shingles “$text” into $shingles", ({ text, shingles }) => {
    expect(wordShingleHashes(text, 3, 1).length).toBe(shingles);
  });

  it("resembles nothing when there is nothing to hash", () => {
    const empty = minHashSignature(new Uint32Array(0), 16, 1);
    expect([...empty]).toEqual(new Array(16).fill(0xffffffff));
    expect(estimateJaccard(empty, empty)).toBe(0);
  });

  it.each([
    { jaccard: 0.1 },
    { jaccard: 0.3 },
    { jaccard: 0.5 },
    { jaccard: 0.75 },
    { jaccard: 0.9 },
  ])(
    "estimates Jaccard $jaccard as well as k independent hashes (128 bins, 200 pairs)",
    ({ jaccard }) => {
      const random = prng(Math.round(jaccard * 1000));
      let onePermutationError = 0;
      let independentError = 0;
      for (let pair = 0; pair < 200; pair++) {
        const size = 40 + Math.floor(random() * 400);
        const [a, b] = setPair(size, jaccard, random);
        const truth =
          Math.round((2 * size * jaccard) / (1 + jaccard)) /
          (2 * size - Math.round((2 * size * jaccard) / (1 + jaccard)));
        onePermutationError += Math.abs(
          estimateJaccard(minHashSignature(a, 128, 7), minHashSignature(b, 128, 7)) - truth,
        );
        independentError += Math.abs(
          estimateJaccard(
            minHashSignatureIndependent(a, 128, 7),
            minHashSignatureIndependent(b, 128, 7),
          ) - truth,
        );
      }
      // Mean absolute error: about sqrt(J(1-J)/128) * 0.8 for both schemes.
      expect(onePermutationError / 200).toBeLessThan(0.045);
      expect(onePermutationError / 200).toBeLessThan((independentError / 200) * 1.25);
    },
  );
});

describe("chooseLshParameters", () => {
  it.each([
    { numHashes: 64, threshold: 0.5, bands: 16, rows: 4 },
    { numHashes: 128, threshold: 0.5, bands: 25, rows: 5 },
    { numHashes: 128, threshold: 0.3, bands: 32, rows: 3 },
    { numHashes: 64, threshold: 0.6, bands: 12, rows: 5 },
  ])(
    "cuts $numHashes hashes for threshold $threshold into $bands bands of $rows rows",
    ({ numHashes, threshold, bands, rows }) => {
      expect(chooseLshParameters(numHashes, threshold)).toEqual({ bands, rows });
    },
  );

  it("finds a copy with 75% of its shingles in common at least 99% of the time with the defaults", () => {
    const { bands, rows } = chooseLshParameters(64, 0.5);
    expect(1 - (1 - 0.75 ** rows) ** bands).toBeGreaterThan(0.99);
  });
});
