import type { Article } from "../../src/types.js";
import { articleFromBody } from "./article.js";
import { prng } from "./prng.js";

/**
 * Generated articles about unrelated invented events (a flood, a museum theft, a cup final,
 * a factory opening, a court ruling, a bridge closure), each with its own made-up town,
 * people and figures, to sit beside a generated story in a mixed corpus. Articles of one
 * kind share a template's phrasing (only names and figures differ), so grouping may put them
 * together; they share nothing with the press story of {@link pressStory}.
 */

const SYLLABLES = "ka lo mi ren sa tor vel an dri gu pe zan mor ilo bes quin".split(" ");

const KINDS: readonly string[][] = [
  [
    "Floodwater rose through the lower streets of {town} overnight after {number} millimetres of rain fell in a day.",
    "Mayor {person} said emergency crews had moved {count} families to the sports hall on {street}.",
    "The river gauge at {town} bridge stood at its highest mark since the records began.",
    "Farmers upstream of {town} reported fields under water and cattle moved to higher ground.",
    "The regional water board said the dykes near {street} would be inspected on {day}.",
  ],
  [
    "Thieves took {count} silver coins from the {town} municipal museum early on {day}, police said.",
    "Curator {person} said the display case on the upper floor had been forced open.",
    "Detectives were studying footage from the cameras on {street}.",
    "The collection, insured for {number} thousand, was given to the museum by a local family.",
    "A reward has been offered for information leading to the return of the coins.",
  ],
  [
    "{town} Rovers won the regional cup final {count}-{small} against a side from the coast.",
    "Striker {person} scored twice in the second half in front of {number} supporters.",
    "The winning club last lifted the trophy more than twenty seasons ago.",
    "Fans gathered on {street} until late into the night to greet the team bus.",
    "The manager said the squad would be given {day} off before training resumes.",
  ],
  [
    "A battery factory opened on the edge of {town} on {day}, bringing {count} jobs to the district.",
    "Chief executive {person} said production would reach full capacity within {small} years.",
    "The plant cost {number} million to build and sits beside the old rail yard on {street}.",
    "Residents had raised concerns about lorry traffic during the planning hearings.",
    "The district council said a new bus line would serve the site from next month.",
  ],
  [
    "A court in {town} ruled on {day} that the demolition of the old grain store on {street} may go ahead.",
    "Judge {person} rejected the heritage society's appeal after a hearing of {small} days.",
    "The developer plans {count} flats on the site, with a park along the canal.",
    "Campaigners said they would consider taking the case to the higher court.",
    "The ruling ends a dispute that began {number} months ago.",
  ],
  [
    "The main road bridge into {town} was closed on {day} after engineers found cracks in a support.",
    "Highways officer {person} said traffic would be sent on a detour of {count} kilometres.",
    "About {number} vehicles cross the bridge on an ordinary weekday.",
    "Shop owners on {street} said they feared losing trade during the repairs.",
    "An inspection report is expected within {small} weeks.",
  ],
];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/**
 * Writes `count` articles, each about an event of its own.
 *
 * @param count - number of articles
 * @param seed - PRNG seed; the same seed gives the same articles
 * @returns the articles, `other-0` … in order, published in March 2025
 */
export function otherStories(count: number, seed = 7): Article[] {
  const random = prng(seed);
  const integer = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const word = (syllables: number) => {
    let text = "";
    for (let index = 0; index < syllables; index++) {
      text += SYLLABLES[integer(0, SYLLABLES.length - 1)] ?? "ka";
    }
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  };
  const articles: Article[] = [];
  for (let index = 0; index < count; index++) {
    const templates = KINDS[index % KINDS.length] ?? [];
    const slots: Record<string, string> = {
      town: word(3),
      person: `${word(2)} ${word(3)}`,
      street: `${word(2)} Street`,
      day: DAYS[integer(0, DAYS.length - 1)] ?? "Monday",
      number: String(integer(20, 900)),
      count: String(integer(12, 480)),
      small: String(integer(2, 9)),
    };
    const chosen = templates.filter(() => random() < 0.8);
    const body = (chosen.length > 0 ? chosen : templates)
      .map((template) => template.replace(/\{(\w+)\}/gu, (_, slot: string) => slots[slot] ?? ""))
      .join("\n\n");
    const day = String(integer(1, 28)).padStart(2, "0");
    articles.push(articleFromBody(body, { id: `other-${index}`, published: `2025-03-${day}` }));
  }
  return articles;
}
