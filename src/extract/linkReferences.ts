import type { Person, PersonMention } from "../types.js";

/**
 * Links descriptions ("Russia's top diplomat", "the foreign minister") and subject
 * pronouns ("He said ...") to a person, only where the link is clear: exactly one person
 * fits. A description fits a person whose title or role names the same post (a top
 * diplomat is a foreign minister); a pronoun fits the one person named in its sentence
 * before it, or else in the sentence before.
 */

// Posts a description can name, with words a matching role contains.
const POSTS: [RegExp, string[]][] = [
  [/^top diplomat$/u, ["foreign minister", "diplomat", "secretary of state", "foreign affairs"]],
  [/^foreign minister$/u, ["foreign minister", "foreign affairs"]],
  [
    /^defen[cs]e (?:minister|secretary)$/u,
    ["defence minister", "defense minister", "defense secretary", "defence secretary"],
  ],
  [/^prime minister$/u, ["prime minister"]],
  [/^president$/u, ["president"]],
  [/^chancellor$/u, ["chancellor"]],
  [/^spokes(?:man|woman|person)$/u, ["spokesman", "spokeswoman", "spokesperson"]],
  [/^envoy$/u, ["envoy"]],
  [/^secretary of state$/u, ["secretary of state"]],
];

const DESCRIPTION =
  /(?<![\p{L}\p{N}])(?:(\p{Lu}[\p{L}\p{M}-]*)['’]s|[Tt]he|[Ii]ts)\s+((?:top diplomat|foreign minister|defen[cs]e minister|defen[cs]e secretary|prime minister|president|chancellor|spokes(?:man|woman|person)|envoy|secretary of state))(?![\p{L}\p{N}])/gu;
const PRONOUN = /(?<![\p{L}\p{N}])(?:[Hh]e|[Ss]he)(?![\p{L}\p{N}'’])/gu;
const SENTENCE_BREAK = /[.!?]["”’)]?\s+(?=["“‘]?\p{Lu})|\n+/gu;
const SAYING =
  /^\s(?:said|says|told|added|stated|noted|warned|argued|insisted|indicated|signaled|signalled)(?![\p{L}])/u;

function sentenceStarts(body: string): number[] {
  const starts = [0];
  for (const match of body.matchAll(SENTENCE_BREAK)) starts.push(match.index + match[0].length);
  return starts;
}

function sentenceOf(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

function stem(word: string): string {
  return word.toLowerCase().slice(0, Math.max(4, word.length - 3));
}

/**
 * Adds description and pronoun mentions to people where exactly one person fits.
 *
 * @param body - the article text
 * @param people - people found by name, with their roles
 * @returns the same people with the linked mentions added, in text order
 */
export function linkReferences(body: string, people: Person[]): Person[] {
  if (people.length === 0) return people;
  const extra = people.map((): PersonMention[] => []);
  // Characters already covered by a name or a role, as a map: linear on any input.
  const taken = new Uint8Array(body.length);
  for (const person of people)
    for (const span of [...person.mentions, ...person.roles]) taken.fill(1, span.start, span.end);
  const nameStarts = new Set(
    people.flatMap((person) => person.mentions.map((mention) => mention.start)),
  );
  const overlapsTaken = (start: number, end: number) => taken.subarray(start, end).includes(1);

  for (const match of body.matchAll(DESCRIPTION)) {
    const start = match.index;
    const end = start + match[0].length;
    // "the foreign minister Sergey Lavrov": the title of a named person, already a role.
    if (overlapsTaken(start, end) || nameStarts.has(end + 1)) continue;
    const post = (match[2] ?? "").toLowerCase();
    const words = POSTS.find(([pattern]) => pattern.test(post))?.[1] ?? [post];
    const owner = match[1];
    const fitting = people
      .map((person, index) => ({ person, index }))
      .filter(({ person }) =>
        person.roles.some((role) => {
          const text = role.text.toLowerCase();
          return (
            words.some((word) => text.includes(word)) &&
            (owner === undefined || text.includes(stem(owner)))
          );
        }),
      );
    const [only] = fitting;
    if (fitting.length === 1 && only)
      extra[only.index]?.push({ text: match[0], start, end, via: "description" });
  }

  const starts = sentenceStarts(body);
  // Person mentions grouped by sentence, in text order, with the number of distinct people
  // named up to each mention: a pronoun then costs one binary search, on any input.
  const bySentence = new Map<number, { index: number; start: number }[]>();
  for (const [index, person] of people.entries()) {
    for (const mention of person.mentions) {
      const sentence = sentenceOf(starts, mention.start);
      const list = bySentence.get(sentence) ?? [];
      list.push({ index, start: mention.start });
      bySentence.set(sentence, list);
    }
  }
  const distinctSoFar = new Map<number, number[]>();
  for (const [sentence, list] of bySentence) {
    list.sort((left, right) => left.start - right.start);
    const seen = new Set<number>();
    distinctSoFar.set(
      sentence,
      list.map((entry) => {
        seen.add(entry.index);
        return seen.size;
      }),
    );
  }
  // The one person named in a sentence before `before` (or anywhere in it), if exactly one.
  const onlyPerson = (sentence: number, before: number): number | undefined => {
    const list = bySentence.get(sentence) ?? [];
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((list[middle]?.start ?? 0) < before) low = middle + 1;
      else high = middle;
    }
    if (low === 0) return undefined;
    return distinctSoFar.get(sentence)?.[low - 1] === 1 ? list[0]?.index : -1;
  };
  for (const match of body.matchAll(PRONOUN)) {
    const start = match.index;
    const end = start + match[0].length;
    const sentence = sentenceOf(starts, start);
    const opensSentence =
      (starts[sentence] ?? 0) === start ||
      /^["“‘]$/u.test(body.slice(starts[sentence] ?? 0, start));
    // Only a subject that reports or opens a sentence: "He said ...", "said he".
    if (
      !(
        opensSentence ||
        SAYING.test(body.slice(end, end + 12)) ||
        /said\s$/u.test(body.slice(Math.max(0, start - 5), start))
      )
    ) {
      continue;
    }
    const here = onlyPerson(sentence, start);
    const only = here ?? onlyPerson(sentence - 1, body.length);
    if (only !== undefined && only >= 0)
      extra[only]?.push({ text: match[0], start, end, via: "pronoun" });
  }

  return people.map((person, index) => ({
    ...person,
    mentions: [...person.mentions, ...(extra[index] ?? [])].sort((a, b) => a.start - b.start),
  }));
}
