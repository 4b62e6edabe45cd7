/**
 * The words of reported speech: verbs of saying in the forms news prose uses, the nouns
 * that can be read as those verbs, and the nouns for what someone said. Lower-cased.
 */

/**
 * Forms that are more often nouns ("the states", "the reports") than verbs of saying;
 * they count as verbs only right after a name or a pronoun ("Markova calls", "she vows").
 */
export const AMBIGUOUS_NOUNS: ReadonlySet<string> = new Set(
  (
    "state states post posts report reports charge charges claim claims call calls demand " +
    "demands note notes remark remarks promise promises label labels brand brands joke jokes " +
    "quip quips vow vows blast blasts slam slams counter counters tout touts thanks praise " +
    "attack attacks echo quote cite read reads reply reason maintain wonder muse"
  ).split(" "),
);

/** Verbs of saying whose object is the one told ("told the BBC"), never the one speaking. */
export const HEARER_VERBS: ReadonlySet<string> = new Set(
  "tell tells told telling inform informs informed informing".split(" "),
);

/** Verbs of saying, in the forms news prose uses. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  [
    "say says said saying",
    "tell tells told telling",
    "add adds added adding",
    "state states stated stating",
    // Indian copy: "the Collector informed reporters", "…,” he informed.
    "inform informs informed informing",
    "write writes wrote writing",
    "tweet tweets tweeted tweeting",
    "post posts posted",
    "ask asks asked asking",
    "explain explains explained explaining",
    "note notes noted noting",
    "argue argues argued arguing",
    "insist insists insisted insisting",
    "declare declares declared declaring",
    "warn warns warned warning",
    "claim claims claimed claiming",
    "reply replies replied replying",
    "respond responds responded responding",
    "recall recalls recalled recalling",
    "continue continues continued continuing",
    "acknowledge acknowledges acknowledged acknowledging",
    "admit admits admitted admitting",
    "announce announces announced announcing",
    "assert asserts asserted asserting",
    "contend contends contended contending",
    "suggest suggests suggested suggesting",
    "observe observes observed observing",
    "remark remarks remarked remarking",
    "quip quips quipped quipping",
    "joke jokes joked joking",
    "concede concedes conceded conceding",
    "emphasize emphasizes emphasized emphasizing emphasise emphasised stress stressed stresses",
    "promise promises promised promising vow vows vowed vowing",
    "predict predicts predicted predicting",
    "boast boasts boasted boasting",
    "complain complains complained complaining",
    "call calls called calling",
    "describe describes described describing",
    "dub dubs dubbed dubbing label labels labeled labelled labeling",
    "brand brands branded branding",
    "tout touts touted touting",
    "shout shouts shouted yell yells yelled",
    "testify testifies testified testifying",
    "recount recounts recounted recounting",
    "urge urges urged urging",
    "plead pleads pleaded pleading",
    "scoff scoffs scoffed counter counters countered",
    "caution cautions cautioned cautioning",
    "confirm confirms confirmed confirming",
    "report reports reported",
    "write wrote written",
    "reiterate reiterates reiterated reiterating",
    "accuse accuses accused accusing",
    "dismiss dismisses dismissed dismissing",
    "threaten threatens threatened threatening",
    "demand demands demanded demanding",
    "deny denies denied denying",
    "mock mocks mocked mocking",
    "blast blasts blasted slam slams slammed",
    "charge charges charged",
    "proclaim proclaims proclaimed",
    "according",
    "exclaim exclaims exclaimed interrupt interrupted interrupting conclude concludes concluded",
    "praise praises praised praising thank thanks thanked thanking pledge pledged pledging",
    "bemoan bemoaned lament laments lamented chant chanted chanting read reads",
    "sing sang tweeted reply retort retorted snap snapped shoot quote quoted quoting cite cited citing",
    "whisper whispered muse mused wonder wondered agree agreed lauded hail hailed echo echoed",
    "criticize criticized criticised criticizing criticising attack attacked attacking",
    "opine opined insisted maintained maintain maintains reason reasoned concluded",
    "announced predicted proclaimed clarified explain elaborated elaborate summed",
    "decry decries decried decrying deride derides derided deriding refer refers referred referring",
    "coin coins coined term terms termed deem deems deemed denounce denounces denounced denouncing",
    "condemn condemns condemned condemning compare compares compared comparing",
    // Verbs of saying with a mood, common in tabloid and partisan copy ("fumed Nora Halloway").
    "fume fumes fumed fuming raged seethe seethes seethed thundered",
    "sneer sneers sneered gush gushes gushed rant rants ranted bristled",
  ]
    .join(" ")
    .split(" ")
    .filter((verb) => !AMBIGUOUS_NOUNS.has(verb)),
);

/** Past tenses that attribute a quote written right after it (“…,” Markova went on). */
export const IRREGULAR_PAST_VERBS: ReadonlySet<string> = new Set(
  "went shot fired hit read began wrote spoke said told put sang cried".split(" "),
);

/** Nouns for what someone said: their owner is the speaker ("the senator's answer was that …"). */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set(
  (
    "answer answers response reply statement statements comment comments remark remarks words " +
    "message view argument claim tweet tweets post letter email speech testimony"
  ).split(" "),
);

/**
 * The plain verbs of reporting, "say" and "tell": inside a quote they are nearly always
 * an attribution the outlet's punctuation left in (“…, Jeffs was heard saying”), so they
 * say little about which statement a quote is.
 *
 * @example
 * ```ts
 * PLAIN_SAYING_VERBS.has("said"); // true
 * PLAIN_SAYING_VERBS.has("agreed"); // false
 * ```
 */
export const PLAIN_SAYING_VERBS: ReadonlySet<string> = new Set(
  "say says said saying tell tells told telling".split(" "),
);
