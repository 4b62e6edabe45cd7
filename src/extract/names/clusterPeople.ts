import { firstAtOrAfter } from "../../text/firstAtOrAfter.js";
import { foldForComparison } from "../../text/normalize.js";
import type { Person, PersonMention, Span } from "../../types.js";
import { nameParts, namesMatch, personKey } from "../people/personName.js";
import type { NameRun } from "./readNames.js";

/**
 * One person per name family within an article: full names that can name one person
 * ({@link namesMatch}) are one person, and a later short form ("Lavrov", "Mr. Lavrov",
 * "Hillary") is a mention of the nearest person before it whom it can name.
 */

interface Cluster {
  names: string[];
  fullest: string;
  runs: NameRun[];
}

/** People built from the name runs, and the person (if any) each run names. */
export interface ClusteredPeople {
  /** People in order of first mention, without ids yet. */
  people: Omit<Person, "id">[];
  /** For each run (parallel to the runs given), the index of its person in `people`, or -1. */
  personOfRun: number[];
}

function fullness(name: string): [number, number] {
  return [name.split(" ").length, name.length];
}

function fuller(left: string, right: string): boolean {
  const [leftWords, leftLength] = fullness(left);
  const [rightWords, rightLength] = fullness(right);
  return leftWords > rightWords || (leftWords === rightWords && leftLength > rightLength);
}

/** The last word of a name, folded, without a glued article and without vowels. */
function surnameSkeleton(name: string): string {
  const parts = nameParts(name);
  const surname = parts.surname[parts.surname.length - 1] ?? parts.letters;
  return surname.replace(/^(?:al|el)-/u, "").replace(/[aeiou]/gu, "");
}

/** Index of the last value below `value` in an ascending list, or -1. */
function lastBefore(list: readonly number[], value: number): number {
  return firstAtOrAfter(list, value, (start) => start) - 1;
}

function dedupeSpans(spans: Span[]): Span[] {
  const seen = new Set<number>();
  return [...spans]
    .sort((a, b) => a.start - b.start)
    .filter((span) => {
      if (seen.has(span.start)) return false;
      seen.add(span.start);
      return true;
    });
}

/**
 * Clusters the person runs of one article into people.
 *
 * @param body - the article text
 * @param runs - every name run, in text order (people, and other single words that may be short forms)
 * @returns the people and the person each run names
 */
export function clusterPeople(body: string, runs: readonly NameRun[]): ClusteredPeople {
  const clusters: Cluster[] = [];
  const clusterOfRun: (Cluster | undefined)[] = runs.map(() => undefined);
  const nameOf = (run: NameRun) => run.words.join(" ");
  // Clusters by surname skeleton and by first given name: each name is compared with a
  // handful of candidates, never with every person of a long text.
  const bySurname = new Map<string, Cluster[]>();
  const byGivenName = new Map<string, Cluster[]>();
  // "Rosa Villacorta Huamán", later "Villacorta": a name of three words or more may be
  // short-formed by the word before its last, as Spanish and Portuguese names are (the
  // first of two surnames).
  const byFirstSurname = new Map<string, Cluster[]>();
  const file = (map: Map<string, Cluster[]>, key: string, cluster: Cluster) => {
    const list = map.get(key) ?? [];
    if (!list.includes(cluster)) list.push(cluster);
    map.set(key, list);
  };
  // Full names first, so a short form can find its person wherever it appears.
  for (const [index, run] of runs.entries()) {
    if (run.kind !== "person" || run.words.length < 2) continue;
    const name = nameOf(run);
    const bucket = surnameSkeleton(name);
    const cluster = (bySurname.get(bucket) ?? []).find((candidate) =>
      candidate.names.every((known) => namesMatch(known, name)),
    );
    if (cluster === undefined) {
      const created: Cluster = { names: [name], fullest: name, runs: [run] };
      clusters.push(created);
      clusterOfRun[index] = created;
      file(bySurname, bucket, created);
      file(byGivenName, (run.words[0] ?? "").toLowerCase(), created);
      const firstSurname = run.words.length >= 3 ? run.words[run.words.length - 2] : undefined;
      if (firstSurname !== undefined && /^\p{Lu}/u.test(firstSurname))
        file(byFirstSurname, foldForComparison(firstSurname), created);
      continue;
    }
    if (!cluster.names.includes(name)) cluster.names.push(name);
    if (fuller(name, cluster.fullest)) cluster.fullest = name;
    cluster.runs.push(run);
    clusterOfRun[index] = cluster;
    file(byGivenName, (run.words[0] ?? "").toLowerCase(), cluster);
  }
  // The start of each full-name mention of a cluster, in text order (runs come in order).
  const starts = new Map(
    clusters.map((cluster) => [cluster, cluster.runs.map((run) => run.start)]),
  );
  // Short forms: the nearest person before that they can name, else the first after; a
  // given name alone ("Hillary") names the person whose first name it is.
  for (const [index, run] of runs.entries()) {
    if (clusterOfRun[index] !== undefined) continue;
    if (run.words.length !== 1 || (run.kind !== "person" && run.kind !== "other")) continue;
    const word = run.words[0] ?? "";
    let candidates = [
      ...(bySurname.get(surnameSkeleton(word)) ?? []).filter((cluster) =>
        cluster.names.some((known) => namesMatch(word, known)),
      ),
      ...(byGivenName.get(word.toLowerCase()) ?? []),
    ];
    // Only where no one bears the word as a surname or a given name.
    if (candidates.length === 0) candidates = byFirstSurname.get(foldForComparison(word)) ?? [];
    let chosen: Cluster | undefined;
    let chosenStart = -1;
    let firstAfter: Cluster | undefined;
    let firstAfterStart = Number.POSITIVE_INFINITY;
    for (const cluster of candidates) {
      const list = starts.get(cluster) ?? [];
      const before = lastBefore(list, run.start);
      if (before >= 0 && (list[before] ?? -1) > chosenStart) {
        chosen = cluster;
        chosenStart = list[before] ?? -1;
      }
      const after = list[before + 1];
      if (after !== undefined && after < firstAfterStart) {
        firstAfter = cluster;
        firstAfterStart = after;
      }
    }
    const cluster = chosen ?? firstAfter;
    if (cluster !== undefined) {
      cluster.runs.push(run);
      clusterOfRun[index] = cluster;
    } else if (run.kind === "person") {
      const created: Cluster = { names: [word], fullest: word, runs: [run] };
      clusters.push(created);
      clusterOfRun[index] = created;
      file(bySurname, surnameSkeleton(word), created);
      starts.set(created, [run.start]);
    }
  }
  const ordered = clusters
    .map((cluster) => ({ cluster, first: Math.min(...cluster.runs.map((run) => run.start)) }))
    .sort((a, b) => a.first - b.first)
    .map(({ cluster }) => cluster);
  const position = new Map(ordered.map((cluster, index) => [cluster, index]));
  const people = ordered.map((cluster) => {
    const mentions: PersonMention[] = cluster.runs
      .map((run) => ({
        text: body.slice(run.start, run.end),
        start: run.start,
        end: run.end,
        via: "name" as const,
      }))
      .sort((a, b) => a.start - b.start);
    return {
      key: personKey(cluster.fullest),
      name: cluster.fullest,
      mentions,
      roles: dedupeSpans(cluster.runs.flatMap((run) => run.roles)),
    };
  });
  return {
    people,
    personOfRun: clusterOfRun.map((cluster) =>
      cluster === undefined ? -1 : (position.get(cluster) ?? -1),
    ),
  };
}
