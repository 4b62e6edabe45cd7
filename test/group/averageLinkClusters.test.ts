import { describe, expect, it } from "vitest";
import {
  averageLinkClustering,
  averageLinkClusters,
  type WeightedEdge,
} from "../../src/group/averageLinkClusters.js";

/** Every pair within each block at `inside`, every pair across blocks at `across`. */
function twoBlocks(size: number, inside: number, across: number): WeightedEdge[] {
  const edges: WeightedEdge[] = [];
  for (let a = 0; a < 2 * size; a++) {
    for (let b = a + 1; b < 2 * size; b++) {
      const sameBlock = Math.floor(a / size) === Math.floor(b / size);
      edges.push({ a, b, similarity: sameBlock ? inside : across });
    }
  }
  return edges;
}

describe("averageLinkClusters with a cohesion ratio", () => {
  // Two events of one kind: each block tight (0.3), tied to the other by the topic (0.12).
  // Two halves of one event's coverage: each block 0.2, tied at 0.15 (three quarters).
  it.each([
    { name: "sibling events, rule off", inside: 0.3, across: 0.12, ratio: 0, clusters: 1 },
    { name: "sibling events, ratio 0.5", inside: 0.3, across: 0.12, ratio: 0.5, clusters: 2 },
    { name: "halves of one event, ratio 0.5", inside: 0.2, across: 0.15, ratio: 0.5, clusters: 1 },
    { name: "below the threshold, rule off", inside: 0.3, across: 0.05, ratio: 0, clusters: 2 },
  ])("$name: $clusters cluster(s)", ({ inside, across, ratio, clusters }) => {
    const result = averageLinkClusters(8, twoBlocks(4, inside, across), 0.06, undefined, ratio);
    expect(result).toHaveLength(clusters);
  });

  it("lets a lone article join a tight cluster it links to above the threshold", () => {
    // A tight pair (0.9) and a third article linked to both at 0.1: a lone item has no
    // cohesion to fall short of, so only the threshold decides.
    const edges: WeightedEdge[] = [
      { a: 0, b: 1, similarity: 0.9 },
      { a: 0, b: 2, similarity: 0.1 },
      { a: 1, b: 2, similarity: 0.1 },
    ];
    expect(averageLinkClusters(3, edges, 0.06, undefined, 0.5)).toEqual([[0, 1, 2]]);
  });

  it("keeps two tight pairs apart when their link is under half the looser one's cohesion", () => {
    const edges: WeightedEdge[] = [
      { a: 0, b: 1, similarity: 0.4 },
      { a: 2, b: 3, similarity: 0.6 },
      { a: 0, b: 2, similarity: 0.15 },
      { a: 1, b: 3, similarity: 0.15 },
      { a: 0, b: 3, similarity: 0.15 },
      { a: 1, b: 2, similarity: 0.15 },
    ];
    expect(averageLinkClusters(4, edges, 0.06, undefined, 0.5)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    // At 0.25 of the looser cohesion (0.4 × 0.25 = 0.1 < 0.15) they join.
    expect(averageLinkClusters(4, edges, 0.06, undefined, 0.25)).toEqual([[0, 1, 2, 3]]);
  });

  it("leaves copies of one text out of cohesion, so they do not keep their story's write-ups apart", () => {
    // 0 and 1 run one press release (0.9); 2 writes it up (0.3 to each); 3 and 4 are two more
    // write-ups (0.6), tied to the first three at 0.2. Counted in, the copies lift the first
    // cluster's cohesion to (0.9 + 0.3 + 0.3) / 3 = 0.5 and 0.2 falls under half of it.
    const edges = (copy: boolean): WeightedEdge[] => [
      { a: 0, b: 1, similarity: 0.9, copy },
      { a: 0, b: 2, similarity: 0.3 },
      { a: 1, b: 2, similarity: 0.3 },
      { a: 3, b: 4, similarity: 0.6 },
      ...[0, 1, 2].flatMap((a) => [3, 4].map((b) => ({ a, b, similarity: 0.2 }))),
    ];
    expect(averageLinkClusters(5, edges(false), 0.06, undefined, 0.5)).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
    expect(averageLinkClusters(5, edges(true), 0.06, undefined, 0.5)).toEqual([[0, 1, 2, 3, 4]]);
  });
});

describe("averageLinkClustering", () => {
  it("returns each cluster's cohesion and the links left between clusters", () => {
    const edges: WeightedEdge[] = [
      { a: 0, b: 1, similarity: 0.4 },
      { a: 2, b: 3, similarity: 0.6 },
      { a: 0, b: 2, similarity: 0.15 },
      { a: 1, b: 3, similarity: 0.15 },
      { a: 0, b: 3, similarity: 0.15 },
      { a: 1, b: 2, similarity: 0.15 },
      { a: 3, b: 4, similarity: 0.02 },
    ];
    const result = averageLinkClustering(5, edges, 0.06, undefined, 0.5);
    expect(result.clusters).toEqual([[0, 1], [2, 3], [4]]);
    expect(result.cohesion).toEqual([0.4, 0.6, undefined]);
    // 0.15 is under 0.5 × 0.4 (the cohesion rule); 0.02 / 2 is under 0.06 (average linkage).
    expect(result.links).toEqual([
      { first: 0, second: 1, average: 0.15 },
      { first: 1, second: 2, average: 0.01 },
    ]);
  });
});
