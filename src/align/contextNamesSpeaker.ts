import { foldNameWord } from "../text/foldName.js";
import { HONORIFICS } from "../text/nameWords.js";
import { TITLE_WORDS } from "../text/titleWords.js";
import { wordTokens } from "../text/words.js";
import type { VariantSpeaker } from "../types.js";
import { sameBody } from "./sameBody.js";

const UPPER_START = /^\p{Lu}/u;

/**
 * Whether the sentence around a quote credited to no one names a given speaker: a word of
 * the person's name ("Lopez said the building came down “like a pancake”"), or the
 * organisation or place by its name or adjective. This is the context that lets a phrase
 * without an attribution of its own join that speaker's statement, and keeps "Article
 * 5-like" in a sentence about Trump away from Witkoff's. A body a person's role speaks for
 * does not count: in a story about Russia nearly every sentence says "Russian".
 *
 * @param context - the sentence around the quote
 * @param speaker - the speaker of the statement it might join
 * @returns true when the sentence names the speaker
 */
export function contextNamesSpeaker(context: string, speaker: VariantSpeaker | undefined): boolean {
  if (speaker === undefined || speaker.kind === "description") return false;
  const words = wordTokens(context).map((token) => token.text);
  if (speaker.kind !== "person") {
    // The body by its name ("the White House"), or by its adjective ("Russian").
    const sentence = ` ${words.join(" ").toLowerCase()} `;
    const name = wordTokens(speaker.name)
      .map((token) => token.text.toLowerCase())
      .filter((word) => word !== "the");
    if (name.length === 0) return false;
    if (sentence.includes(` ${name.join(" ")} `)) return true;
    return name.length === 1 && words.some((word) => sameBody(word, speaker.name));
  }
  const capitalised = words.filter(
    (word) => UPPER_START.test(word) && !TITLE_WORDS.has(word.toLowerCase()),
  );
  const nameWords = new Set(
    wordTokens(speaker.name)
      .map((token) => token.text)
      .filter((word) => word.length >= 3 && !HONORIFICS.has(word.toLowerCase()))
      .map(foldNameWord),
  );
  return capitalised.some((word) => nameWords.has(foldNameWord(word)));
}
