import { describe, expect, it } from "vitest";
import { findNames } from "../../src/extract/findNames.js";
import { findPeople } from "../../src/extract/findPeople.js";

// [sentence, expected people as "name | role; role"]
const people: [string, string[]][] = [
  [
    "Russian Foreign Minister Sergey Lavrov spoke in Moscow on Wednesday.",
    ["Sergey Lavrov | Russian Foreign Minister"],
  ],
  ["President Alexander Stubb of Finland arrived in Helsinki.", ["Alexander Stubb | President"]],
  ["Admiral Giuseppe Cavo Dragone chairs the committee.", ["Giuseppe Cavo Dragone | Admiral"]],
  [
    "Samuel Charap, a Russia analyst at Rand Corp., said the gap was wide.",
    ["Samuel Charap | a Russia analyst at Rand Corp."],
  ],
  [
    "Kaja Kallas, an ardent Russia hawk, rejected the idea.",
    ["Kaja Kallas | an ardent Russia hawk"],
  ],
  [
    "Zelenskyy's chief of staff Andriy Yermak met the envoys.",
    ["Andriy Yermak | Zelenskyy's chief of staff"],
  ],
  [
    "Polish Defence Minister Władysław Kosiniak-Kamysz visited the base.",
    ["Władysław Kosiniak-Kamysz | Polish Defence Minister"],
  ],
  ["Sen. Lindsey Graham praised the plan.", ["Lindsey Graham | Sen."]],
  ["Transport Minister Tivadar Varga ordered an inquiry.", ["Tivadar Varga | Transport Minister"]],
  ["Education Secretary Nia Bowen closed the schools.", ["Nia Bowen | Education Secretary"]],
  ["Dr. Anna Nowak treated the wounded.", ["Anna Nowak | "]],
  [
    "European Commission President Ursula von der Leyen spoke first.",
    ["Ursula von der Leyen | President"],
  ],
  ["Former president Barack Obama wrote to Congress.", ["Barack Obama | Former president"]],
  // A place between title words belongs to the title; chamber and title words alone are a post.
  [
    "Former Oregon Attorney General Lena Marchetti testified on Monday.",
    ["Lena Marchetti | Former Oregon Attorney General"],
  ],
  [
    "Acting Nevada Treasurer Omar Haddad signed the bond.",
    ["Omar Haddad | Acting Nevada Treasurer"],
  ],
  ["The Senate Minority Whip voted against the rule.", []],
  [
    "Ruth Okonkwo, the Assembly Majority Leader, opened the session.",
    ["Ruth Okonkwo | the Assembly Majority Leader"],
  ],
  // A title with "of" and a body inside it, an acronym title, a speaker label before a quote.
  [
    "Superintendent of Police Meena Iyer visited the site.",
    ["Meena Iyer | Superintendent of Police"],
  ],
  ["MLA Devin Okafor voted against the bill.", ["Devin Okafor | MLA"]],
  // Letters after a name for an office or honour close it and name no one; before a name
  // they are its title.
  ["Ines Caldwell KC told the jury the fire was planned.", ["Ines Caldwell | "]],
  ["Sir Tom Hale MP OBE opened the new wing.", ["Tom Hale | MP"]],
  ["Labour MP Ana Ruiz voted against the bill.", ["Ana Ruiz | MP"]],
  ["Mayor Ines Vidal: “We will rebuild every house”", ["Ines Vidal | Mayor"]],
  [
    "Steve Witkoff, Trump's special envoy, flew to Moscow.",
    ["Steve Witkoff | Trump's special envoy"],
  ],
  ["Sergei Lavrov met reporters. Lavrov said the talks were useful.", ["Sergei Lavrov | "]],
  ["Ivan Lavrenko met Sergei Lavrov in Minsk.", ["Ivan Lavrenko | ", "Sergei Lavrov | "]],
  ["President Putin said Mr. Trump was welcome.", ["Putin | President", "Trump | "]],
  [
    "Secretary of State Madeleine Albright flew to Nairobi.",
    ["Madeleine Albright | Secretary of State"],
  ],
  ["Queen Elizabeth II opened the session.", ["Elizabeth II | Queen"]],
  ["Spokesman P.J. Crowley declined to comment.", ["P.J. Crowley | Spokesman"]],
  ["Five Iraqis and a Comorian Muslim were detained.", []],
  ["Officials said the airport in West Germany reopened.", []],
  ["The talks were tense and nothing was agreed.", []],
  ["Ukraine And Russia Trade Blame Over Talks\nThe ministers met.", []],
  // A chamber opening a post's title belongs to the title, not to the name.
  [
    "House Majority Whip Dana Oyelaran told reporters the count was close.",
    ["Dana Oyelaran | House Majority Whip"],
  ],
  [
    "Assembly Minority Leader Petra Vujic called the plan reckless.",
    ["Petra Vujic | Assembly Minority Leader"],
  ],
  // A plain noun that says which post opens the title ("Fire Chief", "Parks Commissioner").
  ["Deputy Fire Chief Noor Abbasi said the road was open.", ["Noor Abbasi | Deputy Fire Chief"]],
  [
    "Transit Commissioner Ilse Baptiste rode the new line.",
    ["Ilse Baptiste | Transit Commissioner"],
  ],
  // A member of a body is a post before a name ("Council Member", "Board Members"), not an
  // organisation that swallows the name.
  ["Board Member Tomasz Wrona asked for a recount.", ["Tomasz Wrona | Board Member"]],
  [
    "Voting no were Council Members Adaeze Obi and Lars Henning.",
    ["Adaeze Obi | Council Members", "Lars Henning | "],
  ],
  // "Master" after the place or body it is master of ("Harbour Master", "Dock Master").
  ["Harbour Master Ivo Brandt closed the quay.", ["Ivo Brandt | Harbour Master"]],
  // "for" inside a title, as Irish, British and Australian copy writes posts.
  ["Minister for Finance Niamh Garvey froze the fund.", ["Niamh Garvey | Minister for Finance"]],
  // An organisation word before a portfolio and its title opens the title.
  ["Union Home Minister Arvind Sethi toured the camp.", ["Arvind Sethi | Union Home Minister"]],
  // "Smt." and "Shri" are honorifics; "District Collector" is a post.
  [
    "District Collector Smt. Kavita Deshpande ordered the schools shut.",
    ["Kavita Deshpande | District Collector"],
  ],
  // Other posts named by the place or thing they are over ("Port Warden", "Town Clerk").
  ["Port Warden Kai Lund refused the tanker a berth.", ["Kai Lund | Port Warden"]],
  // An organisation named by a cue word that opens it runs up to a title a name follows.
  ["Harlow Tractor Company Chairman Ewan Price resigned.", ["Ewan Price | Chairman"]],
  // A title and one word before a post and its holder name the post's organisation
  // ("Marshal Freight CEO …"), not a titled person; an abbreviated title stays a person's.
  ["Marshal Freight CEO Lina Holm quit on Friday.", ["Lina Holm | CEO"]],
  // A cooperative, a trust or a utility is an organisation; a run closed by a place kind
  // (Falls, Flats, Springs) is a place, so neither is a person a pronoun could name.
  ["The Brandvale Grain Cooperative lost the contract, Lina Holm said.", ["Lina Holm | "]],
  [
    "Ostrow Freight hauled the steel, and Mara Ostrow said the trucks were late.",
    ["Mara Ostrow | "],
  ],
  ["Kelso Construction won the bid, Ian Reddy said.", ["Ian Reddy | "]],
  ["Cr Moana Keefe said the levee would hold.", ["Moana Keefe | Cr"]],
  ["Flood Recovery Coordinator Tui Harlow said the roads were shut.", ["Tui Harlow | Coordinator"]],
  ["The fire reached Ostler Flats by noon, Amy Tran said.", ["Amy Tran | "]],
  // A firm named like a person, then a title and its holder: the firm and the holder.
  ["Larkin Hollis Chairman Dev Rao sold the firm.", ["Dev Rao | Chairman"]],
  // Match officials are posts: "Referee", and "the referee" set off by commas.
  ["Referee Oona Farrell waved play on.", ["Oona Farrell | Referee"]],
  ["The umpire, Raj Iyer, called time.", ["Raj Iyer | umpire"]],
  ["Town Clerk Edda Moor counted the ballots twice.", ["Edda Moor | Town Clerk"]],
  ["Fire Marshal Olu Adeyemi blamed a heater.", ["Olu Adeyemi | Fire Marshal"]],
  ["Chief Constable Meg Rhydderch apologised.", ["Meg Rhydderch | Chief Constable"]],
  // A place of several words before a title says where the post is: it is no part of the
  // name, and the person keeps the post.
  ["New York City Mayor Lionel Abara cut the ribbon.", ["Lionel Abara | Mayor"]],
  ["Kansas City Police Chief Teodora Vance asked for calm.", ["Teodora Vance | Police Chief"]],
  ["Marlow County Sheriff Ruth Amadi closed the road.", ["Ruth Amadi | Sheriff"]],
  ["Cedar Falls City Clerk Jo Penn certified the count.", ["Jo Penn | Clerk"]],
  ["New Zealand Prime Minister Aroha Tane flew home.", ["Aroha Tane | Prime Minister"]],
  // A capitalised descriptor before a full name: a role or relation noun, or a word the
  // text also writes in lower case as a noun ("lodger", "stallholders").
  [
    "Passenger Oksana Brill hit the seat in front; two other passengers were unhurt.",
    ["Oksana Brill | Passenger"],
  ],
  ["Neighbour Kofi Mensah heard the blast.", ["Kofi Mensah | Neighbour"]],
  ["Cyclist Pia Lindqvist was taken to hospital.", ["Pia Lindqvist | Cyclist"]],
  ["Lodger Tamsin Okoro woke to smoke. The lodger escaped by a window.", ["Tamsin Okoro | Lodger"]],
  [
    "Stallholder Nadia Ferro lost her awning, as did most stallholders.",
    ["Nadia Ferro | Stallholder"],
  ],
  ["Juror No. 7 asked to see the map again.", []],
  // A title stays a title; a known given name that is also a word stays a name word.
  ["Sheriff Ruth Amadi closed the road.", ["Ruth Amadi | Sheriff"]],
  ["Witness Hope Davis described the car.", ["Hope Davis | Witness"]],
  ["Grace Ann Whitby said grace before the meal.", ["Grace Ann Whitby | "]],
  ["Grant Miller won a grant for the study.", ["Grant Miller | "]],
  ["Faith Ortiz spoke at the vigil; her faith held, she said.", ["Faith Ortiz | "]],
  ["Will Baker said he will appeal.", ["Will Baker | "]],
  ["Will Baker resign before the vote?", []],
  ["Bill Gates said the bill was too weak.", ["Bill Gates | "]],
  ["Jordan Peele directed the film.", ["Jordan Peele | "]],
  ["Ministers from Jordan met in Amman.", []],
  // A title word as a surname after a given name and a descriptor; a title word after a
  // single word is still no surname.
  ["Witness Ana Sheriff saw the van leave.", ["Ana Sheriff | Witness"]],
  ["Lena Marie Sheriff chaired the inquiry.", ["Lena Marie Sheriff | "]],
  ["The Islamic State said it had sent the fighters.", []],
  // A role set off by commas before the name, owned by a possessive.
  [
    "The mill's chief executive, Ines Varga, announced the closure.",
    ["Ines Varga | mill's chief executive"],
  ],
  // Short forms of company posts and a rank joined to its post are titles.
  ["CFO Dagny Morrow told analysts the quarter was weak.", ["Dagny Morrow | CFO"]],
  ["Undersheriff Wendell Ostrova closed the valley road.", ["Wendell Ostrova | Undersheriff"]],
  [
    "Chief financial officer Dagny Morrow told analysts the quarter was weak.",
    ["Dagny Morrow | Chief financial officer"],
  ],
  [
    "Deputy chief harbour master Oskar Lind closed the pier.",
    ["Oskar Lind | Deputy chief harbour master"],
  ],
  // A home place after the name does not hide the appositive that follows it.
  [
    "Rep. Milo Ferrante of New Mexico, the House Minority Whip, voted no.",
    ["Milo Ferrante | Rep.; the House Minority Whip"],
  ],
];

describe("findPeople", () => {
  it.each(people)("%s", (sentence, expected) => {
    const found = findPeople(sentence).map(
      (person) => `${person.name} | ${person.roles.map((role) => role.text).join("; ")}`,
    );
    expect(found).toEqual(expected);
  });

  it("links every short form to the fullest name, with offsets", () => {
    const body =
      "Russian Foreign Minister Sergey Lavrov spoke first. Lavrov then left, and Lavrov's aides stayed.";
    const [person] = findPeople(body);
    expect(person?.name).toBe("Sergey Lavrov");
    expect(person?.mentions.map((mention) => mention.text)).toEqual([
      "Sergey Lavrov",
      "Lavrov",
      "Lavrov",
    ]);
    for (const span of [...(person?.mentions ?? []), ...(person?.roles ?? [])]) {
      expect(body.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it("keeps one person under the spelling each article uses", () => {
    expect(
      findPeople("Sergei Lavrov arrived. Sergey Lavrov then spoke.").map((person) => person.name),
    ).toEqual(["Sergei Lavrov"]);
  });
});

// [sentence, organisations, places]
const entities: [string, string[], string[]][] = [
  [
    "The Kremlin said NATO and the European Union were to blame.",
    ["Kremlin", "NATO", "European Union"],
    [],
  ],
  ["Samuel Charap works at Rand Corp. in Washington.", ["Rand Corp."], ["Washington"]],
  // "of" after an organisation's cue word continues its name when no person follows.
  ["The Reserve Bank of India kept rates on hold.", ["Reserve Bank of India"], []],
  ["Reserve Bank Governor Ravi Menon spoke in Mumbai.", ["Reserve Bank"], ["Mumbai"]],
  ["Drones fell in eastern Poland and near Kyiv.", [], ["Poland", "Kyiv"]],
  ["Talks in Moscow and Istanbul stalled.", [], ["Moscow", "Istanbul"]],
  ["Russia’s envoy met officials of the Ministry of Defence.", ["Ministry of Defence"], ["Russia"]],
  // A place named by its kind, "of", and its name is one place.
  ["A tanker was seized in the Strait of Hormuz on Monday.", [], ["Strait of Hormuz"]],
  ["Fishing fleets left the Bay of Biscay before the storm.", [], ["Bay of Biscay"]],
  ["The County of Durham and Tanzania signed the pact.", [], ["County of Durham", "Tanzania"]],
  // "for" after an organisation's cue word continues its name.
  ["Staff at the Department for Education were told.", ["Department for Education"], []],
  // A place before a post's title is a place; the title's cue word is no organisation.
  ["Marlow County Sheriff Ruth Amadi closed the road.", [], ["Marlow County"]],
  ["Kansas City Police Chief Teodora Vance asked for calm.", [], ["Kansas City"]],
  ["Jordan Peele directed the film.", [], []],
  ["the talks were tense.", [], []],
];

describe("findNames: organisations and places", () => {
  it.each(entities)("%s", (sentence, organizations, places) => {
    const found = findNames(sentence);
    expect(found.organizations.map((entry) => entry.name)).toEqual(organizations);
    expect(found.places.map((entry) => entry.name)).toEqual(places);
  });

  it("keeps a direction word in the place mention", () => {
    const [place] = findNames("Drones fell in eastern Poland overnight.").places;
    expect(place?.mentions[0]?.text).toBe("eastern Poland");
  });
});

// [text, person, expected mention texts of that person]
const references: [string, string, string[]][] = [
  [
    "Foreign Minister Sergey Lavrov spoke first. The foreign minister said talks would go on.",
    "Sergey Lavrov",
    ["Sergey Lavrov", "The foreign minister"],
  ],
  [
    "Russia’s top diplomat spoke on Wednesday. Russian Foreign Minister Sergey Lavrov rejected the plan.",
    "Sergey Lavrov",
    ["Russia’s top diplomat", "Sergey Lavrov"],
  ],
  [
    "Samuel Charap studied the talks. He said the gap was wide.",
    "Samuel Charap",
    ["Samuel Charap", "He"],
  ],
  [
    "President Donald Trump met President Vladimir Putin. The president said little.",
    "Donald Trump",
    ["Donald Trump"],
  ],
  [
    "Donald Trump called Vladimir Putin. He said the call went well.",
    "Donald Trump",
    ["Donald Trump"],
  ],
];

describe("findPeople: descriptions and pronouns", () => {
  it.each(references)("%s", (text, name, mentions) => {
    const person = findPeople(text).find((candidate) => candidate.name === name);
    expect(person?.mentions.map((mention) => mention.text)).toEqual(mentions);
  });
});

// [text, people found] — names a reader would not call people, by general rules, beside
// names that look alike but are people.
const notPeople: [string, string[]][] = [
  ["Patients were moved to St. Brendan's Hospital on Tuesday.", []],
  ["Doctors at Mercy Lakes Hospital treated eleven people.", []],
  ["Traffic was diverted from Harbour Street and Quay Avenue.", []],
  ["The Supreme Court of Appeal heard the case.", []],
  ["Tickets for The Velvet Lanterns sold out in an hour.", []],
  ["She was a regular guest on Morning Harbour Live.", []],
  ["Hyde Park was closed to traffic.", []],
  [
    "* Grain Exports: shipments resumed from three ports.\n* Prisoner Swaps: the next exchange is due in May.",
    [],
  ],
  [
    "Ceasefire Terms: both sides pull back ten kilometres.\nBorder Crossings: two reopen on Friday.",
    [],
  ],
  [
    "Key Points of Contention\n- Veto Power: Moscow wants a say.\n- Military Neutrality: Kyiv refuses.",
    [],
  ],
  ["The G20 summit and the L2 data firm were mentioned.", []],
  // Kinds of thing, in words no development page used.
  ["Trucks queued for days on the Northern Freight Corridor.", []],
  ["Engineers lost contact with the Ravel Lunar Rover on Sunday.", []],
  ["Reporters spent a year reading the Harbourgate Papers.", []],
  ["Historians still argue about the Velmar Caliphate.", []],
  ["The Kestrel Space Telescope sent its first image.", []],
  // People whose names look like things.
  ["Judge Ellen Park said the hearing would resume.", ["Ellen Park"]],
  ["Former President Bill Clinton spoke first.", ["Bill Clinton"]],
  ["Rose Hall said the garden would stay open.", ["Rose Hall"]],
  ["Martin Luther King Jr. led the march.", ["Martin Luther King Jr."]],
  // A party-and-state tag after a legislator's name is no person.
  ['Sen. Opal Wexford, D-Ore., said the deal "leaves the coast exposed."', ["Opal Wexford"]],
  ['Whip Arlo Fenn, R-Idaho, said the votes "are simply not there."', ["Arlo Fenn"]],
];

describe("findPeople: things, places and labels are not people", () => {
  it.each(notPeople)("%s", (text, expected) => {
    expect(findPeople(text).map((person) => person.name)).toEqual(expected);
  });
});

describe("findPeople on runs of letters after a name", () => {
  it("reads doubling runs of post-nominal letters without trouble", () => {
    for (const size of [1_000, 2_000, 4_000]) {
      const text = `Ines Caldwell ${"KC ".repeat(size)}told the jury the fire was planned.`;
      expect(findPeople(text).map((person) => person.name)).toEqual(["Ines Caldwell"]);
    }
  });
});
