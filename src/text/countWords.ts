/**
 * Words around counts, shared by the number finder (what a number counts) and comparison
 * (whether two outlets' numbers count one thing, and whether that thing can grow between
 * reports). Lower-cased.
 */

/**
 * Words that say which state counted things are in ("12 wounded soldiers", "5 dead"): the
 * number finder keeps one before a counted noun in the head, so that "5 dead" and "12
 * wounded soldiers" never meet as one count.
 */
export const STATE_WORDS: ReadonlySet<string> = new Set([
  "dead",
  "killed",
  "wounded",
  "injured",
  "missing",
  "detained",
  "arrested",
  "captured",
  "displaced",
  "evacuated",
  "infected",
  "confirmed",
]);

/**
 * Words near a count that say what happened to the counted things, each mapped to one
 * outcome, so that "killed 12 people", "12 people died" and "a death toll of 12" all count
 * the dead, and "12 people were hurt" the injured.
 */
export const OUTCOME_WORDS: ReadonlyMap<string, string> = new Map([
  ...[
    "dead",
    "killed",
    "died",
    "die",
    "dies",
    "death",
    "deaths",
    "fatalities",
    "fatality",
    "toll",
  ].map((word) => [word, "dead"] as const),
  ...["kill", "kills", "killing", "perished", "lives", "bodies"].map(
    (word) => [word, "dead"] as const,
  ),
  ...[
    "injured",
    "wounded",
    "hurt",
    "injuries",
    "injuring",
    "wounding",
    "hospitalized",
    "hospitalised",
  ].map((word) => [word, "injured"] as const),
  ...["missing", "unaccounted"].map((word) => [word, "missing"] as const),
  ...["arrested", "detained", "captured", "held", "seized", "nabbed", "apprehended", "arrests"].map(
    (word) => [word, "held"] as const,
  ),
  ...["rescued", "saved"].map((word) => [word, "rescued"] as const),
  ...["evacuated", "displaced", "homeless", "fled"].map((word) => [word, "displaced"] as const),
  ...["infected", "cases", "confirmed"].map((word) => [word, "infected"] as const),
  ...["charged", "indicted"].map((word) => [word, "charged"] as const),
  // The sides of a vote: "six Republicans voted against", "two Democrats backed it".
  ...["against", "opposed", "oppose", "opposing", "nay", "nays"].map(
    (word) => [word, "against"] as const,
  ),
  ...["supported", "support", "supporting", "backed", "backing", "yea", "yeas"].map(
    (word) => [word, "for"] as const,
  ),
  // Members of one side joining the other: "three Republicans sided with Democrats",
  // "five crossed the aisle", "broke ranks", "bucked their party".
  ...["sided", "crossed", "defected", "broke", "bucked", "joined"].map(
    (word) => [word, "crossed"] as const,
  ),
]);

/**
 * Words that, right after a word of voting ("voted no", "votes for"), give the side of the
 * vote: alone they are too common to say anything.
 */
export const VOTE_SIDE_WORDS: ReadonlyMap<string, string> = new Map([
  ["no", "against"],
  ["yes", "for"],
  ["for", "for"],
  ["aye", "for"],
]);

/** Words of voting that a {@link VOTE_SIDE_WORDS} word may follow. */
export const VOTING_WORDS: ReadonlySet<string> = new Set(["vote", "voted", "votes", "voting"]);

/**
 * Outcomes whose counts grow as a story unfolds (a death toll reported hours apart): two
 * outlets giving different counts of these may both be right at the time they wrote.
 */
export const GROWING_OUTCOMES: ReadonlySet<string> = new Set([
  "dead",
  "injured",
  "missing",
  "held",
  "rescued",
  "displaced",
  "infected",
  "charged",
]);

/**
 * Words that make a count a part rather than the whole ("another 5 pirates", "three other
 * rifles", "two more bodies"): such a count is not the story's count of the thing.
 */
export const PARTIAL_COUNT_WORDS: ReadonlySet<string> = new Set([
  "other",
  "others",
  "another",
  "more",
  "additional",
  "further",
  "remaining",
  "extra",
  "fewer",
  "new",
  "separate",
  "adding",
  "added",
]);

/**
 * Words that make a count a window of a longer run rather than the whole ("his first three
 * seasons", "each of the past five seasons", "the last two games"): two windows of one run
 * differ without disagreeing.
 */
export const WINDOW_COUNT_WORDS: ReadonlySet<string> = new Set(
  "first past last next previous final recent opening top".split(" "),
);

/**
 * Heads that count what one person scored or made ("31 points", "12 rebounds"): compared
 * only between counts that name the same person, since a game holds many players' counts.
 */
export const PERSONAL_TALLY_HEADS: ReadonlySet<string> = new Set(
  "point points rebound rebounds assist assists goal goals yard yards run runs hit hits strikeout strikeouts touchdown touchdowns homer homers rbi rbis steal steals save saves tackle tackles sack sacks wicket wickets".split(
    " ",
  ),
);

/**
 * Words beside a count that make it what remains rather than the whole ("needs 836
 * delegates", "71 delegates short of", "within 150 delegates"): a remainder changes with
 * every count it is taken from.
 */
export const REMAINDER_WORDS: ReadonlySet<string> = new Set(
  "need needs needed short shy within away remaining left behind".split(" "),
);

/**
 * Heads that measure or place rather than count ("150 nautical miles", "three times
 * longer", "the 12000 block of East 223rd Street"): distances, sizes and addresses of
 * many different things, which comparison does not set against each other.
 */
export const MEASURE_HEADS: ReadonlySet<string> = new Set(
  `mile miles km kms kilometre kilometres kilometer kilometers foot feet metre metres meter meters
yard yards inch inches acre acres hectare hectares ton tons tonne tonnes pound pounds kg kilogram
kilograms gallon gallons litre litres liter liters degree degrees percent per times time block
blocks mph kph knots storey storeys story stories floor floors point points`.split(/\s+/u),
);

/**
 * Words beside a score that say what it scores, each mapped to one subject, so that "won
 * 3-1", "a 3-1 victory" and "beat them 3-1" are one result and "a 53-3 record" another
 * thing than "voted 53-47".
 */
export const SCORE_SUBJECTS: ReadonlyMap<string, string> = new Map([
  ...[
    "won",
    "win",
    "wins",
    "winning",
    "victory",
    "beat",
    "beats",
    "beaten",
    "beating",
    "game",
    "outlasted",
    "defeated",
    "defeat",
    "defeats",
    "lost",
    "loss",
    "losses",
    "lose",
    "loses",
    "losing",
    "edged",
    "routed",
    "rout",
    "thrashed",
    "swept",
    "drew",
    "draw",
    "tie",
    "tied",
    "triumph",
    "result",
    "scoreline",
    "aggregate",
    "final",
  ].map((word) => [word, "result"] as const),
  ...["record"].map((word) => [word, "record"] as const),
  // A tally beside the verb of what the vote did ("confirmed him 52-47", "passed 217-212").
  ...[
    "vote",
    "voted",
    "votes",
    "voting",
    "tally",
    "margin",
    "confirmed",
    "confirming",
    "confirmation",
    "passed",
    "passing",
    "approved",
    "approving",
    "rejected",
    "rejecting",
    "adopted",
    "ratified",
    "ratifying",
    "cleared",
    "elected",
    "overrode",
    "ruling",
    "ruled",
  ].map((word) => [word, "vote"] as const),
  ...["led", "lead", "leads", "leading", "trail", "trailed", "trails", "trailing"].map(
    (word) => [word, "lead"] as const,
  ),
]);

/**
 * Time units a count may measure: "three days", "20 years". Most durations describe
 * different stretches of time, so comparison sets two against each other only as prison
 * terms.
 */
export const DURATION_WORDS: ReadonlySet<string> = new Set(
  "second seconds minute minutes hour hours day days week weeks month months year years decade decades century centuries".split(
    " ",
  ),
);
