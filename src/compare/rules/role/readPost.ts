import { foldPlural } from "../../../text/foldPlural.js";
import { NATIONALITIES, PLACES } from "../../../text/gazetteer.js";
import { HONORIFICS } from "../../../text/nameWords.js";
import { foldForComparison } from "../../../text/normalize.js";
import {
  FORMAL_TITLES,
  RANK_WORDS,
  ROLE_NOUNS,
  ROLE_SYNONYMS,
  TITLE_EXPANSIONS,
  TITLE_WORDS,
} from "../../../text/titleWords.js";
import { trimEndWhere } from "../../../text/trimEndWhere.js";

// Words that modify a title but never head one: "former", "top", "senior".
const MODIFIERS = new Set([
  "former",
  "ex",
  "then",
  "acting",
  "interim",
  "top",
  "senior",
  "junior",
  "special",
  "high",
  "first",
  "national",
  "supreme",
  "military",
  "presidential",
  "democratic",
  "republican",
  "gop",
  "independent",
  "opposition",
  "longtime",
  "current",
  "new",
  "state",
  "security",
  "foreign",
  "defense",
  "defence",
  "prime",
  "vice",
  "assistant",
  "press",
]);
const ARTICLES = new Set(["a", "an", "the"]);
const PREPOSITIONS = new Set(["of", "for", "at", "in", "with", "to", "on"]);
const TENSE_WORDS = new Set(["former", "ex", "then", "onetime", "late"]);
// Words that put a post beside its holder of the moment: an acting mayor and the mayor on
// leave, the incoming and the outgoing chair are two people holding one post.
const INTERIM_WORDS = new Set(["acting", "interim", "incoming", "outgoing", "elect", "designate"]);
const POSSESSIVE = /['\u2019]s?$/u;
// A rank written as one word with its post: "Undersheriff", "vice-chancellor".
const JOINED_RANK = /^(vice|under)-?(.+)$/u;
const LONGEST_SYNONYM = 5;
// Posts "chief" ranks above when it stands right before them: a chief inspector is not an
// inspector, a chief justice not a justice.
const CHIEF_RANKED_HEADS = new Set([
  "inspector",
  "superintendent",
  "constable",
  "justice",
  "judge",
  "whip",
  "sergeant",
  "clerk",
]);

function isPlaceWord(word: string): boolean {
  return NATIONALITIES.has(word) || PLACES.has(word);
}
/** The words of a role, folded, possessives and articles dropped, short titles expanded. */
function printedTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const raw of foldForComparison(text).split(/[\s,;]+/u)) {
    if (raw === "" || ARTICLES.has(raw)) continue;
    // "Russia's", "Trump's", "EU's": whose post it is, not which post.
    if (POSSESSIVE.test(raw) && raw.length > 2) continue;
    const bare = trimEndWhere(raw, (char) => char === ".");
    // "undersheriff" is the rank "under" of the post "sheriff", as "vice president" is.
    const joined = JOINED_RANK.exec(bare);
    const post = joined?.[2] ?? "";
    if (joined && (TITLE_WORDS.has(post) || ROLE_NOUNS.has(post)))
      tokens.push(joined[1] ?? "", post);
    else tokens.push(TITLE_EXPANSIONS[bare] ?? bare);
  }
  return tokens;
}

/** The words with synonyms read as one post, longest phrase first: "minister of foreign affairs" → "foreign minister". */
function withSynonyms(tokens: readonly string[]): string[] {
  const result: string[] = [];
  for (let index = 0; index < tokens.length; ) {
    let replaced = false;
    for (let size = Math.min(LONGEST_SYNONYM, tokens.length - index); size >= 1; size--) {
      const canonical = ROLE_SYNONYMS.get(tokens.slice(index, index + size).join(" "));
      if (canonical !== undefined) {
        result.push(...canonical.split(" "));
        index += size;
        replaced = true;
        break;
      }
    }
    if (!replaced) {
      result.push(tokens[index] ?? "");
      index++;
    }
  }
  return result;
}

/** A role read as a post: its head noun, the words that narrow it, and its rank. */
export interface Post {
  /** The title noun the role ends on, singular ("minister", "reporter"). */
  head: string;
  /** Every formal title the role holds ("Committee Chairman Rep." holds chairman and representative). */
  titles: Set<string>;
  /** The other words that narrow the post ("foreign", "navy"). */
  specifiers: Set<string>;
  /** Rank words before the head ("vice", "deputy"). */
  rank: Set<string>;
  /** The places and nationalities the role names, left out of the post ("Ohio", "Russian"). */
  places: Set<string>;
  /** Words that say when the post was or will be held ("former", "then", "acting"). */
  tense: Set<string>;
}

/**
 * Reads a role as a post, or undefined when it names no post ("an ardent Russia hawk",
 * "a public accounting"): the head is the last title noun before any "of"/"at" phrase,
 * folded to the singular; synonyms are read as one post ("top diplomat" is "foreign
 * minister"); nationalities, places, possessives and "former" are left out.
 *
 * @param text - the role as printed
 * @returns the post, or undefined
 */
export function readPost(text: string): Post | undefined {
  const printed = printedTokens(text);
  const tokens = withSynonyms(printed);
  const cut = tokens.findIndex((token) => PREPOSITIONS.has(token));
  const before = cut < 0 ? tokens : tokens.slice(0, cut);
  const after = cut < 0 ? [] : tokens.slice(cut + 1);
  let headIndex = -1;
  for (let index = before.length - 1; index >= 0; index--) {
    const token = before[index] ?? "";
    const isTitle = ROLE_NOUNS.has(token) || TITLE_WORDS.has(token);
    if (isTitle && !MODIFIERS.has(token) && !HONORIFICS.has(token)) {
      headIndex = index;
      break;
    }
  }
  if (headIndex < 0) return undefined;
  const head = foldPlural(before[headIndex] ?? "");
  const specifiers = new Set<string>();
  const rank = new Set<string>();
  const places = new Set<string>();
  const tense = new Set<string>();
  for (const [index, token] of [...before, ...after].entries()) {
    if (index === headIndex || PREPOSITIONS.has(token)) continue;
    if (isPlaceWord(token)) {
      places.add(token);
      continue;
    }
    // "Former" says when, not which post: a former and a sitting minister hold one post.
    if (TENSE_WORDS.has(token) || INTERIM_WORDS.has(token)) {
      tense.add(token);
      if (TENSE_WORDS.has(token)) continue;
    }
    // Ranks count before the head only: "aide to the Deputy Minister" is not a deputy.
    // "Chief" right before a rank of its own service is one ("Detective Chief Inspector").
    const chiefRank = token === "chief" && index === headIndex - 1 && CHIEF_RANKED_HEADS.has(head);
    if ((RANK_WORDS.has(token) || chiefRank) && index < headIndex) rank.add(token);
    else specifiers.add(token);
  }
  // The titles as printed count too: "Secretary" meets "Secretary of State" (read as the
  // foreign-minister post) on "secretary".
  const printedCut = printed.findIndex((token) => PREPOSITIONS.has(token));
  const printedBefore = printedCut < 0 ? printed : printed.slice(0, printedCut);
  const titles = new Set(
    [...before, ...printedBefore]
      .filter((token) => !MODIFIERS.has(token) || token === before[headIndex])
      .map((token) => foldPlural(token))
      .filter((token) => FORMAL_TITLES.has(token)),
  );
  return { head, titles, specifiers, rank, places, tense };
}
