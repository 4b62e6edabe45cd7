import { describe, expect, it } from "vitest";
import { RecentHolders } from "../../src/group/recentHolders.js";

describe("RecentHolders", () => {
  it.each([
    { name: "a term never noted", noted: [], term: 7, holders: [] },
    { name: "fewer holders than the ring", noted: [3, 5], term: 7, holders: [3, 5] },
    { name: "a full ring keeps the latest", noted: [1, 2, 3, 4, 5], term: 7, holders: [3, 4, 5] },
    { name: "another term's holders", noted: [1, 2], term: 8, holders: [] },
  ])("$name: $holders", ({ noted, term, holders }) => {
    const recent = new RecentHolders(3);
    for (const slot of noted) recent.note(7, slot);
    const seen: number[] = [];
    recent.forEach(term, (slot) => seen.push(slot));
    expect(seen.sort((x, y) => x - y)).toEqual(holders);
  });

  it.each([
    { name: "held with both terms", minimum: 2, holders: [2] },
    { name: "held with either term", minimum: 1, holders: [1, 2, 3] },
    { name: "held with three of two terms", minimum: 3, holders: [] },
  ])("heldWith, $name: $holders", ({ minimum, holders }) => {
    const recent = new RecentHolders(4);
    recent.note(10, 1);
    recent.note(10, 2);
    recent.note(20, 2);
    recent.note(20, 3);
    expect(recent.heldWith([10, 20], minimum)).toEqual(holders);
    // The scratch counts are cleared for the next call.
    expect(recent.heldWith([10, 20], minimum)).toEqual(holders);
  });

  it("grows past its first allocation", () => {
    const recent = new RecentHolders(2);
    for (let term = 0; term < 500; term++) {
      recent.note(term, term);
      recent.note(term, term + 1000);
    }
    const seen: number[] = [];
    recent.forEach(499, (slot) => seen.push(slot));
    expect(seen.sort((x, y) => x - y)).toEqual([499, 1499]);
  });
});
