/**
 * Word lists of the quote stage, lower case. Kept in one place so that a reader can see
 * what the rules know about English news prose.
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

/** Verbs of saying, in the forms news prose uses. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  [
    "say says said saying",
    "tell tells told telling",
    "add adds added adding",
    "state states stated stating",
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
  ]
    .join(" ")
    .split(" ")
    .filter((verb) => !AMBIGUOUS_NOUNS.has(verb)),
);

/** Title and role words stripped from the front of a name ("Foreign Minister Sergey Lavrov"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  (
    "president vice minister prime foreign defence defense interior finance secretary " +
    "senator sen rep representative gov governor mayor admiral adm general gen chief " +
    "spokesperson spokesman spokeswoman chairman chairwoman chair director ambassador envoy " +
    "deputy mr mrs ms miss dr prof professor judge justice king queen prince princess pope " +
    "rev reverend sir lord lady dame col colonel lt lieutenant capt captain sgt sergeant " +
    "commander congressman congresswoman candidate leader speaker attorney adviser advisor " +
    "officer official host author editor contributor analyst cardinal rabbi imam sheikh emir " +
    "chancellor premier ceo chairperson commissioner sheriff coach state affairs ministry " +
    "former acting assistant executive press national security staff gop democratic " +
    "republican independent presidential nominee strategist pollster economist manager " +
    "founder co-founder correspondent columnist anchor reporter lawmaker ombudsman nurse " +
    "doctor detective agent trooper pastor father bishop archbishop rabbi mufti inspector " +
    "superintendent provost coach councilman councilwoman councillor alderman " +
    "magistrate prosecutor commissioner marshal corporal brigadier"
  ).split(" "),
);

/** Honorifics: stripped from names, and a mark that the name is a person's. */
export const HONORIFICS: ReadonlySet<string> = new Set(
  "mr mrs ms miss dr sir dame lady lord madam".split(" "),
);

/** Words that make a capitalised run an organisation. */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set(
  (
    "kremlin pentagon house department ministry committee council commission agency party " +
    "campaign corp corporation inc institute university association organization organisation " +
    "court congress senate parliament government office bureau service times post news " +
    "network group foundation bank fund union alliance army navy police administration " +
    "company co ltd llc center centre board authority federation club league press journal " +
    "magazine tribune herald guardian reuters bbc cnn fox msnbc abc nbc cbs npr politico " +
    "nato eu un"
  ).split(" "),
);

/** Capitalised function words that begin sentences but are not names. */
export const CAPITALIZED_STOPWORDS: ReadonlySet<string> = new Set(
  (
    "the a an and but or nor so yet for of in on at to by from with as if when while after " +
    "before since until because though although however meanwhile also still even then there " +
    "here this that these those it its he she they we i you his her their our my your him them " +
    "us me who what where why how which whose some many most other others all both each every " +
    "no not one two three several few such more less last next first second new now today " +
    "tonight yesterday tomorrow speaking asked according instead indeed despite amid among " +
    "under over about against without within during through across into onto upon per via " +
    "do does did is are was were be been has have had will would can could should may might " +
    "must let mostly already just only again never always perhaps maybe yes well oh like " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april " +
    "june july august september october november december mon tue wed thu fri sat sun jan feb " +
    "mar apr jun jul aug sep sept oct nov dec"
  ).split(" "),
);

/** Days and months, which are capitalised but never speakers. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  (
    "monday tuesday wednesday thursday friday saturday sunday january february march april may " +
    "june july august september october november december jan feb mar apr jun jul aug sep sept " +
    "oct nov dec"
  ).split(" "),
);

/** Name particles that may sit between the capitalised parts of a name. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  "de da das do dos du del della di van von der den ter bin ibn al el la le".split(" "),
);

/** Prepositions: a name right after one is an object, not the subject of a verb. */
export const PREPOSITIONS: ReadonlySet<string> = new Set(
  (
    "of in on at to for from with by about against over under into onto upon between among " +
    "toward towards than like via per during across through behind beside near after before " +
    "including between"
  ).split(" "),
);

/** Head nouns of speaker descriptions ("the minister", "a senior official"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  (
    "spokesman spokeswoman spokesperson official officials minister president senator governor " +
    "secretary aide aides adviser advisers advisor analyst analysts expert experts lawyer " +
    "attorney candidate nominee front-runner frontrunner chairman chairwoman director " +
    "ambassador envoy diplomat diplomats leader leaders lawmaker lawmakers representative " +
    "congressman congresswoman mayor judge prosecutor prosecutors professor economist " +
    "strategist pollster operative manager chief commander host critic critics campaign " +
    "statement source sources officer officers administration ministry kremlin department " +
    "agency committee government organizers organisers group groups company spokespeople " +
    "businessman businesswoman billionaire mogul veteran activist activists sheriff tycoon " +
    "model actor actress singer star player voter voters resident residents student students " +
    "worker workers protester protesters protestors crowd audience reporter reporters " +
    "newspaper paper ad ads email report poll survey study letter memo filing document " +
    "website tweet transcript release spokespersons supporter supporters opponent opponents " +
    "employee employees member members owner founder head counsel nominees candidates " +
    "senators governors ministers presidents secretaries justices judges commission council " +
    "board court party union team office organization foundation institute firm network " +
    "station magazine publication outlet panel widow mother father wife husband daughter son " +
    "chancellor premier commissioner inspector detective coach pastor bishop priest nurse " +
    "doctor teacher farmer officer general admiral colonel captain sergeant"
  ).split(" "),
);

/** Determiners that start a speaker description. */
export const DETERMINERS: ReadonlySet<string> = new Set(
  "the a an one another his her their its my our your this that some several two three".split(" "),
);

/** Third-person pronouns that may stand for a speaker. */
export const PRONOUNS: ReadonlySet<string> = new Set("he she they".split(" "));

/** Short forms of titles, mapped to the role noun they stand for. */
export const TITLE_EXPANSIONS: Readonly<Record<string, string>> = {
  sen: "senator",
  rep: "representative",
  gov: "governor",
  gen: "general",
  adm: "admiral",
  col: "colonel",
  lt: "lieutenant",
  capt: "captain",
  sgt: "sergeant",
  prof: "professor",
  rev: "reverend",
  spokeswoman: "spokesman",
  spokesperson: "spokesman",
  frontrunner: "front-runner",
};

/** Places often named in news: a run made only of these is a place, not a person. */
export const PLACE_WORDS: ReadonlySet<string> = new Set(
  (
    "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia " +
    "hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts " +
    "michigan minnesota mississippi missouri montana nebraska nevada hampshire jersey mexico " +
    "york carolina dakota ohio oklahoma oregon pennsylvania rhode island tennessee texas utah " +
    "vermont virginia washington wisconsin wyoming new north south west east america american " +
    "united states kingdom britain england scotland france germany russia ukraine china japan " +
    "india iran iraq syria israel canada europe asia africa moscow kyiv kiev beijing london " +
    "paris berlin brussels tokyo jerusalem baghdad damascus tehran d.c dc u.s u.k usa uk us eu " +
    "city county los angeles san francisco chicago boston miami atlanta houston dallas detroit " +
    "philadelphia seattle denver phoenix las vegas orleans cleveland manhattan brooklyn " +
    "poland finland turkey egypt cuba korea afghanistan pakistan libya yemen saudi arabia " +
    "jordan lebanon qatar venezuela brazil italy spain greece sweden norway"
  ).split(" "),
);

/** Past tenses that attribute a quote written right after it (“…,” Markova went on). */
export const IRREGULAR_PAST_VERBS: ReadonlySet<string> = new Set(
  "went shot fired hit read began wrote spoke said told put sang cried".split(" "),
);
