import { ENGLISH_WEEKDAYS, MONTH_WORDS } from "../../text/calendarWords.js";
import { wordAlternation } from "../../text/wordAlternation.js";
import type { FoundDate } from "../dateString.js";
import { endsWithJob, isJobTitle } from "../jobTitle.js";
import { GLUED_BY } from "./classifyLine.js";
import { findPageDate } from "./findPageDate.js";

/** Author names and a date read from a byline such as "By Ann Lee and Bo Diaz on May 2, 2025". */
export interface Byline {
  /** Names, in the order written. */
  authors: string[];
  /** A date written in the byline, if any. */
  date?: FoundDate;
}

const LEAD =
  /^(?:(?:written|reported|posted|edited|compiled)\s+by|by)(?![\p{L}\p{N}])\s*[:\-–—]?\s*/iu;
// Where the names stop: a date, a "Published"/"Updated" label, a separator or a role.
const MONTH = wordAlternation(MONTH_WORDS, "capitalised");
const WEEKDAY = wordAlternation(ENGLISH_WEEKDAYS);
const STOP = new RegExp(
  `(?<!\\s)\\s*(?:\\|| • | · |(?<![\\p{L}\\p{N}])published|(?<![\\p{L}\\p{N}])updated|(?<![\\p{L}\\p{N}])posted(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])archive page(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])on\\s+(?=\\p{L}+\\.? \\d|\\d)|(?<![\\p{L}\\p{N}])at\\s+\\d|\\s[-–—]\\s|\\(|(?<![\\p{L}\\p{N}])for\\s+(?=the(?![\\p{L}\\p{N}]))|(?<![\\p{L}\\p{N}])(?:${MONTH})\\.?\\s+\\d|(?<![\\p{L}\\p{N}])${WEEKDAY}(?![\\p{L}\\p{N}])|\\d)`,
  "iu",
);
// Words that pages glue to the end of a name: "Kent MorrowDec 22", "Ann LeePublished".
const GLUED = new RegExp(
  `(\\p{Ll})(Published|Updated|Posted|archive page|(?:${MONTH})(?![\\p{L}\\p{N}]))`,
  "gu",
);
// A lower-case letter right before a capital: where a page may have glued a job title to
// the name before it ("Ann LeeSenior Editor, Sport", "Ann LeeShowbiz & TV Reporter").
const CASE_TURN = /(?<=\p{Ll})(?=\p{Lu})/gu;
const TITLE_END = /[,|•·(]/u;
// A job title is a few words; reading no further keeps a long glued line linear.
const TITLE_CHARACTERS = 80;

// The job title glued to a name, set apart: a turn from lower case to a capital where what
// follows (up to a comma) is a job title. "McAllister" and "DeShawn" stay whole.
function unglueJobTitle(text: string): string {
  return text.replace(CASE_TURN, (_empty, offset: number) => {
    const rest = text.slice(offset, offset + TITLE_CHARACTERS).split(TITLE_END)[0] ?? "";
    return isJobTitle(rest) || endsWithJob(rest) ? " | " : "";
  });
}

/** A job title where a name should be ("Senior Editor", "Staff Writer"). */
export const ROLE =
  /^(?:staff|senior|chief|contributing|special|political|foreign|associate|deputy|managing|executive|news|freelance)(?![\p{L}\p{N}]).*|(?<![\p{L}\p{N}])(?:writer|reporter|editor|correspondent|columnist|contributor|producer)s?$/iu;
const NAME =
  /^[\p{Lu}\p{Lt}][\p{L}\p{M}.'’-]*(?:\s+(?:(?:van|von|de|der|den|da|di|du|la|le|bin|al|el|y)\s+){0,2}[\p{Lu}\p{Lt}][\p{L}\p{M}.'’-]*){0,4}(?:,?\s+(?:Jr\.?|Sr\.?|III|II|Ph\.?D\.?))?$/u;

/** Words of a page's buttons and labels, never of a person's name ("Share Via", "Save Article"). */
export const PAGE_WORD =
  /(?<![\p{L}])(?:share|via|save|article|story|comments?|follow|subscribe|read|more|view|menu|search|print|email|sign|log|leave|loading|error|contact|staff)(?![\p{L}])/iu;
// An outlet printed after the name: "Ann Lee The Associated Press", "Ann Lee Fox News",
// "Ann Lee HarbourNews" (a brand written as one camel-cased word).
const OUTLET_TAIL =
  /(?<!\s)\s+(?:The\s.+|(?:\p{Lu}[\p{L}]*\s)?(?:News|Press|Times|Post|Media|Digital|Daily|Wire|Network|Magazine)|\p{Lu}{2,}\p{Ll}\p{L}*)$/u;

function withoutOutlet(name: string): string {
  if (name.split(" ").length < 3) return name;
  const person = name.replace(OUTLET_TAIL, "");
  return person.includes(" ") ? person : name;
}

/**
 * Reads the names (and any date) out of a byline. Returns no names when what follows
 * "By" does not look like names, so "By the numbers" is not a byline.
 */
export function readByline(text: string): Byline {
  const date = findPageDate(text);
  // "By Emma BatyPublished: ..." — a label glued to the name.
  const unglued = unglueJobTitle(text.replace(GLUED, "$1 $2").replace(GLUED_BY, "By "));
  const afterLead = unglued.replace(LEAD, "");
  const stop = afterLead.search(STOP);
  const names = (stop < 0 ? afterLead : afterLead.slice(0, stop)).trim();
  const authors: string[] = [];
  for (const part of names.split(/(?<!\s)\s*(?:,|;|(?<![\p{L}\p{N}])and(?![\p{L}\p{N}])|&)\s*/u)) {
    const name = part.replace(/\s+/gu, " ").trim();
    if (name.length === 0 || ROLE.test(name) || isJobTitle(name)) continue;
    if (/^the\s/iu.test(name)) {
      if (!/^The\s\p{Lu}/u.test(name)) continue;
      // An agency as author: "By The Associated Press".
      if (name.split(" ").length <= 5) authors.push(name);
      continue;
    }
    const person = withoutOutlet(name);
    if (NAME.test(person) && /\p{L}{2}/u.test(person) && !PAGE_WORD.test(person)) {
      authors.push(person);
    }
  }
  const byline: Byline = { authors };
  if (date !== undefined) byline.date = date;
  return byline;
}
