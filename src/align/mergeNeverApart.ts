import type { Passage } from "./collectPassages.js";
import type { UnionFind } from "./UnionFind.js";

// An outlet that runs a shared statement on into more sentences than this is quoting
// something else as well: the rest stays a statement of its own, linked to the group.
const MAX_ADDED_SENTENCES = 1;

/**
 * Merges statements that are never quoted apart: where a passage's neighbouring units
 * belong to two statements and every passage carrying one also carries the other, they
 * are one statement read in two sentences (“We cannot agree … This will not work.”) or a
 * statement with the clause one outlet adds. Statements some outlet quotes on their own
 * stay apart, even where another outlet runs them together in one broken quote; a
 * fragment quoted on its own counts as quoting its statement apart. One outlet's own
 * sentences beside a shared statement join it only as one added sentence ("one adds the
 * next clause"); more is another statement of its own. Nothing merges across an elision
 * mark: the outlet cut something out there.
 *
 * @param passages - the story's passages
 * @param unitId - the number of a passage's unit in `sets`
 * @param sets - the statements so far, merged in place
 */
export function mergeNeverApart(
  passages: readonly Passage[],
  unitId: (passage: Passage, unit: number) => number,
  sets: UnionFind,
): void {
  const carriers = new Map<number, Set<number>>();
  const units = new Map<number, number>();
  for (const passage of passages) {
    for (let unit = 0; unit < passage.units.length; unit++) {
      const statement = sets.find(unitId(passage, unit));
      const found = carriers.get(statement);
      if (found) found.add(passage.index);
      else carriers.set(statement, new Set([passage.index]));
      units.set(statement, (units.get(statement) ?? 0) + 1);
    }
  }
  const within = (inner: ReadonlySet<number>, outer: ReadonlySet<number>) => {
    if (inner.size > outer.size) return false;
    for (const index of inner) if (!outer.has(index)) return false;
    return true;
  };
  const merge = (left: number, right: number) => {
    const leftCarriers = carriers.get(left) ?? new Set<number>();
    const rightCarriers = carriers.get(right) ?? new Set<number>();
    const count = (units.get(left) ?? 0) + (units.get(right) ?? 0);
    sets.union(left, right);
    // The merged statement is carried by the larger set (the smaller lies within it).
    const larger = leftCarriers.size >= rightCarriers.size ? leftCarriers : rightCarriers;
    for (const statement of [left, right]) {
      carriers.delete(statement);
      units.delete(statement);
    }
    carriers.set(sets.find(left), larger);
    units.set(sets.find(left), count);
  };
  const neighbours = (visit: (left: number, right: number) => void) => {
    for (const passage of passages) {
      if (passage.fragment) continue;
      for (let unit = 1; unit < passage.units.length; unit++) {
        if (passage.units[unit]?.afterElision) continue;
        const left = sets.find(unitId(passage, unit - 1));
        const right = sets.find(unitId(passage, unit));
        if (left !== right) visit(left, right);
      }
    }
  };
  // Sentences no other quote carries run together first: one outlet's own stretch.
  neighbours((left, right) => {
    if (carriers.get(left)?.size === 1 && carriers.get(right)?.size === 1) merge(left, right);
  });
  let changed = true;
  while (changed) {
    changed = false;
    neighbours((left, right) => {
      const leftCarriers = carriers.get(left) ?? new Set<number>();
      const rightCarriers = carriers.get(right) ?? new Set<number>();
      if (!within(leftCarriers, rightCarriers) && !within(rightCarriers, leftCarriers)) return;
      // An outlet's own stretch joins a shared statement only as one added sentence.
      const own = leftCarriers.size === 1 ? left : rightCarriers.size === 1 ? right : -1;
      const shared = own === left ? rightCarriers : leftCarriers;
      if (own >= 0 && shared.size > 1 && (units.get(own) ?? 0) > MAX_ADDED_SENTENCES) return;
      merge(left, right);
      changed = true;
    });
  }
}
