import type { CastMember } from "../types.js";

/**
 * The name a finding gives a person: the full name most of the story's outlets print
 * ("Barack Obama", not a "Year Barack Obama" one page ran together), else the cast's own.
 *
 * @param member - the cast member, with this story's appearances
 * @returns the name
 */
export function castName(member: CastMember): string {
  const counts = new Map<string, number>();
  for (const appearance of member.appearances) {
    if (appearance.name.trim().includes(" "))
      counts.set(appearance.name, (counts.get(appearance.name) ?? 0) + 1);
  }
  let best = member.name;
  let bestCount = 0;
  for (const [name, count] of counts) {
    const fewerWords = name.split(/\s+/u).length < best.split(/\s+/u).length;
    if (count > bestCount || (count === bestCount && fewerWords)) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}
