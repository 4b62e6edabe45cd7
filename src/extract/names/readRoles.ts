import { GRAMMAR_WORDS, PREPOSITIONS, SENTENCE_OPENERS } from "../../text/functionWords.js";
import { NATIONALITIES } from "../../text/gazetteer.js";
import { IRREGULAR_PAST_VERBS, SPEECH_VERBS } from "../../text/speechWords.js";
import { ROLE_NOUNS, SEAT_NOUNS, TITLE_WORDS } from "../../text/titleWords.js";
import type { Span } from "../../types.js";
import type { NameToken } from "./nameTokens.js";

/**
 * Roles written in lower case around a name, in the patterns newsrooms use: role words
 * before it ("Zelenskyy's chief of staff Andriy Yermak", "former president Barack
 * Obama") and an appositive after it (", a Russia analyst at Rand Corp.", ", the defence
 * minister,").
 */

const APPOSITIVE_START = new Set(["a", "an", "its", "his", "her", "their"]);
// How many capitalised words the place of "Pendleton of Texas" or "Fairbanks, of Oregon"
// may have.
const MAX_HOME_WORDS = 3;

/**
 * After a name, the last token of a home place written as "of Texas" or ", of New
 * Mexico" ("Rep. Curtis Pendleton of Texas, the House Majority Leader"), so that the
 * appositive after it is read as the person's role; else the name's own last token.
 */
// How many capitalised words an organisation's name may have before a post in an appositive.
const MAX_OWNER_WORDS = 8;

/**
 * A role noun or a seat ("the local MP") within three words of token `from`, or a role
 * noun right after a capitalised owner's name.
 */
function roleNounFollows(body: string, tokens: NameToken[], from: number): boolean {
  if (
    tokens
      .slice(from, from + 3)
      .some((token) => ROLE_NOUNS.has(token.lower) || SEAT_NOUNS.has(token.lower))
  )
    return true;
  for (let index = from; index < tokens.length && index - from < MAX_OWNER_WORDS; index++) {
    const token = tokens[index];
    const previous = tokens[index - 1];
    if (!token || !previous) return false;
    const gap = body.slice(previous.end, token.start);
    if (gap !== " " && gap !== " & ") return false;
    if (!token.capitalised && token.lower !== "of") return false;
    if (token.possessive) {
      const after = tokens.slice(index + 1, index + 4);
      return after.some((word) => ROLE_NOUNS.has(word.lower));
    }
  }
  return false;
}

function afterHomePlace(body: string, tokens: NameToken[], nameEnd: number): number {
  const name = tokens[nameEnd];
  const of = tokens[nameEnd + 1];
  if (!name || of?.lower !== "of") return nameEnd;
  const gap = body.slice(name.end, of.start);
  if (gap !== " " && !/^,\s$/u.test(gap)) return nameEnd;
  let end = nameEnd + 1;
  for (let index = nameEnd + 2; index <= nameEnd + 1 + MAX_HOME_WORDS; index++) {
    const token = tokens[index];
    const previous = tokens[index - 1];
    if (!token?.capitalised || !previous || body.slice(previous.end, token.start) !== " ") break;
    end = index;
  }
  return end > nameEnd + 1 ? end : nameEnd;
}
const MAX_ROLE_WORDS = 12;
// Where an appositive stops: the verb or relative pronoun of the rest of the sentence.
const CLAUSE_VERB =
  /\s(?:said|says|told|added|warned|wrote|is|was|has|had|will|would|who|which|that|remains|and)(?=\s|$)/u;

// Words that rank or time a post and stand before the plain noun that says which post it
// is: "chief financial officer", "deputy fire chief", "Assistant chief fire officer".
const BEFORE_MODIFIER = new Set([
  "chief",
  "deputy",
  "assistant",
  "associate",
  "senior",
  "acting",
  "interim",
  "former",
]);

function joins(body: string, left: NameToken, right: NameToken): boolean {
  const gap = body.slice(left.end, right.start);
  return gap === " " || gap === "\u00a0";
}

// A word that can say which post a role noun names ("port", "harbour", "union"): a content
// word, not a verb form or an adverb ("praised director …", "newly elected mayor …"), and
// capitalised only because it opens a sentence or a line.
function isPlainModifier(body: string, token: NameToken): boolean {
  const lower = token.lower;
  if (token.possessive || !/^\p{L}{3,}$/u.test(token.bare)) return false;
  if (SENTENCE_OPENERS.has(lower) || GRAMMAR_WORDS.has(lower) || PREPOSITIONS.has(lower))
    return false;
  if (SPEECH_VERBS.has(lower) || IRREGULAR_PAST_VERBS.has(lower)) return false;
  if (/(?:ed|ing|ly)$/u.test(lower)) return false;
  if (!token.capitalised) return true;
  const before = body.slice(Math.max(0, token.start - 3), token.start);
  return token.start === 0 || /(?:[.!?:"“”]\s?|\n)\s?$/u.test(before);
}

/**
 * Lower-case role words right before the run at token `runStart`, back to a possessive
 * owner if any.
 *
 * @param body - the article body
 * @param tokens - its name tokens
 * @param runStart - index of the first token of the name (with its titles)
 * @returns the role, or undefined when the words before are no role
 */
export function roleBefore(body: string, tokens: NameToken[], runStart: number): Span | undefined {
  let first = runStart;
  let hasRoleNoun = false;
  // "the railroad's chief executive, Garrett Vanderhoof,": a role set off by a comma before
  // the name, one person's post (a singular role noun) owned by a possessive or "the".
  const named = tokens[runStart];
  const before = tokens[runStart - 1];
  const commaBefore =
    named !== undefined &&
    before !== undefined &&
    body.slice(before.end, named.start) === ", " &&
    (ROLE_NOUNS.has(before.lower) || TITLE_WORDS.has(before.lower)) &&
    !before.capitalised &&
    !before.lower.endsWith("s");
  let owned = false;
  for (let index = runStart - 1; index >= 0 && runStart - index <= 6; index--) {
    const token = tokens[index];
    const next = tokens[index + 1];
    const gapOk = index === runStart - 1 && commaBefore;
    if (!token || !next || !(gapOk || joins(body, token, next))) break;
    const lower = token.lower;
    if (token.possessive) {
      if (hasRoleNoun) first = index;
      owned = hasRoleNoun;
      break;
    }
    // "chief of staff": "of" joins two role words.
    const connector = lower === "of" && index < runStart - 1;
    const roleWord =
      connector || TITLE_WORDS.has(lower) || ROLE_NOUNS.has(lower) || NATIONALITIES.has(lower);
    // "harbour master", "Union leader", "fire chief": one plain noun that says which post,
    // right before the role noun, lower case or capitalised only by opening the sentence.
    const modifier =
      !roleWord &&
      hasRoleNoun &&
      index === first - 1 &&
      ROLE_NOUNS.has(tokens[first]?.lower ?? "") &&
      isPlainModifier(body, token);
    if (!(roleWord || modifier)) break;
    // Capitalised words join only as titles opening the sentence ("Former president ...").
    if (token.capitalised && !TITLE_WORDS.has(lower) && !modifier) break;
    if (ROLE_NOUNS.has(lower)) hasRoleNoun = true;
    first = index;
    if (modifier) {
      // "Assistant chief fire officer": ranks may stack before the plain noun.
      for (let back = index - 1; back >= 0; back--) {
        const ranked = tokens[back];
        const after = tokens[back + 1];
        if (!ranked || !after || !BEFORE_MODIFIER.has(ranked.lower) || !joins(body, ranked, after))
          break;
        first = back;
      }
      break;
    }
  }
  const firstToken = tokens[first];
  const lastToken = tokens[runStart - 1];
  if (!hasRoleNoun || first === runStart || !firstToken || !lastToken) return undefined;
  if (commaBefore && !owned && tokens[first - 1]?.lower !== "the") return undefined;
  // "commander of the Space Shuttle": a role ending in "of the" belongs to a thing, not a name.
  if (/^(?:the|of|a|an)$/u.test(lastToken.lower)) return undefined;
  return {
    text: body.slice(firstToken.start, lastToken.end),
    start: firstToken.start,
    end: lastToken.end,
  };
}

// Seats printed in capitals after a member's name, the British way ("Jane Hale MP",
// "Angus Reid MSP").
const POST_NOMINAL_SEATS = new Set(["mp", "msp", "mla", "mep", "mpp", "mna", "mha"]);

function seatAfter(body: string, tokens: NameToken[], nameEnd: number): Span | undefined {
  const name = tokens[nameEnd];
  const seat = tokens[nameEnd + 1];
  if (!name || !seat || body.slice(name.end, seat.start) !== " ") return undefined;
  const text = body.slice(seat.start, seat.end);
  if (!POST_NOMINAL_SEATS.has(seat.lower) || text !== text.toUpperCase()) return undefined;
  return { text, start: seat.start, end: seat.end };
}

/**
 * An appositive role after the name ending at token `lastIndex`: a noun phrase set off by
 * a comma and opened by an article, a possessive or a role word.
 *
 * @param body - the article body
 * @param tokens - its name tokens
 * @param lastIndex - index of the last token of the name
 * @returns the role, up to where the clause goes on, or undefined
 */
export function roleAfter(body: string, tokens: NameToken[], nameEnd: number): Span | undefined {
  const seat = seatAfter(body, tokens, nameEnd);
  if (seat) return seat;
  const lastIndex = afterHomePlace(body, tokens, nameEnd);
  const last = tokens[lastIndex];
  const first = tokens[lastIndex + 1];
  if (!last || !first || !/^,\s$/u.test(body.slice(last.end, first.start))) return undefined;
  const lower = first.lower;
  // ", the defence minister,": "the" opens a role only when a role noun follows closely,
  // or after the name of the body the post belongs to (", the Great Lakes & Ohio Valley
  // Railway's chief operating officer,").
  const theRole = lower === "the" && roleNounFollows(body, tokens, lastIndex + 2);
  const opensRole =
    APPOSITIVE_START.has(lower) ||
    theRole ||
    first.possessive ||
    ((TITLE_WORDS.has(lower) || ROLE_NOUNS.has(lower)) && lower !== "the" && lower !== "of");
  if (!opensRole) return undefined;
  let end = first;
  for (
    let index = lastIndex + 2;
    index < tokens.length && index - lastIndex <= MAX_ROLE_WORDS;
    index++
  ) {
    const token = tokens[index];
    if (!token) break;
    const gap = body.slice(end.end, token.start);
    if (gap !== " " && gap !== " & ") break;
    end = token;
  }
  // Stop where the clause ends: the role is one noun phrase, not the rest of the sentence.
  const text = body.slice(first.start, end.end);
  const verb = CLAUSE_VERB.exec(text);
  const roleEnd = verb ? first.start + verb.index : end.end;
  // Tokens keep an abbreviation's full stop ("Rand Corp."), never a sentence's.
  const roleText = body.slice(first.start, roleEnd).trimEnd();
  if (roleText === "" || roleText.split(" ").length < 2) return undefined;
  return { text: roleText, start: first.start, end: first.start + roleText.length };
}
