/**
 * English function words: articles, pronouns, auxiliaries, prepositions, conjunctions and
 * determiners, the words that carry grammar rather than content. Negations ("not", "no",
 * "never", "without") are left out on purpose: they turn a statement into its opposite.
 */
const WORDS = `a an the and or but nor so yet if then than that this these those there here
it its itself he him his himself she her hers herself they them their theirs themselves we
us our ours ourselves you your yours yourself i me my mine myself who whom whose which what
when where why how whether is are was were be been being am do does did doing have has had
having will would shall should can could may might must of in on at to for by from with as
into onto upon over under about above below between among through during before after
against within via per up down out off also just only very too such both each either
neither any some all most more much many other another own same s`;

/**
 * The function-word list as a set of lower-case words.
 *
 * @example
 * ```ts
 * functionWords.has("the"); // true
 * functionWords.has("not"); // false: negations carry meaning
 * ```
 */
export const functionWords: ReadonlySet<string> = new Set(WORDS.split(/\s+/u).filter(Boolean));
