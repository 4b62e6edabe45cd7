/**
 * English function words, shared by the name finder and the quote stage: the words that
 * open sentences and headings but never start a name, prepositions (a name after one is
 * an object, not a speaker), determiners and subject pronouns. Lower-cased.
 */

function words(text: string): ReadonlySet<string> {
  return new Set(text.split(/\s+/u).filter((word) => word !== ""));
}

/**
 * Capitalised words that open sentences, headings and page labels but are never the first
 * word of a name ("The", "However", "Speaking", "Read", "Share"). Months and weekdays are
 * in the calendar words.
 */
export const SENTENCE_OPENERS = words(`
the a an and but or nor so yet for if in on at by to of from with without as after before during
while when where why how what who whom whose which that this these those it its he she they we you
i i'm his her their our my your him them us me there here then now still also however meanwhile
instead although though because since until despite speaking according asked under over about
into onto upon through between among against amid within across per via such some many most more
less both each every all any no not one two three several few other others another only even just
again never always perhaps maybe already mostly indeed last next first second new earlier later
today tonight yesterday tomorrow like unlike once whether do does did is are was were be been has
have had will would can could should may might must let please yes well oh thanks read share
follow subscribe watch listen sign advertisement related photo article chapter section
`);

/** Prepositions: a name right after one is an object, not the subject of a verb. */
export const PREPOSITIONS = words(`
of in on at to for from with by about against over under into onto upon between among toward
towards than like via per during across through behind beside near after before including
around outside inside within beyond throughout along amid amongst despite without beneath
below above opposite unlike alongside
`);

/** Determiners that open a description of a person ("the minister", "a senior official"). */
export const DETERMINERS = words(
  "the a an one another his her their its my our your this that some several two three",
);

/** Third-person subject pronouns that may stand for a speaker. */
export const SUBJECT_PRONOUNS = words("he she they");

/**
 * Words that carry grammar rather than content: articles, pronouns, auxiliaries,
 * prepositions, conjunctions and determiners. Alignment weighs them lightly when it asks
 * whether two quotes say the same thing. Negations ("not", "no", "never", "without") are
 * left out on purpose: they turn a statement into its opposite.
 *
 * @example
 * ```ts
 * GRAMMAR_WORDS.has("the"); // true
 * GRAMMAR_WORDS.has("not"); // false
 * ```
 */
export const GRAMMAR_WORDS = words(`
a an the and or but nor so yet if then than that this these those there here it its itself
he him his himself she her hers herself they them their theirs themselves we us our ours
ourselves you your yours yourself i me my mine myself who whom whose which what when where why
how whether is are was were be been being am do does did doing have has had having will would
shall should can could may might must of in on at to for by from with as into onto upon over
under about above below between among through during before after against within via per up
down out off also just only very too such both each either neither any some all most more much
many other another own same s
`);
