import { describe, expect, it } from "vitest";
import { findingsOf, type Outlet, summary } from "./compareCase.js";

// One person given different titles or roles: synonyms are not findings, two true roles a
// difference, contradicting ones a conflict.
const kallasAsVicePresident: Outlet = {
  id: "a",
  body: "European Commission Vice President Kaja Kallas said the sanctions would stay. Kallas spoke in Brussels.",
};
const kallasAsTopDiplomat: Outlet = {
  id: "b",
  body: "The EU's top diplomat Kaja Kallas said the sanctions would stay. Kallas spoke in Brussels.",
};

const cases: [string, Outlet[], string[]][] = [
  [
    "two posts one person holds at once are a difference",
    [kallasAsVicePresident, kallasAsTopDiplomat],
    ["difference role/title a=Vice President b=EU's top diplomat"],
  ],
  [
    "a post named by a plain noun and a role noun is a title (dock master, port director)",
    [
      {
        id: "a",
        body: "Dock master Ivo Brandt said the quay would reopen on Friday. Brandt spoke at the pier.",
      },
      {
        id: "b",
        body: "Port director Ivo Brandt said the quay would reopen on Friday. Brandt spoke at the pier.",
      },
    ],
    ["difference role/title a=Dock master b=Port director"],
  ],
  [
    "a seat in an assembly and a post held beside it agree (Sen., Chairman)",
    [
      {
        id: "a",
        body: "Sen. Orla Quinlan said the hearing would resume in May. Quinlan spoke after the vote.",
      },
      {
        id: "b",
        body: "Chairman Orla Quinlan said the hearing would resume in May. Quinlan spoke after the vote.",
      },
    ],
    [],
  ],
  [
    "two seats contradict (Sen., Rep.)",
    [
      {
        id: "a",
        body: "Sen. Orla Quinlan said the hearing would resume in May. Quinlan spoke after the vote.",
      },
      {
        id: "b",
        body: "Rep. Orla Quinlan said the hearing would resume in May. Quinlan spoke after the vote.",
      },
    ],
    ["conflict role/title a=Sen. b=Rep."],
  ],
  [
    "two offices of one kind contradict",
    [
      {
        id: "a",
        body: "Defence Minister Jan Kowal said the border would close. Kowal spoke in Warsaw.",
      },
      {
        id: "b",
        body: "Foreign Minister Jan Kowal said the border would close. Kowal spoke in Warsaw.",
      },
    ],
    ["conflict role/title a=Defence Minister b=Foreign Minister"],
  ],
  [
    "a rank one outlet adds contradicts (President, Vice President)",
    [
      {
        id: "a",
        body: "President Ana Ruiz said the election would go ahead. Ruiz spoke in Santiago.",
      },
      {
        id: "b",
        body: "Vice President Ana Ruiz said the election would go ahead. Ruiz spoke in Santiago.",
      },
    ],
    ["conflict role/title a=President b=Vice President"],
  ],
  [
    "majority and minority posts of one chamber contradict, beside a shared honorific",
    [
      {
        id: "a",
        body: "Rep. Lionel Osei, the Senate Majority Whip, said the bill would pass. Osei spoke in Albany.",
      },
      {
        id: "b",
        body: "Rep. Lionel Osei, the Senate Minority Whip, said the bill would pass. Osei spoke in Albany.",
      },
    ],
    ["conflict role/title a=Rep. a=Senate Majority Whip b=Rep. b=Senate Minority Whip"],
  ],
  [
    "synonyms (Foreign Minister, top diplomat) are one post",
    [
      {
        id: "a",
        body: "Russian Foreign Minister Sergei Lavrov said the talks had stalled. Lavrov spoke in Moscow.",
      },
      {
        id: "b",
        body: "Russia's top diplomat, Sergei Lavrov, said the talks had stalled. Lavrov spoke in Moscow.",
      },
    ],
    [],
  ],
  [
    "a more specific form of one post (Chilean President) agrees",
    [
      {
        id: "a",
        body: "President Ana Ruiz said the election would go ahead. Ruiz spoke in Santiago.",
      },
      {
        id: "b",
        body: "Chilean President Ana Ruiz said the election would go ahead. Ruiz spoke in Santiago.",
      },
    ],
    [],
  ],
  [
    "an abbreviated title (Sen.) is the title",
    [
      { id: "a", body: "Sen. Ada Lind said the bill would pass. Lind spoke on Monday." },
      { id: "b", body: "Senator Ada Lind said the bill would pass. Lind spoke on Monday." },
    ],
    [],
  ],
  [
    "a former and a sitting holder of one post are one post",
    [
      {
        id: "a",
        body: "Former Prime Minister Ola Brandt said the deal was fair. Brandt spoke on Monday.",
      },
      {
        id: "b",
        body: "Prime Minister Ola Brandt said the deal was fair. Brandt spoke on Monday.",
      },
    ],
    [],
  ],
  [
    "a description (a former teacher) is not a post",
    [
      { id: "a", body: "Mayor Tom Reyes said the bridge would reopen. Reyes spoke on Monday." },
      {
        id: "b",
        body: "Tom Reyes, a former teacher, said the bridge would reopen. Reyes spoke on Monday.",
      },
    ],
    [],
  ],
  [
    "two posts are not a finding when an outlet gives both",
    [
      kallasAsVicePresident,
      kallasAsTopDiplomat,
      {
        id: "c",
        body: "Kaja Kallas, the EU's top diplomat, said the sanctions would stay. Kallas, a Vice President of the Commission, spoke in Brussels.",
      },
    ],
    [],
  ],
  [
    "two leadership posts of one side of an assembly contradict (Majority Whip, Majority Leader)",
    [
      {
        id: "a",
        body: "Senate Majority Whip Hollis Brandvold said the chamber would sit through the weekend. Brandvold spoke after the caucus.",
      },
      {
        id: "b",
        body: "Senate Majority Leader Hollis Brandvold said the chamber would sit through the weekend. Brandvold spoke after the caucus.",
      },
    ],
    ["conflict role/title a=Majority Whip b=Majority Leader"],
  ],
  [
    "a leader of one side and of the other contradict (Minority Leader, Majority Leader)",
    [
      {
        id: "a",
        body: "Assembly Minority Leader Corinne Ashdown said the budget would fail. Ashdown spoke in the rotunda.",
      },
      {
        id: "b",
        body: "Assembly Majority Leader Corinne Ashdown said the budget would fail. Ashdown spoke in the rotunda.",
      },
    ],
    ["conflict role/title a=Assembly Minority Leader b=Assembly Majority Leader"],
  ],
  [
    "a leadership post agrees with a generic leader and with itself in fewer words",
    [
      {
        id: "a",
        body: "House Minority Leader Corinne Ashdown said the budget would fail. Ashdown spoke in the rotunda.",
      },
      {
        id: "b",
        body: "Minority Leader Corinne Ashdown said the budget would fail. Ashdown spoke in the rotunda.",
      },
      {
        id: "c",
        body: "Corinne Ashdown, the Democratic leader, said the budget would fail. Ashdown spoke in the rotunda.",
      },
    ],
    [],
  ],
  [
    "a deputy and the chief of one service contradict (Deputy Fire Chief / Fire Chief)",
    [
      {
        id: "a",
        body: "Deputy Fire Chief Noor Abbasi said the blaze was under control. Abbasi spoke at the depot.",
      },
      {
        id: "b",
        body: "Fire Chief Noor Abbasi said the blaze was under control. Abbasi spoke at the depot.",
      },
    ],
    ["conflict role/title a=Deputy Fire Chief b=Fire Chief"],
  ],
  [
    "two seats of one company's management contradict (chief financial officer / chief executive)",
    [
      {
        id: "a",
        body: "Ines Varga, the Brightwater Mills chief financial officer, said the plant would close. Varga spoke in Leeds.",
      },
      {
        id: "b",
        body: "Brightwater Mills chief executive Ines Varga said the plant would close. Varga spoke in Leeds.",
      },
    ],
    ["conflict role/title a=Brightwater Mills chief financial officer b=chief executive"],
  ],
  [
    "judges of two courts contradict (District Judge / judge of the court of appeals)",
    [
      {
        id: "a",
        body: "U.S. District Judge Hollis Quarrie blocked the rule on Monday. Quarrie wrote a short order.",
      },
      {
        id: "b",
        body: "Hollis Quarrie, a judge of the 4th U.S. Circuit Court of Appeals, blocked the rule on Monday. Quarrie wrote a short order.",
      },
      {
        id: "c",
        body: "Federal judge Hollis Quarrie blocked the rule on Monday. Quarrie wrote a short order.",
      },
    ],
    [
      "conflict role/title a=District Judge b=judge of the 4th U.S. Circuit Court of Appeals c=Federal judge",
    ],
  ],
  [
    "a chief rank above a rank of its service contradicts it (Detective Chief Inspector / Detective Inspector)",
    [
      {
        id: "a",
        body: "Detective Chief Inspector Omar Pell said the inquiry was closed. Pell spoke outside court.",
      },
      {
        id: "b",
        body: "Detective Inspector Omar Pell said the inquiry was closed. Pell spoke outside court.",
      },
    ],
    ["conflict role/title a=Detective Chief Inspector b=Detective Inspector"],
  ],
  [
    "a generic description agrees with the post it describes (schools chief / Superintendent)",
    [
      {
        id: "a",
        body: "Schools chief Dorothea Lind said classes would resume. Lind spoke on Monday.",
      },
      {
        id: "b",
        body: "Superintendent Dorothea Lind said classes would resume. Lind spoke on Monday.",
      },
    ],
    [],
  ],
  [
    "a spokesperson's task agrees with the post that carries it",
    [
      {
        id: "a",
        body: "Tilda Moen, a Brightwater spokeswoman, said the plant would reopen. Moen spoke by phone.",
      },
      {
        id: "b",
        body: "Tilda Moen, Brightwater's vice president of communications, said the plant would reopen. Moen spoke by phone.",
      },
    ],
    [],
  ],
  [
    "a board's president and its chair are one post",
    [
      {
        id: "a",
        body: "Board President Ilse Marrow opened the library vote. Marrow called the roll.",
      },
      {
        id: "b",
        body: "Ilse Marrow, the board chair, opened the library vote. Marrow called the roll.",
      },
    ],
    [],
  ],
  [
    "the chair and the vice chair of one panel contradict, the owner of the post written as a possessive",
    [
      {
        id: "a",
        body: "Rep. Dana Whitfield, the subcommittee chairwoman, opened the hearing on rail fares.",
      },
      {
        id: "b",
        body: "Rep. Dana Whitfield, the panel's vice chair, opened the hearing on rail fares.",
      },
    ],
    ["conflict role/title a=Rep. a=subcommittee chairwoman b=Rep. b=panel's vice chair"],
  ],
  [
    "two ranks of one crew contradict (Capt., First Officer)",
    [
      {
        id: "a",
        body: "Capt. Ines Varga flew the freighter back to Tromsø. Varga radioed the tower twice.",
      },
      {
        id: "b",
        body: "First Officer Ines Varga flew the freighter back to Tromsø. Varga radioed the tower twice.",
      },
    ],
    ["conflict role/title a=Capt. b=First Officer"],
  ],
  [
    "the first and the second officer of a crew contradict",
    [
      {
        id: "a",
        body: "Ines Varga, the first officer, flew the freighter back to Tromsø. Varga radioed the tower twice.",
      },
      {
        id: "b",
        body: "Ines Varga, the second officer, flew the freighter back to Tromsø. Varga radioed the tower twice.",
      },
    ],
    ["conflict role/title a=first officer b=second officer"],
  ],
  [
    "a pilot is no rank of the crew, and agrees with the captain",
    [
      {
        id: "a",
        body: "Ines Varga, a pilot, flew the freighter back to Tromsø. Varga radioed the tower twice.",
      },
      {
        id: "b",
        body: "Capt. Ines Varga flew the freighter back to Tromsø. Varga radioed the tower twice.",
      },
    ],
    [],
  ],
  [
    "one crew rank written two ways agrees (Capt., captain)",
    [
      {
        id: "a",
        body: "Capt. Ines Varga flew the freighter back to Tromsø. Varga radioed the tower twice.",
      },
      {
        id: "b",
        body: "The captain, Ines Varga, flew the freighter back to Tromsø. Varga radioed the tower twice.",
      },
    ],
    [],
  ],
  [
    "a post only one person holds, given by one outlet to a member it others give to someone else, contradicts",
    [
      {
        id: "a",
        body: "Council President Hana Brightwell opened the session. Councilman Otto Fenn proposed the levy. Fenn spoke for ten minutes.",
      },
      {
        id: "b",
        body: "Council President Hana Brightwell opened the session. Councilman Otto Fenn proposed the levy. Fenn spoke for ten minutes.",
      },
      {
        id: "c",
        body: "Council President Otto Fenn proposed the levy. Fenn spoke for ten minutes. Hana Brightwell opened the session.",
      },
    ],
    ["conflict role/title a=Councilman b=Councilman c=Council President"],
  ],
  [
    "a post of one holder held by a former holder too agrees (former Council President)",
    [
      {
        id: "a",
        body: "Council President Hana Brightwell opened the session. Councilman Otto Fenn proposed the levy. Fenn spoke for ten minutes.",
      },
      {
        id: "b",
        body: "Council President Hana Brightwell opened the session. Councilman Otto Fenn proposed the levy. Fenn spoke for ten minutes.",
      },
      {
        id: "c",
        body: "Former Council President Otto Fenn proposed the levy. Fenn spoke for ten minutes. Hana Brightwell opened the session.",
      },
    ],
    [],
  ],
  [
    "a post of one holder is not taken when the others give the person no post",
    [
      {
        id: "a",
        body: "Council President Hana Brightwell opened the session. Otto Fenn proposed the levy. Fenn spoke for ten minutes.",
      },
      {
        id: "b",
        body: "Council President Hana Brightwell opened the session. Otto Fenn proposed the levy. Fenn spoke for ten minutes.",
      },
      {
        id: "c",
        body: "Council President Otto Fenn proposed the levy. Fenn spoke for ten minutes. Hana Brightwell opened the session.",
      },
    ],
    [],
  ],
  [
    "a bare post names no body, so two people may hold it (a country's and a company's President)",
    [
      {
        id: "a",
        body: "President Hana Brightwell met the delegation. Councilman Otto Fenn proposed the levy. Fenn spoke for ten minutes.",
      },
      {
        id: "b",
        body: "President Hana Brightwell met the delegation. Councilman Otto Fenn proposed the levy. Fenn spoke for ten minutes.",
      },
      {
        id: "c",
        body: "President Otto Fenn proposed the levy. Fenn spoke for ten minutes. Hana Brightwell met the delegation.",
      },
    ],
    [],
  ],
  [
    "posts of one head in two bodies are two posts (Senate President, Council President)",
    [
      {
        id: "a",
        body: "Senate President Hana Brightwell opened the session. Councilman Otto Fenn proposed the levy. Fenn spoke for ten minutes.",
      },
      {
        id: "b",
        body: "Senate President Hana Brightwell opened the session. Councilman Otto Fenn proposed the levy. Fenn spoke for ten minutes.",
      },
      {
        id: "c",
        body: "Council President Otto Fenn proposed the levy. Fenn spoke for ten minutes. Hana Brightwell opened the session.",
      },
    ],
    [],
  ],
  [
    "a ranked post against the same post stated bare contradicts (assistant head coach / head coach)",
    [
      {
        id: "a",
        body: "Kestle Bay assistant head coach Petra Oduya praised the bench. Oduya spoke after the game.",
      },
      {
        id: "b",
        body: "Kestle Bay head coach Petra Oduya praised the bench. Oduya spoke after the game.",
      },
    ],
    ["conflict role/title a=assistant head coach b=head coach"],
  ],
  [
    "a deputy of an office against its head contradicts (Deputy District Attorney / district attorney)",
    [
      {
        id: "a",
        body: "Deputy District Attorney Lionel Brackett asked for a longer sentence. Brackett spoke in court.",
      },
      {
        id: "b",
        body: "The district attorney, Lionel Brackett, asked for a longer sentence. Brackett spoke in court.",
      },
    ],
    ["conflict role/title a=Deputy District Attorney b=district attorney"],
  ],
  [
    "a bare head may be said loosely of a ranked post (assistant coach / coach)",
    [
      {
        id: "a",
        body: "Assistant coach Petra Oduya praised the bench. Oduya spoke after the game.",
      },
      {
        id: "b",
        body: "Coach Petra Oduya praised the bench. Oduya spoke after the game.",
      },
    ],
    [],
  ],
  [
    "a head post written two ways agrees (head coach / Tern Valley head coach)",
    [
      {
        id: "a",
        body: "Tern Valley head coach Petra Oduya praised the bench. Oduya spoke after the game.",
      },
      {
        id: "b",
        body: "Head coach Petra Oduya praised the bench. Oduya spoke after the game.",
      },
    ],
    [],
  ],
  [
    "a rank joined to its post is a rank (Undersheriff / County Sheriff)",
    [
      {
        id: "a",
        body: "Undersheriff Wendell Ostrova closed the valley road. Ostrova spoke at the command post.",
      },
      {
        id: "b",
        body: "Harrow County Sheriff Wendell Ostrova closed the valley road. Ostrova spoke at the command post.",
      },
    ],
    ["conflict role/title a=Undersheriff b=Sheriff"],
  ],
  [
    "two chief officers of one company contradict (chief technology officer / CFO)",
    [
      {
        id: "a",
        body: "Dagny Morrow, the firm's chief technology officer, said the outage was fixed. Morrow spoke on a call.",
      },
      {
        id: "b",
        body: "CFO Dagny Morrow said the outage was fixed. Morrow spoke on a call.",
      },
    ],
    ["conflict role/title a=firm's chief technology officer b=CFO"],
  ],
  [
    "a chief officer and its abbreviation agree (chief operating officer / COO)",
    [
      {
        id: "a",
        body: "Dagny Morrow, the firm's chief operating officer, said the outage was fixed. Morrow spoke on a call.",
      },
      {
        id: "b",
        body: "COO Dagny Morrow said the outage was fixed. Morrow spoke on a call.",
      },
    ],
    [],
  ],
  [
    "a former chief officer beside a present one is a difference (former CFO / chief executive)",
    [
      {
        id: "a",
        body: "Dagny Morrow, the firm's former chief financial officer, said the outage was fixed. Morrow spoke on a call.",
      },
      {
        id: "b",
        body: "Chief executive Dagny Morrow said the outage was fixed. Morrow spoke on a call.",
      },
    ],
    ["difference role/title a=firm's former chief financial officer b=Chief executive"],
  ],
  [
    "two different seats contradict, printed after the name or in an appositive (MP, MSP)",
    [
      {
        id: "a",
        body: "Morven Keir, the local MP, said the harbour needed dredging. Keir spoke at the quay.",
      },
      {
        id: "b",
        body: "Morven Keir MSP said the harbour needed dredging. Keir spoke at the quay.",
      },
      {
        id: "c",
        body: "Highlands MSP Morven Keir said the harbour needed dredging. Keir spoke at the quay.",
      },
    ],
    ["conflict role/title a=local MP b=MSP c=MSP"],
  ],
  [
    "the offices styled '… General' are different posts (Attorney General, Solicitor General)",
    [
      {
        id: "a",
        body: "Attorney General Lorna Vasquez said the state would appeal. Vasquez spoke in Salem.",
      },
      {
        id: "b",
        body: "Solicitor General Lorna Vasquez said the state would appeal. Vasquez spoke in Salem.",
      },
    ],
    ["conflict role/title a=Attorney General b=Solicitor General"],
  ],
  [
    "two ranks of the police or the forces contradict (Cpl., Staff Sgt.), a rank and the post it holds do not",
    [
      {
        id: "a",
        body: "Cpl. Denis Ouellet said the road would stay shut overnight. Ouellet spoke at the roadblock.",
      },
      {
        id: "b",
        body: "Staff Sgt. Denis Ouellet, commander of the Tarnby detachment, said the road would stay shut overnight. Ouellet spoke at the roadblock.",
      },
      {
        id: "c",
        body: "Staff Sgt. Denis Ouellet said the road would stay shut overnight. Ouellet spoke at the roadblock.",
      },
    ],
    ["conflict role/title a=Cpl. b=Staff Sgt. b=commander of the Tarnby detachment c=Staff Sgt."],
  ],
  [
    "a description one outlet adds does not reconcile two different formal posts (Secretary of State, Attorney General)",
    [
      {
        id: "a",
        body: "Secretary of State Orrin Palk said the rule would stand. Palk spoke in Helena.",
      },
      {
        id: "b",
        body: "Secretary of State Orrin Palk, the state's top election official, said the rule would stand. Palk spoke in Helena.",
      },
      {
        id: "c",
        body: "Attorney General Orrin Palk said the rule would stand. Palk spoke in Helena.",
      },
    ],
    ["difference role/title a=Secretary of State b=Secretary of State c=Attorney General"],
  ],
  [
    "a side's leader and another post of the assembly are two posts (Majority Leader, Senate President); a seat beside the leader is not",
    [
      {
        id: "a",
        body: "Senate Majority Leader Ruth Okafor said the bill would pass. Okafor spoke in Albany.",
      },
      {
        id: "b",
        body: "Senate President Ruth Okafor said the bill would pass. Okafor spoke in Albany.",
      },
      {
        id: "c",
        body: "Sen. Ruth Okafor, the Majority Leader, said the bill would pass. Okafor spoke in Albany.",
      },
    ],
    ["difference role/title a=Majority Leader b=President c=Sen. c=Majority Leader"],
  ],
];

describe("role rule", () => {
  it.each(cases)("%s", (_name, items, expected) => {
    expect(findingsOf(items, "role").map(summary)).toEqual(expected);
  });

  it("reports only contradictions when reportDifferences is false", () => {
    const options = { rules: { role: { reportDifferences: false } } };
    expect(findingsOf(cases[0]?.[1] ?? [], "role", options)).toEqual([]);
    const offices = cases.find(([name]) => name === "two offices of one kind contradict");
    expect(findingsOf(offices?.[1] ?? [], "role", options)).toHaveLength(1);
  });
});
