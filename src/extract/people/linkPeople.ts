import { CorroborateError } from "../../errors.js";
import { isRecord } from "../../isRecord.js";
import { editDistance } from "../../text/editDistance.js";
import { contentId } from "../../text/hash.js";
import type { ArticleFacts, CastAppearance, CastMember, Person } from "../../types.js";
import { type NameParts, nameParts, type namesMatch, partsMatch, personKey } from "./personName.js";

// The parts of each article's facts linkPeople reads, checked before it reads them, so
// that a wrong shape is a CorroborateError naming the article, not a TypeError inside.
function assertFactsByArticle(
  value: unknown,
): asserts value is Readonly<Record<string, ArticleFacts>> {
  if (!isRecord(value)) {
    throw new CorroborateError(
      "invalid-input",
      "linkPeople expects an object of article facts by article id",
    );
  }
  for (const [articleId, facts] of Object.entries(value)) {
    const people = isRecord(facts) ? facts["people"] : undefined;
    const wellFormed =
      Array.isArray(people) &&
      people.every(
        (person: unknown) =>
          isRecord(person) &&
          typeof person["id"] === "string" &&
          typeof person["name"] === "string" &&
          Array.isArray(person["mentions"]) &&
          Array.isArray(person["roles"]) &&
          (person["mentions"] as unknown[]).every(isRecord) &&
          (person["roles"] as unknown[]).every(isRecord),
      );
    if (!wellFormed) {
      throw new CorroborateError(
        "invalid-input",
        `linkPeople: the facts of article ${articleId.slice(0, 80)} have no well-formed people (extractFacts gives them)`,
      );
    }
  }
}

/**
 * One person across several articles. Two people of different articles are one cast
 * member when every name of one can name every name of the other ({@link namesMatch}):
 * "Sergey Lavrov" and "Sergei Lavrov" meet, "Lavrov" and "Lavrenko" never do. Two people
 * of one article are never merged (the article already told them apart), and a bare
 * surname ("Clinton") joins a full name only when exactly one cast member can be meant.
 */

interface Node {
  articleId: string;
  /** Position in input order: articles in order, people in order within each. */
  order: number;
  person: Person;
  full: boolean;
}

interface Cluster {
  nodes: Node[];
  articles: Set<string>;
  /** The distinct names of its people: one person is named a handful of ways. */
  names: Set<string>;
}

/** People whose names share a surname skeleton: only these are compared. */
function surnameBucket(name: string): string {
  const parts = nameParts(name);
  const surname = parts.surname[parts.surname.length - 1] ?? parts.letters;
  // Vowels dropped and doubled letters single, so that spellings one inner vowel or one
  // doubled letter apart ("Quealy"/"Queally", "Toliver"/"Tolliver") share a bucket.
  return surname
    .replace(/^(?:al|el)-/u, "")
    .replace(/[aeiou]/gu, "")
    .replace(/(\p{L})\1+/gu, "$1");
}

/** Name comparisons of one call, each name split once and each pair judged once. */
class NameMatcher {
  private readonly parts = new Map<string, NameParts>();
  private readonly judged = new Map<string, boolean>();

  match(left: string, right: string): boolean {
    const key = left < right ? `${left}\u0000${right}` : `${right}\u0000${left}`;
    let known = this.judged.get(key);
    if (known === undefined) {
      known = partsMatch(this.partsOf(left), this.partsOf(right));
      this.judged.set(key, known);
    }
    return known;
  }

  private partsOf(name: string): NameParts {
    let found = this.parts.get(name);
    if (found === undefined) {
      found = nameParts(name);
      this.parts.set(name, found);
    }
    return found;
  }
}

function compatible(left: Cluster, right: Cluster, matcher: NameMatcher): boolean {
  const [small, large] =
    left.articles.size <= right.articles.size
      ? [left.articles, right.articles]
      : [right.articles, left.articles];
  for (const article of small) if (large.has(article)) return false;
  for (const a of left.names) for (const b of right.names) if (!matcher.match(a, b)) return false;
  return true;
}

function merge(into: Cluster, from: Cluster): void {
  into.nodes.push(...from.nodes);
  for (const article of from.articles) into.articles.add(article);
  for (const name of from.names) into.names.add(name);
}

function singleton(node: Node): Cluster {
  return { nodes: [node], articles: new Set([node.articleId]), names: new Set([node.person.name]) };
}

function spellingsOf(person: Person): string[] {
  const seen = new Set<string>();
  for (const mention of person.mentions) if (mention.via === "name") seen.add(mention.text);
  if (seen.size === 0) seen.add(person.name);
  return [...seen];
}

function wordCount(name: string): number {
  return name.split(/\s+/u).filter((word) => word !== "").length;
}

/**
 * The fullest name of a cluster (most words), in the spelling most of its articles use;
 * between spellings used equally often, the longer ("Thomas" over "Tom"), then the first.
 */
function chooseName(nodes: Node[]): string {
  const counts = new Map<string, { count: number; first: number }>();
  for (const [index, node] of nodes.entries()) {
    const entry = counts.get(node.person.name) ?? { count: 0, first: index };
    entry.count++;
    counts.set(node.person.name, entry);
  }
  let best = "";
  let bestScore: number[] = [];
  for (const [name, { count, first }] of counts) {
    const score = [wordCount(name), count, name.length, -first];
    const better = score.findIndex((value, index) => value !== (bestScore[index] ?? -Infinity));
    if (better >= 0 && (score[better] ?? 0) > (bestScore[better] ?? -Infinity)) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}

// Shortest surname that a one-letter slip may join to another: "Lee"/"Lei" are two names.
const MIN_MISSPELT_SURNAME = 5;
// Shortest surname that two slips may join to another: "Evans"/"Owens" and "Gomez"/"Lopez"
// stay two names; "Fairbairn"/"Fairburn" and "Dzierzak"/"Dzeirzak" (two letters swapped)
// are one, under one given name. (Six and seven give the same findings on every compare
// set; at eight or nine a misspelt seven- or eight-letter surname turns into an attribution
// between two "people". The stricter of the flat two is kept.)
const MIN_TWICE_MISSPELT_SURNAME = 7;

/**
 * The full names of a cluster, split, when they all give the same given name: each
 * surname folded, and as written (lower case), since folding may hide a slip's
 * likeness ("Tomczak" folds to "tomchak", its typo "Tomzcak" does not).
 */
function fullNames(
  cluster: Cluster,
): { given: string; surnames: string[]; written: string[] } | undefined {
  let given: string | undefined;
  const surnames: string[] = [];
  const written: string[] = [];
  for (const node of cluster.nodes) {
    if (!node.full) continue;
    const parts = nameParts(node.person.name);
    // The given name next to the surname: a title the finder left in front ("Democrat Sen.
    // Marisol Quintero") does not make another person.
    const own = parts.given[parts.given.length - 1] ?? "";
    if (own === "" || (given !== undefined && own !== given)) return undefined;
    given = own;
    surnames.push(parts.surname.join(" "));
    written.push(node.person.name.split(/\s+/u).pop()?.toLowerCase() ?? "");
  }
  return given === undefined ? undefined : { given, surnames, written };
}

/**
 * Joins clusters of different articles whose full names give the same given names and
 * surnames one slip apart, a letter changed, added, dropped or two swapped ("Marisol
 * Quintero" / "Marisol Quintera", "Tomczak" / "Tomzcak"), or two slips in a long surname
 * ("Desrochers" / "Desrosiers"): one person misspelt by one outlet, which the name rule
 * then reports.
 * Different given names keep "Lavrov" and "Lavrova" apart; surnames two letters apart
 * ("Lavrov"/"Lavrenko") never meet. Clusters are compared only within one given name and
 * surname initial (a slip may swap the second and third letters), so the pass stays
 * linear in the cast.
 */
function joinMisspelt(clusters: Cluster[]): Cluster[] {
  const byKey = new Map<string, Cluster[]>();
  const kept: Cluster[] = [];
  const gone = new Set<Cluster>();
  for (const cluster of clusters) {
    const names = fullNames(cluster);
    const surname = names?.surnames[0] ?? "";
    if (!names || surname.length < MIN_MISSPELT_SURNAME) {
      kept.push(cluster);
      continue;
    }
    const key = `${names.given}\u0000${surname.slice(0, 1)}`;
    const candidates = byKey.get(key) ?? [];
    const target = candidates.find((other) => {
      for (const article of cluster.articles) if (other.articles.has(article)) return false;
      const otherNames = fullNames(other);
      if (!otherNames) return false;
      // A long surname may take two slips ("Desrochers" / "Desrosiers"): two long names
      // that close, under one given name, are one person far more often than two.
      const slips = (left: string, right: string) =>
        Math.min(left.length, right.length) >= MIN_TWICE_MISSPELT_SURNAME ? 2 : 1;
      const oneSlip = (lefts: string[], rights: string[]) =>
        lefts.every((left) =>
          rights.every(
            (right) =>
              Math.min(left.length, right.length) >= MIN_MISSPELT_SURNAME &&
              editDistance(left, right, 2) <= slips(left, right),
          ),
        );
      return (
        oneSlip(otherNames.surnames, names.surnames) || oneSlip(otherNames.written, names.written)
      );
    });
    if (target) {
      merge(target, cluster);
      gone.add(cluster);
    } else {
      candidates.push(cluster);
      byKey.set(key, candidates);
      kept.push(cluster);
    }
  }
  return kept.filter((cluster) => !gone.has(cluster));
}

/**
 * Clusters the people of several articles into one cast: each member is one person, with
 * every article's spelling and roles kept as evidence, so that comparison can tell a
 * differently spelled name or a different title from a different person.
 *
 * @param factsByArticle - each article's facts, keyed by article id (in the order to report)
 * @returns the cast, in order of first appearance
 * @example
 * ```ts
 * const cast = linkPeople({ a: extractFacts(articleA), b: extractFacts(articleB) });
 * // [{ id: "c-…", key: "sergei lavrov", name: "Sergey Lavrov",
 * //    appearances: [{ articleId: "a", personId: "p1", name: "Sergey Lavrov", … },
 * //                  { articleId: "b", personId: "p2", name: "Sergei Lavrov", … }] }]
 * ```
 *
 * @group Extract
 */
export function linkPeople(factsByArticle: Readonly<Record<string, ArticleFacts>>): CastMember[] {
  assertFactsByArticle(factsByArticle);
  const nodes: Node[] = [];
  for (const [articleId, facts] of Object.entries(factsByArticle)) {
    for (const person of facts.people) {
      nodes.push({ articleId, order: nodes.length, person, full: wordCount(person.name) > 1 });
    }
  }
  const matcher = new NameMatcher();
  const buckets = new Map<string, Cluster[]>();
  const clusters: Cluster[] = [];
  // Full names first, in article order: each joins the first compatible cluster of its bucket.
  for (const node of nodes) {
    if (!node.full) continue;
    const bucket = surnameBucket(node.person.name);
    const candidates = buckets.get(bucket) ?? [];
    const single = singleton(node);
    const target = candidates.find((cluster) => compatible(cluster, single, matcher));
    if (target) merge(target, single);
    else {
      candidates.push(single);
      buckets.set(bucket, candidates);
      clusters.push(single);
    }
  }
  // Bare surnames join the one full-name cluster they can mean, else each other.
  for (const node of nodes) {
    if (node.full) continue;
    const bucket = surnameBucket(node.person.name);
    const candidates = buckets.get(bucket) ?? [];
    const single = singleton(node);
    const matching = candidates.filter((cluster) => compatible(cluster, single, matcher));
    const fullMatches = matching.filter((cluster) => cluster.nodes.some((member) => member.full));
    // Two full names it could mean ("Clinton" beside Hillary and Bill): a member of its own.
    const target =
      fullMatches.length === 1
        ? fullMatches[0]
        : fullMatches.length === 0
          ? matching[0]
          : undefined;
    if (target) merge(target, single);
    else {
      candidates.push(single);
      buckets.set(bucket, candidates);
      clusters.push(single);
    }
  }
  const linked = joinMisspelt(clusters);
  const usedIds = new Map<string, number>();
  for (const cluster of linked) cluster.nodes.sort((a, b) => a.order - b.order);
  linked.sort((a, b) => (a.nodes[0]?.order ?? 0) - (b.nodes[0]?.order ?? 0));
  return linked.map((cluster) => {
    const members = cluster.nodes;
    const name = chooseName(members);
    const key = personKey(name);
    const base = `c-${contentId(key)}`;
    const seen = usedIds.get(base) ?? 0;
    usedIds.set(base, seen + 1);
    const appearances: CastAppearance[] = members.map((node) => ({
      articleId: node.articleId,
      personId: node.person.id,
      name: node.person.name,
      spellings: spellingsOf(node.person),
      roles: node.person.roles.map((role) => ({ ...role })),
    }));
    return { id: seen === 0 ? base : `${base}-${seen + 1}`, key, name, appearances };
  });
}
