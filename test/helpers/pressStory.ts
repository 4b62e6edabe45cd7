import type { Article } from "../../src/types.js";
import { articleFromBody } from "./article.js";
import { prng } from "./prng.js";

/**
 * Generated stories of one press conference told by many outlets (our own invented event:
 * a port strike in Haldenby), for benchmarks and quality checks of quote alignment. Each
 * outlet quotes some of the statements made that day, each in its own way: whole, trimmed,
 * with the next clause, broken by the attribution, as a woven-in catchphrase, in another
 * translation, or with a name corrected. Every quoted span is recorded with the statement
 * it renders, so that a grouping can be scored against the truth.
 */

interface Speaker {
  full: string;
  short: string;
  title: string;
}

interface Statement {
  speaker: Speaker;
  /** The words as said, in clauses: trimming drops the last, extending adds `extra`. */
  clauses: string[];
  extra: string;
  /** A few words an outlet may weave into its own sentence. */
  catchphrase: string;
  /** Another translation of the whole statement. */
  translation: string;
}

const okafor: Speaker = { full: "Ines Okafor", short: "Okafor", title: "Transport Minister" };
const vos: Speaker = { full: "Pieter Vos", short: "Vos", title: "union leader" };
const brandt: Speaker = { full: "Lena Brandt", short: "Brandt", title: "harbour master" };
const reyes: Speaker = { full: "Tomas Reyes", short: "Reyes", title: "port economist" };

const STATEMENTS: Statement[] = [
  {
    speaker: okafor,
    clauses: [
      "We cannot allow a handful of crane operators",
      "to hold the entire economy of this region hostage",
    ],
    extra: "and nobody in this government will apologise for saying so",
    catchphrase: "hold the entire economy hostage",
    translation:
      "We will not let a small group of crane operators take the whole regional economy hostage",
  },
  {
    speaker: okafor,
    clauses: ["The terminal reopens on Monday", "with or without an agreement"],
    extra: "and every shift will be staffed",
    catchphrase: "with or without an agreement",
    translation: "With an agreement or without one, the terminal will reopen on Monday",
  },
  {
    speaker: okafor,
    clauses: [
      "Seriously discussing questions of port safety without the dockworkers is an illusion",
      "a road to nowhere",
    ],
    extra: "and I am confident the union understands that",
    catchphrase: "a road to nowhere",
    translation:
      "Any serious discussion of port safety issues without the dockworkers is an illusion",
  },
  {
    speaker: vos,
    clauses: ["Our members want safe cranes, fair pay", "and a contract that lasts"],
    extra: "not another promise from the ministry",
    catchphrase: "a contract that lasts",
    translation: "Our members want a contract that lasts, fair pay and safe cranes",
  },
  {
    speaker: vos,
    clauses: ["We will not negotiate under threats", "from the ministry or from anyone else"],
    extra: "and the minister knows it",
    catchphrase: "negotiate under threats",
    translation: "Under threats we will not negotiate, not with the ministry and not with anyone",
  },
  {
    speaker: vos,
    clauses: [
      "Minister Okafor has not once sat down with us",
      "since the talks broke off in March",
    ],
    extra: "and she still calls this a dialogue",
    catchphrase: "not once sat down with us",
    translation: "Since March, Minister Okafor has never once sat down at the table with us",
  },
  {
    speaker: brandt,
    clauses: [
      "Every day the terminal stays closed costs this city about four million euros",
      "in lost fees and wages",
    ],
    extra: "and the bill is paid by people who are not on strike",
    catchphrase: "four million euros",
    translation: "Each day of closure costs the city roughly four million euros in fees and wages",
  },
  {
    speaker: brandt,
    clauses: [
      "Ships are already turning away to Rotterdam and Antwerp",
      "and some will not come back",
    ],
    extra: "whatever happens on Monday",
    catchphrase: "turning away to Rotterdam",
    translation:
      "Vessels are already diverting to Antwerp and Rotterdam, and some may never return",
  },
  {
    speaker: reyes,
    clauses: [
      "If the ministry offers what it offered in spring",
      "it is hard to see how anyone has moved",
    ],
    extra: "and both sides know the cost of waiting",
    catchphrase: "hard to see how anyone has moved",
    translation:
      "Should the ministry repeat its spring offer, it is difficult to see any movement at all",
  },
];

const FILLER = [
  "The strike entered its ninth day on Wednesday, with cranes idle along the eastern quay.",
  "Trucks queued for several kilometres on the ring road outside the terminal gates.",
  "The union's last contract expired in January and talks broke down in March.",
  "Shipping lines have warned of surcharges if the stoppage continues into next week.",
  "Local shops near the harbour said trade had fallen sharply since the stoppage began.",
  "A mediator appointed by the regional council is expected to meet both sides on Friday.",
];

/** A quoted span the generator wrote, with the statement it renders. */
export interface PlantedQuote {
  /** The article. */
  articleId: string;
  /** Offsets of the quoted words (inside the marks). */
  start: number;
  end: number;
  /** Index of the statement rendered. */
  statement: number;
}

/** A generated story: its articles and the quotes planted in them. */
export interface PressStory {
  /** The articles, `outlet-0` … in order. */
  articles: Article[];
  /** Every quoted span, with its statement. */
  planted: PlantedQuote[];
}

type Rendering = "whole" | "trimmed" | "extended" | "broken" | "catchphrase" | "translation";
const RENDERINGS: Rendering[] = [
  "whole",
  "whole",
  "trimmed",
  "extended",
  "broken",
  "catchphrase",
  "translation",
];

/**
 * Writes `count` articles about the press conference, each quoting four to seven of its
 * nine statements in one of the renderings above, between narrative sentences.
 *
 * @param count - number of outlets
 * @param seed - PRNG seed; the same seed gives the same story
 * @returns the articles and the planted quotes
 */
export function pressStory(count: number, seed = 1): PressStory {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const articles: Article[] = [];
  const planted: PlantedQuote[] = [];
  for (let outlet = 0; outlet < count; outlet++) {
    const id = `outlet-${outlet}`;
    let body = "";
    const named = new Set<Speaker>();
    const add = (text: string) => {
      body += body === "" ? text : `\n\n${text}`;
    };
    const quote = (text: string, statement: number) => {
      // Appends “text” to the paragraph being written and records where the words are.
      planted.push({
        articleId: id,
        start: body.length + 1,
        end: body.length + 1 + text.length,
        statement,
      });
      body += `\u201C${text}\u201D`;
    };
    const nameOf = (speaker: Speaker, opening = false) => {
      if (named.has(speaker)) return speaker.short;
      named.add(speaker);
      const title = opening
        ? `${speaker.title.charAt(0).toUpperCase()}${speaker.title.slice(1)}`
        : speaker.title;
      return `${title} ${speaker.full}`;
    };
    const chosen = [...STATEMENTS.keys()]
      .sort(() => random() - 0.5)
      .slice(0, 4 + Math.floor(random() * 4));
    add(pick(FILLER));
    for (const index of chosen) {
      const statement = STATEMENTS[index] as Statement;
      const rendering = pick(RENDERINGS);
      const [first, ...rest] = statement.clauses;
      const whole = statement.clauses.join(", ");
      body += "\n\n";
      switch (rendering) {
        case "whole":
        case "trimmed":
        case "extended": {
          const text =
            rendering === "whole"
              ? whole
              : rendering === "trimmed"
                ? (first ?? whole)
                : `${whole}, ${statement.extra}`;
          quote(`${text},`, index);
          body += ` ${nameOf(statement.speaker)} said.`;
          break;
        }
        case "broken": {
          quote(`${first},`, index);
          body += ` ${nameOf(statement.speaker)} told reporters. `;
          quote(`${rest.join(", ")}.`, index);
          break;
        }
        case "catchphrase": {
          body += `${nameOf(statement.speaker, true)} said it was all about `;
          quote(statement.catchphrase, index);
          body += ".";
          break;
        }
        case "translation": {
          body += `${nameOf(statement.speaker, true)} said: `;
          quote(`${statement.translation}.`, index);
          break;
        }
      }
      if (random() < 0.5) add(pick(FILLER));
    }
    articles.push(articleFromBody(body, { id, published: "2025-03-19" }));
  }
  return { articles, planted };
}
