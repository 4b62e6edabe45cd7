import { ROLE_NOUNS, TITLE_WORDS } from "../text/titleWords.js";

// Lower-case words that join the parts of a title or an affiliation ("Head of Reality
// Labs", "Fellow at the Brookings Institution") and never stand inside a person's name.
const CONNECTIVES = new Set(["of", "for", "at", "and", "&", "in", "on", "to"]);
const AFFILIATION_CONNECTIVES = new Set(["of", "for", "at"]);
const WORD = /[\p{L}\p{M}\p{N}&][\p{L}\p{M}\p{N}'’.-]*/gu;

// Newsroom jobs, which the shared title lists (titles before a name, roles of people in the
// news) do not hold.
const NEWSROOM_JOBS = new Set([
  "writer",
  "writers",
  "reporter",
  "reporters",
  "editor",
  "editors",
  "contributor",
  "contributors",
  "producer",
  "photographer",
  "freelancer",
  "intern",
  "critic",
]);

function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return TITLE_WORDS.has(lower) || ROLE_NOUNS.has(lower) || NEWSROOM_JOBS.has(lower);
}

/**
 * Whether a text ends in a job word ("Showbiz & TV Reporter", "Assistant Features
 * Editor"): what a page prints after a writer's name, whatever words come before the job.
 *
 * @param text - the words after a name, up to a separator
 * @returns true when the last word is a title or a newsroom job
 */
export function endsWithJob(text: string): boolean {
  const last = text.match(WORD)?.at(-1);
  return last !== undefined && isTitleWord(last);
}

/**
 * Whether a part of a byline or an author field is what someone does rather than who they
 * are: a job title ("Chief Technology Officer and Head of Reality Labs", "Senior Editor",
 * "Director") or an affiliation ("University of Leeds", "Fellow at the Lowy Institute").
 * A title opens the part and either closes it or joins it to more words ("of", "and");
 * "Major Garrett", "Dr. Ann Lee" and "Ann Bishop" stay names. An affiliation
 * has a lower-case "of", "for" or "at" between capitalised words, which a name never has.
 *
 * @param part - one comma-separated part of a byline, trimmed
 * @returns true when the part is a title or an affiliation, not a name
 * @example
 * ```ts
 * isJobTitle("Chief Technology Officer and Head of Reality Labs"); // true
 * isJobTitle("Major Garrett"); // false
 * ```
 */
export function isJobTitle(part: string): boolean {
  const words = part.match(WORD) ?? [];
  const first = words[0];
  const last = words.at(-1);
  if (first === undefined || last === undefined) return false;
  if (words.some((word, index) => index > 0 && AFFILIATION_CONNECTIVES.has(word))) return true;
  if (!isTitleWord(first)) return false;
  return isTitleWord(last) || words.some((word) => CONNECTIVES.has(word.toLowerCase()));
}
