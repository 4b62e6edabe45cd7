import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../../src/extract/index.js";
import { articleFromBody } from "../../helpers/article.js";

// Speakers in the house styles of other newsrooms, written for this project: Canadian and
// British copy (present tense, the speaker after the quote or in the next sentence, a
// role instead of a name), Indian copy (long titles, "stated"), and wire copy ("in a
// statement", "according to"). [body, the speaker of each non-scare quote in order]
const cases: [string, (string | null)[]][] = [
  // Canadian: present tense, "says" after the name or before it.
  [
    "“We are not going to close the rink this winter,” says Coun. Marie Tremblay, who chairs the parks committee.",
    ["Marie Tremblay"],
  ],
  [
    "Dr. Anil Mehta, the province's chief medical officer, says hospitals are “at capacity but holding.”",
    ["Anil Mehta"],
  ],
  [
    "Halifax Mayor Joanne Cormier tells CBC News the ferry will return. “It is a matter of weeks,” she adds.",
    ["Joanne Cormier"],
  ],
  // Letters after a name for an office or an honour close the name; they are no speaker.
  [
    "Prosecuting, Ines Caldwell KC told the jury: “This was a plan, not a moment of anger.”",
    ["Ines Caldwell"],
  ],
  ["Dame Ruth Ames DBE, who chairs the trust, said: “The wards will stay open.”", ["Ruth Ames"]],
  ["“The bypass is a decade late,” Owen Pryce MS said.", ["Owen Pryce"]],
  // A description before the verb names the speaker, not a person of the next sentence.
  [
    "Speaking to reporters in Leeds, the new signing said: “I have waited years for this.”\n\nThe club's chairman, Ravi Menon, called the deal “a proud day”.",
    ["the new signing", "Ravi Menon"],
  ],
  // A team or body before a role and a name is the name's affiliation.
  [
    "The Harriers won the cup. “Nobody on that bench lost their nerve,” said Harriers coach Tama Whetu.",
    ["Tama Whetu"],
  ],
  // The speaker in the next sentence.
  [
    "“There was no warning at all.”\n\nThat is how Priya Sandhu, who lives on the third floor, describes the night the pipe burst.",
    ["Priya Sandhu"],
  ],
  [
    "“The numbers don't add up.” So says Gareth Lloyd, an economist at the University of Leeds.",
    ["Gareth Lloyd"],
  ],
  // A role instead of a name.
  [
    "“We were told nothing about the closure,” the Labour MP for Hull North said.",
    ["the Labour MP for Hull North"],
  ],
  [
    "“The depot stays where it is,” the Green councillor for Ashby ward said on Monday.",
    ["the Green councillor for Ashby ward"],
  ],
  ["“Prices will settle by spring,” the Kremlin spokesman Dmitri Volkov said.", ["Dmitri Volkov"]],
  ["“Nobody crosses the picket line,” the union spokeswoman Hedda Lund said.", ["Hedda Lund"]],
  [
    "“The road will stay shut until the bridge is inspected,” a spokesperson for the Ministry of Transport said.",
    ["Ministry of Transport"],
  ],
  [
    "Council met on Tuesday night. “We have heard the residents loud and clear,” the mayor said.",
    ["the mayor"],
  ],
  // Wire copy: "in a statement", "according to".
  [
    "The company said in a statement that the recall was “a precaution taken out of an abundance of care.”",
    ["The company"],
  ],
  [
    "“Rescue teams reached the village before dawn,” according to a statement from the Red Cross.",
    ["Red Cross"],
  ],
  [
    "Police Chief Ola Brandt said in a statement: “Two officers were hurt, neither seriously.”",
    ["Ola Brandt"],
  ],
  // Indian copy: long titles and "stated".
  [
    "Union Minister of Road Transport Nitin Rao stated, “The expressway will open by March.”",
    ["Nitin Rao"],
  ],
  [
    "“Farmers will get the compensation within a week,” Chief Minister K. Suresh Reddy told reporters in Hyderabad.",
    ["K. Suresh Reddy"],
  ],
  // British: "told the BBC", the name after the verb.
  [
    "“We have been let down by everybody,” said Margaret Owusu, 67, whose flat was flooded.",
    ["Margaret Owusu"],
  ],
  [
    "Health Secretary Tom Ellery told the BBC: “Waiting lists will fall this year.”",
    ["Tom Ellery"],
  ],
  // A pronoun chain over paragraphs.
  [
    "Lena Fischer has run the bakery for thirty years.\n\nShe says the rent doubled in March. “I cannot pass that on to my customers,” she says.\n\n“Something has to give.”",
    ["Lena Fischer", "Lena Fischer"],
  ],
  // Organisations as speakers.
  ["“Service will resume on Monday,” Metrolink said in an email.", ["Metrolink"]],
  ["The union said the offer was “an insult to every driver.”", ["The union"]],
  // Canadian copy, more: abbreviated titles, "tells", "adds" on its own, the province speaking.
  [
    "Const. Rachel Dubois says officers were called to the marina just after midnight. “The boat was already under water when we got there,” she says.",
    ["Rachel Dubois"],
  ],
  [
    "“It's a relief, frankly,” Saskatoon MLA Devin Okafor tells The Canadian Press.",
    ["Devin Okafor"],
  ],
  [
    "Environment Canada issued a warning for the Fraser Valley. “Expect up to 80 millimetres of rain by Friday,” the agency says.",
    ["the agency"],
  ],
  [
    "“We've asked Ottawa for help three times now and heard nothing back,” says Chief Darlene Moose of the Cree Nation of Wemindji.",
    ["Darlene Moose"],
  ],
  [
    "Marc-André Gagnon runs a hardware store on the main street.\n\n“People come in asking for sandbags every hour,” he says. “We sold out on Tuesday.”",
    ["Marc-André Gagnon", "Marc-André Gagnon"],
  ],
  [
    "“The province has not been straight with families,” NDP Leader Carla Benn said at Queen's Park on Thursday.",
    ["Carla Benn"],
  ],
  ["The RCMP said in a news release that “no one else is believed to be involved.”", ["RCMP"]],
  // British copy: "Mr" without a full stop, the speaker's age, a department speaking.
  [
    "“I have lived here for forty years and never seen the river this high,” said Mr Pritchard, a retired postman.",
    ["Pritchard"],
  ],
  [
    "A Home Office spokesperson said: “We do not comment on individual cases.”",
    ["A Home Office spokesperson"],
  ],
  [
    "“This is a dark day for the town,” the council leader, Cllr Hannah Ware, told the Yorkshire Post.",
    ["Hannah Ware"],
  ],
  [
    "Downing Street said the prime minister had “full confidence” in the chancellor.",
    ["Downing Street"],
  ],
  [
    "Sophie Lambert, 34, from Bristol, said: “The children were terrified. We just grabbed what we could and ran.”",
    ["Sophie Lambert"],
  ],
  [
    "“We urge anyone with information to come forward,” Det Insp Gareth Noakes said.",
    ["Gareth Noakes"],
  ],
  // The one told is never the speaker: with no one named before "told", no one speaks.
  [
    "The 58-year-old, who did not want to be named, told the BBC: “The water came in fast.”",
    [null],
  ],
  ["Ruth Okafor, 58, told ITV News: “The water came in fast.”", ["Ruth Okafor"]],
  // A spokeswoman speaks for the body named after her, "for" and all.
  [
    "A spokeswoman for the Department for Transport said: “Services will resume on Monday.”",
    ["Department for Transport"],
  ],
  // Indian copy: honorific titles, agency credits, an official who is not named.
  [
    "“The dam is safe and there is no need to panic,” state Water Resources Minister Ravi Kulkarni told PTI.",
    ["Ravi Kulkarni"],
  ],
  [
    "Speaking to reporters in Lucknow, Deputy Chief Minister Anjali Verma said, “Every affected family will be compensated.”",
    ["Anjali Verma"],
  ],
  [
    "“Rescue operations are on and more teams have been sent,” a senior NDRF official said on condition of anonymity.",
    ["a senior NDRF official"],
  ],
  [
    "The Ministry of External Affairs said in a statement that the visit would “deepen ties between the two nations.”",
    ["Ministry of External Affairs"],
  ],
  [
    "“The accused has been sent to judicial custody for 14 days,” said Superintendent of Police Meena Iyer.",
    ["Meena Iyer"],
  ],
  // "Shri" and "Smt." are honorifics, "Collector" a post, "informed" a verb of saying.
  [
    "“The water has receded by two feet since morning,” District Collector Smt. Kavita Deshpande informed on Sunday.",
    ["Kavita Deshpande"],
  ],
  [
    "Shri Mohan Patil, the Minister of State for Ports, said the jetty would reopen. “There is no cause for worry,” he stated.",
    ["Mohan Patil"],
  ],
  // An organisation word before a portfolio and its title opens the title.
  [
    "“Not one culprit will be spared,” Union Home Minister Arvind Sethi said in Parliament.",
    ["Arvind Sethi"],
  ],
  // "The SP", "the DCP": a post written as an acronym is no one's name.
  [
    "The Deputy Commissioner of Police (DCP), East, Farah Siddiqui, said, “The two men were known to each other.” The DCP added that a case had been filed. “More arrests are likely,” she said.",
    ["Farah Siddiqui", "Farah Siddiqui"],
  ],
  // A role that says a man ("the boy's father", "her brother-in-law") keeps "she" from him.
  [
    "Dara Quinn arrived after dark. Tom Ellis, the boy's father, stayed at the gate. “I will never forget that night,” she said.",
    ["Dara Quinn"],
  ],
  [
    "Mina Patel reached the shelter at noon. Joe Brandt, her brother-in-law, brought the dogs. “We left with what we could carry,” she said.",
    ["Mina Patel"],
  ],
  // Wire copy: the statement, the spokesperson, "according to" before the quote.
  // A company before a post and its holder names whose post it is; the holder speaks.
  [
    "Marshal Freight CEO Lina Holm faced the board and told it: “We lost the contract, and the blame is mine.”",
    ["Lina Holm"],
  ],
  [
    "Pelham Mills chief executive Oren Vale walked out and said: “Nobody here will lose a job this year.”",
    ["Oren Vale"],
  ],
  [
    "According to the coast guard, the crew “had abandoned the vessel before it sank.”",
    ["the coast guard"],
  ],
  [
    "“The situation remains fluid,” a State Department spokesperson told reporters.",
    ["a State Department spokesperson"],
  ],
  [
    "In a statement, Nordhavn Shipping said it was “cooperating fully with the investigation.”",
    ["Nordhavn Shipping"],
  ],
  [
    "“We will not negotiate under threat,” Interior Minister Ilse Varga said in a televised address. “Not now, not ever.”",
    ["Ilse Varga", "Ilse Varga"],
  ],
  // The speaker in the next sentence or paragraph.
  [
    "“I thought the roof was going to come off.” Those were the words of Keisha Grant, who rode out the storm in her basement.",
    ["Keisha Grant"],
  ],
  [
    "“We were told to wait, so we waited.”\n\nThat's how Tomasz Wójcik remembers the first night at the shelter.",
    ["Tomasz Wójcik"],
  ],
  // A pronoun chain over several paragraphs.
  [
    "Ingrid Solberg was on the night shift when the power went out.\n\n“Every monitor went dark at once,” she said.\n\nThe generators came on within a minute, she said, but it felt longer.\n\n“You do not forget a minute like that.”",
    ["Ingrid Solberg", "Ingrid Solberg"],
  ],
  // Headline-style lines inside the body and photo captions.
  [
    "Mayor Ines Vidal: “We will rebuild every house”\n\nThe mayor spoke at the town hall on Monday.",
    ["Ines Vidal"],
  ],
  [
    "“We lost everything,” says Ahmad Karimi, standing in front of his shop. (Photo: Lena Roy)",
    ["Ahmad Karimi"],
  ],
  // Organisations as speakers.
  ["“The outage has been fixed,” Hydro One said late Sunday.", ["Hydro One"]],
  ["The ministry said the figures were “provisional and subject to revision.”", ["The ministry"]],
  // More of each style: descriptions without a determiner, bodies named "X of Y", the
  // speaker's surname later in a chain of paragraphs.
  [
    '“We\'re not there yet,” Premier Wab Tanaka said Wednesday, adding the province would "reassess in the spring."',
    ["Wab Tanaka", "Wab Tanaka"],
  ],
  [
    "A spokesperson for the Ministry of Health said in an email that “all options remain on the table.”",
    ["Ministry of Health"],
  ],
  [
    "“The city has no plans to close the library,” a city spokesperson said.",
    ["a city spokesperson"],
  ],
  ["“Nobody told us anything,” said one resident, who asked not to be named.", ["one resident"]],
  [
    "Brianne Koch, executive director of the Lethbridge food bank, says demand has doubled.\n\n“We see new faces every week,” Koch says.\n\nShe says donations have not kept pace.\n\n“It's the worst I've seen in 20 years.”",
    ["Brianne Koch", "Brianne Koch"],
  ],
  ["“It was chaos,” recalls Tariq Hussain, who was driving the bus.", ["Tariq Hussain"]],
  ["“We are reviewing the decision,” Air Canada said in a statement Tuesday.", ["Air Canada"]],
  [
    "The Toronto Transit Commission says “service will be restored by the evening rush.”",
    ["Toronto Transit Commission"],
  ],
  ["“Tickets sold out in minutes,” festival organizers said.", ["festival organizers"]],
  ["Police say the driver “fled the scene on foot.”", ["Police"]],
  [
    "“I just want my son home,” his mother, Grace Adeyemi, told reporters outside the courthouse.",
    ["Grace Adeyemi"],
  ],
  [
    "“There will be no new taxes,” Finance Minister Chrystia Lafleur told the House of Commons on Monday.",
    ["Chrystia Lafleur"],
  ],
  ["Mr Khan told the committee: “I did not see the email until March.”", ["Khan"]],
  [
    "Speaking at a rally in Patna, the chief minister said, “We will build 10,000 new schools.”",
    ["the chief minister"],
  ],
  [
    "“No stone will be left unturned,” Home Minister Amit Desai said in the Rajya Sabha.",
    ["Amit Desai"],
  ],
  [
    "The Reserve Bank of India, in its monetary policy statement, said inflation was “broadly under control.”",
    ["Reserve Bank of India"],
  ],
  ["“We condemn the attack in the strongest terms,” the spokesman said.", ["the spokesman"]],
  [
    "“The vessel sank within minutes,” said Captain Lars Eide, the ship's master, according to Norwegian broadcaster NRK.",
    ["Lars Eide"],
  ],
  [
    "Nadia Fontaine has coached the team since 2015.\n\nAsked whether she would run for the board, Fontaine smiled. “Ask me in a year,” she said.",
    ["Nadia Fontaine"],
  ],
  [
    "Coun. Aaron Whitby pushed for the bylaw after a crash near an elementary school.\n\nThe vote was 9-2.\n\n“This is about kids getting to school safely,” Whitby said after the meeting, thanking staff for the report.\n\nHe said he would bring a second motion on speed cameras. “The first step is done,” he said.",
    ["Aaron Whitby", "Aaron Whitby"],
  ],
  // Headlines and subheads inside the body (no closing full stop, a speaker label before a
  // colon), photo captions, and speakers in apposition.
  [
    "‘Nobody listened to us,’ says flood victim\n\nMaria Santos watched the water rise for three hours.",
    ["flood victim"],
  ],
  ["Carney: “We will respond to these tariffs”\n\nThe prime minister spoke in Ottawa.", ["Carney"]],
  [
    "Residents line up for water in Moncton on Tuesday. ‘We have been waiting since dawn,’ said Lise Arsenault. (Jean Doiron/CBC)",
    ["Lise Arsenault"],
  ],
  ["‘We are not leaving,’ striking nurses tell hospital board", ["striking nurses"]],
  ["“We were lucky,” said the driver, Paulo Mendes, 52.", ["Paulo Mendes"]],
  [
    "“It's a setback, not a defeat,” Ms Okonjo-Iweala said, adding: “We will be back.”",
    ["Okonjo-Iweala", "Okonjo-Iweala"],
  ],
  [
    "Kenji Watanabe, who chairs the tenants' association, said the landlord had ignored repairs for months. “The heating has been broken since November,” he said. “Families are using their ovens to stay warm.”",
    ["Kenji Watanabe", "Kenji Watanabe"],
  ],
  ["“We will appeal,” the family's lawyer, Sunita Rao, said outside court.", ["Sunita Rao"]],
  ["The WHO said in a statement that the outbreak was “contained but not over.”", ["WHO"]],
  [
    "“Markets have priced this in,” said Ellen Marsh, chief economist at Harbourline Capital, in a note to clients.",
    ["Ellen Marsh"],
  ],
  // US statehouse copy: a party tag after the name, a party member from a place as the
  // speaker's description, a chamber opening the title.
  [
    "Minority Whip Hector Salgado, D-Tucson, said the bill “guts the water board.”",
    ["Hector Salgado"],
  ],
  [
    "Rep. Marisol Quade of Yuma, the Assembly Majority Leader, opened the debate. “We have the votes,” the Yuma Republican said.",
    ["the Yuma Republican"],
  ],
  [
    "“The clock has run out on this session,” House Speaker Tobias Renn told reporters.",
    ["Tobias Renn"],
  ],
  // Tabloid verbs of saying with a mood.
  [
    "Council Member Ivo Brandt opened the meeting.\n\n“This is a betrayal of every family on the east side,” fumed Greta Solberg, who leads the tenants' group.",
    ["Greta Solberg"],
  ],
  // Someone described and never named: "he" and "she" stand for the description.
  [
    "Halima Osei, the ward councillor, says the plows came twice.\n\nOne bus driver, who asked not to be named, says he has seen riders step into traffic.\n\n“They cannot climb the banks at the stops,” he says.",
    ["One bus driver"],
  ],
  [
    "Principal Tomasz Wrobel said classes would resume Monday. A nurse at the clinic, who was not authorised to speak, said the wing was full. “We are putting beds in the corridor,” she said.",
    ["A nurse"],
  ],
  // An appositive restates a person; the one it restates speaks.
  [
    "One welder, a father of three with 19 years at the yard, waited at the gate. “My grandfather built ships here,” he said.",
    ["One welder"],
  ],
  [
    "Among those at the hearing was Mrs. Odile Ferrand, 71, a retired librarian. “I have lived on this street since 1979,” she said.",
    ["Odile Ferrand"],
  ],
  // "her son", a relation of someone else, is no new speaker.
  [
    "The tenant, Rosalind Achebe, said the landlord never called. She said her son had saved the photographs. “That is what I will miss,” she said.",
    ["Rosalind Achebe"],
  ],
  // "Officials" are many: "she" is someone else.
  [
    "Mayor Ingrid Salo opened the bridge. The engineers said the deck had passed every test, officials said. “It is built for a century,” she said.",
    ["Ingrid Salo"],
  ],
  // A description that fits no named person's role stands for the person just named, or for
  // the one the same noun described before.
  [
    "Marta Kowalczyk finished second, nine seconds down. “I had nothing left on the last climb,” the Polish rider said.",
    ["Marta Kowalczyk"],
  ],
  [
    "One lifeguard who pulled the boy from the water said the current had turned quickly. “He was calm, which helped,” the lifeguard said.",
    ["One lifeguard"],
  ],
  // A document speaks for whoever issued it; "the company" for the organisation named.
  [
    "The Kestrel Valley Water Board said in an update on Monday that the reservoir was at 41%. “Restrictions stay in place until further notice,” the update said.",
    ["Kestrel Valley Water Board"],
  ],
  [
    "In a statement, the Harbourside Tenants' Association says it will hold a meeting. “Nobody should be heating a flat with the oven,” the statement says.",
    ["Harbourside Tenants' Association"],
  ],
  [
    "Tamsin Ore Holdings said quarterly output fell 6%. Its shares dropped. In a note to investors, the company said: “We expect the second half to be stronger.”",
    ["Tamsin Ore Holdings"],
  ],
  [
    "Parents packed the hall as the Westbury Unified School District outlined the plan. Ana Ruiz, a parent, called it rushed. Hugo Lam agreed. The board will vote in May. “No child will lose a seat,” the district said.",
    ["Westbury Unified School District"],
  ],
  [
    "The Port Ellery Chamber of Commerce said three shops had closed since June. “Main Street needs the car park back,” the chamber said.",
    ["Port Ellery Chamber of Commerce"],
  ],
  [
    "The ferry operator, Saltmarsh Crossings, said in a statement that sailings would resume. “Safety comes first,” the statement said.",
    ["Saltmarsh Crossings"],
  ],
  // A spokesperson speaks for the body named, known to be one or not.
  [
    "A spokeswoman for Orrin Valley Dairies said: “All of our drivers will be paid in full.”",
    ["Orrin Valley Dairies"],
  ],
  // A body a document went to did not issue it; an organisation named in passing is not
  // "the company".
  [
    "Quillon Labs agreed to the deal. According to a filing with the Pacific Securities Board, Quillon Labs would owe a fee. The filing said the company had weighed “other options”.",
    ["Quillon Labs"],
  ],
  [
    "Marrowfield Builders said sales fell. Its shares slid 4% on the Northgate Stock Exchange. The company said: “We are building fewer, better houses.”",
    ["Marrowfield Builders"],
  ],
  // A person from a place is still someone described.
  [
    "Deputy Premier Lionel Ashby defended the schedule. A driver from Moose Jaw, who asked not to be named, says he has dozed at the wheel. “It happens more than anyone admits,” he says.",
    ["A driver"],
  ],
  // A demonym after "the" describes the person just named; a body after "the" stays a body.
  [
    "“I ran out of legs,” Bruna Castellini said. “Next year I come back stronger,” the Italian added.",
    ["Bruna Castellini", "Bruna Castellini"],
  ],
  // Two surnames: the first alone is the short form ("Rosa Villacorta Huamán" → "Villacorta").
  [
    "QUITO (Wire) — Candidate Marisol Ponce Yupanqui claimed the win. “The count is clear,” Ponce told supporters.",
    ["Marisol Ponce Yupanqui"],
  ],
  // An acronym the article spells out in brackets speaks as the body it stands for.
  [
    "“Wells are running dry,” the Sahel Water Access Network (SWAN) said. Later the SWAN said: “We need pumps.”",
    ["Sahel Water Access Network", "Sahel Water Access Network"],
  ],
  // A description set beside a name by commas describes that name.
  [
    "Ferry services stopped on Monday. The operator's chief executive, Dr Lena Holt, said: “We will run again on Friday.”",
    ["Lena Holt"],
  ],
  // "she said" after "A spokeswoman for …": the body she speaks for.
  [
    "Sister Ana Ruiz backed the plan. A spokeswoman for the Tidewater Nurses Alliance said the union welcomed the money. “Who is going to staff it?” she said.",
    ["Tidewater Nurses Alliance"],
  ],
  // A name right after the verb of a relative clause is its object, no antecedent.
  [
    "Cllr Priya Ferris, who represents Oakhill, has asked for a vote.\n\nShe said: “This is the wrong site.”",
    ["Priya Ferris"],
  ],
  // A titled name after a description's comma is the subject before "said:".
  [
    "The regulator's chief inspector, Dr Imogen Sayle, said: “The ward was not safe.”\n\nA spokesman for Harbury Health Trust said: “We accept the report.”",
    ["Imogen Sayle", "Harbury Health Trust"],
  ],
  // "a spokesperson for the group": the body the group is.
  [
    "The Carrow Street Tenants Association said it would help the family. “We have found them a flat,” a spokesperson for the group said.",
    ["Carrow Street Tenants Association"],
  ],
];

describe("extractQuotes: speakers in other newsrooms' styles", () => {
  it.each(cases)("%s", (body, expected) => {
    const quotes = extractQuotes(articleFromBody(body)).filter((quote) => quote.kind !== "scare");
    expect(quotes.map((quote) => quote.speaker?.name ?? null)).toEqual(expected);
  });
});
