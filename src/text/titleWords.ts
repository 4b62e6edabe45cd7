/**
 * Titles and roles of people, shared by the name finder (titles split off names, roles
 * read around them), the quote stage (descriptions of speakers) and comparison (one
 * person given two roles). Lower-cased.
 */

function words(text: string): ReadonlySet<string> {
  return new Set(text.split(/\s+/u).filter((word) => word !== ""));
}

/**
 * Title words that may stand before a name, capitalised in copy ("Foreign Minister Sergey
 * Lavrov", "Sen. Ted Cruz", "Admiral Giuseppe Cavo Dragone"), with the modifiers titles
 * take ("Former", "Acting", "Deputy", "Chief").
 */
export const TITLE_WORDS = words(`
president vice minister prime foreign defense defence interior finance justice health deputy
secretary state general gen gen. admiral adm adm. colonel col col. lt lt. lieutenant major maj maj.
captain capt capt. sergeant sgt sgt. commander cmdr cmdr. chancellor senator sen sen. representative
rep rep. governor gov gov. mayor ambassador envoy special chief director chairman chairwoman chair
chairperson ceo cfo coo cto spokesman spokeswoman spokesperson king queen prince princess pope cardinal
archbishop bishop rev rev. reverend father sheikh emir sultan judge prosecutor attorney mr mr. mrs
mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady first premier leader head officer
commissioner high speaker former acting top senior opposition supreme military national security
adviser advisor diplomat spy intelligence staff chief-of-staff lawmaker coach analyst editor
correspondent treasurer superintendent secretary-general detective inspector sister brother
presidents agent corporal pastor rabbi imam ayatollah trooper constable marshal mullah
patriarch metropolitan congressman congresswoman councilman councilwoman councillor alderman
sheriff magistrate ombudsman brigadier mufti provost assistant executive press host author
columnist anchor reporter nominee candidate strategist pollster economist manager founder
co-founder presidential democratic republican gop independent official nurse doctor coun coun.
whip assemblyman assemblywoman assemblymember delegate boss skipper member members master
cllr cllr. councillor supt supt. det det. insp insp. const const. mp mla mep clerk warden supervisor referee umpire
shri sri smt smt. shrimati collector tehsildar sarpanch additional joint undersheriff
undersecretary under-secretary msp mpp mna mha legislator alderwoman selectman selectwoman
corporal cpl cpl. pvt pvt. pte pte. spc spc. cst cst. brig brig. cr cr. coordinator
`);

/**
 * Portfolio words: a title only together with another title word ("Transport Minister",
 * "Education Secretary", "Home Secretary"), never on their own.
 */
export const PORTFOLIO_WORDS = words(`
transport transportation trade commerce industry education agriculture labor labour energy
environment culture communications infrastructure home housing tourism development immigration
fisheries sports science digital veterans homeland treasury budget water mining youth women
family welfare economy affairs ministry finance-minister foreign-minister road highways railways
shipping aviation petroleum textiles steel coal tribal rural urban external internal human
resources resource social public works local natural civil information broadcasting
parliamentary food consumer minority majority child children sport heritage climate business
government emergency management corrections conservation customs revenue disability seniors
pensions arts regional employment skills forestry biosecurity
`);

/**
 * Titles strong enough to make one following capitalised word a person ("President
 * Putin", "Mr. Trump"), where a bare capitalised word would be too weak to call a name.
 */
export const STRONG_TITLES = words(`
president minister secretary chancellor senator sen. rep. gov. governor mayor general gen.
admiral adm. king queen prince princess pope mr. mrs. ms. dr. prof. professor ambassador envoy
premier judge commissioner sheikh colonel col. lt. capt. captain sgt. chairman spokesman
spokeswoman director chief shri smt. collector
`);

/**
 * Nouns for what a person is, used in lower case before or after a name ("chief of staff
 * Andriy Yermak", "Samuel Charap, a Russia analyst") and as the head of a description
 * that stands for a person ("the minister said", "a senior official said").
 */
export const ROLE_NOUNS = words(`
president minister secretary chancellor senator governor mayor general admiral ambassador envoy
premier spokesman spokeswoman spokesperson spokespeople spokespersons staff adviser advisor
advisers diplomat diplomats chief director chairman chairwoman chair chairperson vice-chair
leader leaders head commander referee umpire linesman
analyst analysts official officials lawmaker lawmakers prosecutor prosecutors counterpart
correspondent aide aides expert experts lawyer attorney candidate candidates nominee nominees
front-runner frontrunner representative congressman congresswoman judge judges justices
professor economist strategist pollster operative manager host critic critics source sources
officer officers businessman businesswoman billionaire mogul veteran activist activists sheriff
tycoon model actor actress singer star player voter voters resident residents student students
worker workers protester protesters protestors reporter reporters supporter supporters opponent
opponents employee employees member members owner founder counsel senators governors ministers
presidents secretaries widow mother father wife husband daughter son commissioner inspector
detective coach pastor bishop priest nurse doctor teacher farmer colonel captain sergeant
witness witnesses neighbor neighbour neighbors neighbours survivor survivors victim victims
master harbourmaster harbormaster headmaster headteacher superintendent whip clerk warden supervisor
undersheriff undersecretary
man woman men women customer customers engineer engineers firefighter firefighters driver
drivers passenger passengers shopper shoppers parent parents mechanic pilot pilots paramedic
paramedics trader traders vendor vendors shopkeeper fisherman fishermen villager villagers
commuter commuters patient patients volunteer volunteers miner miners labourer laborer
labourers laborers scientist scientists researcher researchers physician surgeon pharmacist
technician electrician plumber contractor chef waiter cashier soldier soldiers ranger
lifeguard principal lecturer pupil pupils graduate rancher trucker courier caregiver carer
midwife dentist bystander bystanders passer-by passerby homeowner homeowners tenant tenants
landlord retiree retirees pensioner pensioners colleague colleagues friend friends relative
relatives fan fans spectator spectators tourist tourists visitor visitors athlete athletes
striker midfielder defender goalkeeper goalie batsman bowler pitcher cyclist rider runner
welder carpenter baker butcher machinist dockworker docker cleaner janitor porter guard
`);

/**
 * Seats in an assembly or a council, which a member holds ("the local MP", "a Green
 * councillor", "Angus Reid MSP").
 */
export const SEAT_NOUNS = words(`
councillor councilor councilman councilwoman alderman alderwoman mp mla mep msp mpp mna mha
legislator selectman selectwoman assemblyman assemblywoman assemblymember senator
representative congressman congresswoman lawmaker
`);

/**
 * Nouns for what a person is to the story or to someone else, which copy capitalises
 * before a name in captions, labels and at the start of a sentence ("Passenger Jorge
 * Almanza", "Neighbour Ada Vos"): a descriptor of the person, not a given name.
 */
export const DESCRIPTOR_NOUNS = words(`
passenger driver juror pilot co-pilot motorist cyclist pedestrian bystander eyewitness commuter
shopper customer client tenant landlord homeowner fan spectator patient parent grandmother
grandfather grandson granddaughter grandparent uncle aunt cousin nephew niece sibling stepfather
stepmother stepson stepdaughter friend colleague classmate teammate roommate coworker co-worker
suspect defendant plaintiff inmate prisoner detainee hostage refugee migrant volunteer rescuer
firefighter paramedic medic lifeguard trucker sailor fisherman crewman deckhand caller diner
guest visitor tourist traveller traveler rider hiker climber swimmer runner winner loser
contestant applicant graduate alumnus alumna freshman sophomore rookie
moderator panellist panelist
`);

/**
 * Nouns for a member of a party, capitalised in copy: "the St. Louis Democrat said", "a
 * Joplin Republican", "the Tory". They head a description of a politician, never a name.
 */
export const PARTY_MEMBER_NOUNS = words(`
democrat republican tory conservative liberal socialist libertarian
`);

/**
 * Nouns for the bodies and documents that speak in news copy ("the ministry said", "a
 * statement said", "the report found"): a description headed by one of these is a source,
 * not a person.
 */
export const SOURCE_NOUNS = words(`
statement report poll survey study letter memo filing document website tweet transcript release
newspaper paper ad ads email campaign administration ministry kremlin department agency committee
government organizers organisers group groups company commission council board court party union
team office organization organisation foundation institute firm network station magazine
publication outlet panel crowd audience update notice bulletin advisory district forum
federation association alliance airline carrier corporation authority club chamber railway
operator regulator retailer insurer bank lender manufacturer carmaker broadcaster charity
hospital university college school museum library trust society coalition cooperative league
bureau service brand chain utility
`);

/**
 * People who speak for a body, not for themselves: "a spokesman for Harrowgate Land" is
 * Harrowgate Land speaking.
 */
export const SPOKES_NOUNS = words("spokesman spokeswoman spokesperson representative");

// Posts named for a man or a woman: titles before a name and heads of a role alike.
const MALE_POSTS = "congressman spokesman chairman councilman businessman";
const FEMALE_POSTS = "congresswoman spokeswoman chairwoman councilwoman businesswoman";

/** Titles and honorifics that say a person is a man. */
export const MALE_TITLES = words(`mr sir lord king prince father brother ${MALE_POSTS}`);

/** Titles and honorifics that say a person is a woman. */
export const FEMALE_TITLES = words(
  `mrs ms miss madam dame lady queen princess sister ${FEMALE_POSTS}`,
);

/** Nouns of kin and of "-man" posts that, heading a role, say a person is a man ("the victim's father"). */
export const MALE_NOUNS = words(
  `father son husband widower brother grandfather grandson uncle nephew stepfather stepson boyfriend ${MALE_POSTS}`,
);

/** The same for a woman ("the victim's mother", "his widow"). */
export const FEMALE_NOUNS = words(
  `mother daughter wife widow sister grandmother granddaughter aunt niece stepmother stepdaughter girlfriend ${FEMALE_POSTS}`,
);

/**
 * Short forms of titles mapped to the role they stand for, so that "Sen. Ada Lind" and
 * "the senator" name the same post.
 */
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
  cmdr: "commander",
  const: "constable",
  det: "detective",
  insp: "inspector",
  supt: "superintendent",
  cr: "councillor",
  cpl: "corporal",
  pvt: "private",
  pte: "private",
  spc: "specialist",
  cst: "constable",
  brig: "brigadier",
  cllr: "councillor",
  coun: "councillor",
  spokeswoman: "spokesman",
  spokesperson: "spokesman",
  frontrunner: "front-runner",
};

/**
 * Posts that news copy names several ways, each printed form (lower case, possessives and
 * articles removed) mapped to one canonical form, so that "Foreign Minister", "top
 * diplomat" and "Minister of Foreign Affairs" read as one post and only a different post
 * is a different role. "Top diplomat" names a country's foreign minister, the US Secretary
 * of State and the EU's High Representative alike.
 */
export const ROLE_SYNONYMS: ReadonlyMap<string, string> = new Map(
  (
    [
      [
        "foreign minister",
        "top diplomat|chief diplomat|minister of foreign affairs|minister for foreign affairs|foreign affairs minister|foreign secretary|secretary of state|high representative|foreign policy chief",
      ],
      [
        "defense minister",
        "defence minister|minister of defense|minister of defence|minister for defence|defense secretary|defence secretary|secretary of defense|secretary of defence|pentagon chief",
      ],
      [
        "interior minister",
        "home secretary|home minister|minister of the interior|minister of interior|interior secretary",
      ],
      [
        "finance minister",
        "minister of finance|minister for finance|treasury secretary|secretary of the treasury|chancellor of the exchequer",
      ],
      ["prime minister", "premier|pm"],
      ["spokesman", "spokeswoman|spokesperson|press officer"],
      ["chief executive", "ceo|chief executive officer"],
      ["chief financial officer", "cfo|chief finance officer"],
      ["chief operating officer", "coo"],
      ["chief technology officer", "cto"],
      ["chairman", "chairwoman|chairperson|chair"],
      ["police chief", "chief of police|police commissioner"],
      ["representative", "congressman|congresswoman|rep|member of congress"],
      ["senator", "sen"],
      ["governor", "gov"],
      ["attorney general", "justice secretary|justice minister|minister of justice"],
      ["lawyer", "attorney|counsel|defense lawyer|defence lawyer|defense attorney"],
    ] as const
  ).flatMap(([canonical, others]) => [
    [canonical, canonical] as const,
    ...others.split("|").map((other) => [other, canonical] as const),
  ]),
);

/**
 * Words that make a post a different, lower one ("Vice President" is not "President",
 * "Deputy Foreign Minister" is not "Foreign Minister"): a role with one of these never
 * counts as a more specific form of the same role without it.
 */
export const RANK_WORDS = words("vice deputy assistant under associate lieutenant co-chair");

/**
 * Formal titles: posts a person holds by appointment or election ("President", "Foreign
 * Minister", "Constable"), as against descriptions ("aide", "reporter", "mother"). Two
 * outlets giving one person two different formal titles is a finding; two descriptions
 * are two true things said about them.
 */
export const FORMAL_TITLES = words(`
president minister secretary chancellor senator governor mayor general admiral ambassador envoy
premier judge justice commissioner sheikh emir king queen prince princess pope colonel captain
major lieutenant sergeant chairman spokesman director chief commander constable detective
inspector superintendent sheriff marshal prosecutor representative speaker executive treasurer
attorney-general secretary-general brigadier provost bishop archbishop cardinal master
harbourmaster harbormaster headmaster headteacher whip
`);
