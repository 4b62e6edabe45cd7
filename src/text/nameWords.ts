/**
 * Words that sit inside or around personal names, shared by every stage that reads
 * names: particles, honorifics, generational suffixes, and the given-name variants
 * (nicknames and Slavic transliteration pairs) that name one person two ways.
 */

/** Lower-case particles inside names ("Ursula von der Leyen", "Osama bin Laden", "Luiz Inácio Lula da Silva"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  "de da das do dos du del della di van von der den ter ten bin ibn al el la le zu".split(" "),
);

/** Honorifics: kept out of names, and a mark that a name is a person's. */
export const HONORIFICS: ReadonlySet<string> = new Set(
  // South Asian copy: "Shri", "Sri", "Smt." (Shrimati), "Kumari".
  "mr mr. mrs mrs. ms ms. miss dr dr. sir dame lady lord madam mx mx. shri sri smt smt. shrimati kumari".split(
    " ",
  ),
);

/**
 * Letters printed after a name for an office, an honour or a degree ("Hannah Oyelaran KC",
 * "Dame Ruth Ames DBE", "Ana Ruiz MP"), lower-cased: no name of their own.
 */
export const POST_NOMINALS: ReadonlySet<string> = new Set(
  "kc qc sc mp msp mla mpp mna mha td mep obe mbe cbe kbe dbe gbe qpm jp md cpa frs".split(" "),
);

/** Generational suffixes after a name ("Joseph R. Biden Jr.", "Elizabeth II"). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set("jr jr. sr sr. ii iii iv".split(" "));

/**
 * Given names that stand for one another: English short forms (Bill for William) and the
 * Russian and Ukrainian forms of one name (Vladimir/Volodymyr, Andrei/Andriy). Each row
 * is one name; matching folds every entry first, so spelling variants need not be listed.
 */
export const GIVEN_NAME_VARIANTS: readonly (readonly string[])[] = [
  ["william", "bill", "billy", "will", "willie"],
  ["robert", "bob", "bobby", "rob", "robbie"],
  ["richard", "rick", "ricky", "dick", "rich"],
  ["james", "jim", "jimmy", "jamie"],
  ["john", "jack", "johnny"],
  ["joseph", "joe", "joey"],
  ["michael", "mike", "mick", "mikey"],
  ["thomas", "tom", "tommy"],
  ["charles", "charlie", "chuck"],
  ["edward", "ed", "eddie", "ted", "ned"],
  ["theodore", "ted", "teddy"],
  ["elizabeth", "liz", "beth", "betsy", "betty", "eliza"],
  ["margaret", "maggie", "meg", "peggy"],
  ["katherine", "catherine", "kate", "kathy", "cathy", "katie"],
  ["christopher", "chris"],
  ["anthony", "tony"],
  ["nicholas", "nick", "nicky"],
  ["alexander", "alex", "sasha", "oleksandr", "olexander", "aleksandr"],
  ["vladimir", "volodymyr"],
  ["andrei", "andriy", "andrew"],
  ["sergei", "serhiy"],
  ["nikolai", "mykola", "nicholas"],
  ["yuri", "yuriy", "iurii"],
  ["mikhail", "mykhailo", "michael"],
  ["dmitri", "dmytro"],
  ["alexei", "oleksiy", "oleksii"],
  ["pavel", "pavlo", "paul"],
  ["grigory", "hryhoriy"],
  ["olga", "olha"],
  ["hillary", "hilary"],
  ["abraham", "abe"],
  ["benjamin", "ben", "benny", "bibi"],
  ["daniel", "dan", "danny"],
  ["samuel", "sam", "sammy"],
  ["matthew", "matt"],
  ["patrick", "pat", "paddy"],
  ["patricia", "pat", "patty", "trish"],
  ["susan", "sue", "suzy"],
  ["jennifer", "jen", "jenny"],
  ["rebecca", "becky"],
  ["deborah", "debbie", "deb"],
  ["gerald", "gerry", "jerry"],
  ["lawrence", "larry"],
  ["ronald", "ron", "ronnie"],
  ["donald", "don", "donnie"],
  ["kenneth", "ken", "kenny"],
  ["stephen", "steven", "steve"],
  ["timothy", "tim"],
  ["peter", "pete"],
  ["frederick", "fred", "freddie"],
  ["henry", "harry", "hank"],
  ["mohammed", "muhammad", "mohamed", "mohammad"],
];

/**
 * Given names that are also ordinary words or places ("Hope", "Grant", "Will", "Jordan"):
 * such a word before a surname is a name word, not a descriptor ("Witness Hope Davis")
 * nor a place ("Jordan Peele"), even where the text also writes it in lower case.
 */
export const WORD_GIVEN_NAMES: ReadonlySet<string> = new Set(
  `hope faith grace joy rose grant will bill mark frank dean ray chase hunter drew wade earl guy
  pat sue art rich rob bob don jack jordan florence chad dawn amber ruby pearl penny holly ivy
  iris daisy heather summer autumn destiny charity chance glen glenn rusty sandy misty`
    .split(/\s+/u)
    .filter((word) => word !== ""),
);
