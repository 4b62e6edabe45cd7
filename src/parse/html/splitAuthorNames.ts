import { MONTH_WORD_PATTERN, MONTH_WORDS } from "../../text/calendarWords.js";
import { ORGANIZATION_CUES } from "../../text/gazetteer.js";
import { collapseWhitespace } from "../../text/normalize.js";
import { wordAlternation } from "../../text/wordAlternation.js";
import { findDateInText } from "../dateString.js";
import { isJobTitle } from "../jobTitle.js";

/*
 * From a byline's text to the names it credits: "By Ana Ruiz and Tom Berg, Staff Writers,
 * 4 min read" gives "Ana Ruiz" and "Tom Berg". Where the byline is found on the page is
 * visibleBylines.ts's work; which source's names stand is findAuthors.ts's.
 */

// Words that open a byline in the languages of our pages.
const BYLINE_PREFIX =
  /^(?:(?:view all posts|all posts|more|more stories|articles|posts|written|words|reported|posted|story|text|photos?|fotos?|interview|edited|reviewed)\s+(?:by|from)|geschrieben von|verfasst von|écrit par|rédigé par|escrito por|von\s+unser(?:e[mnrs]?)?\s+\S+|by|von|par|por|di|da|door|av|af|de|autor(?:in|zy|ka|ři)?|author|texte?)\s*[:|]?\s+/iu;

// Words that make a byline part a job title or a desk rather than a name.
const ROLE_WORDS =
  /(?:^|\s)(?:staff|writer|reporter|editor|editors|correspondent|contributor|contributing|columnist|journalist|producer|senior|chief|deputy|managing|executive|freelance|intern|analyst|photographer|redakteur(?:in)?|korrespondent(?:in)?|redaktion|team|desk|updated|published|min read|read|contact|follow|email|twitter)(?:$|\s)/iu;

// Separators between the parts of a byline: names, or a name's job title after a comma.
const PART_SEPARATOR = /(?<!\s)\s*[,;|/•·]\s*/u;
// "and" between two names inside one part.
const AND_SEPARATOR = /(?<!\s)\s+(?:and|und|et|y|e|en|og|och|&)\s+/iu;
// "a" (Czech, Slovak) and "i" (Polish, Croatian) between two capitalised names.
const SHORT_AND_SEPARATOR = /(?<=\p{L})\s(?:a|i)\s(?=\p{Lu})/u;

const MAX_NAME_WORDS = 5;
// "by", "von", "par" right after a date: the names come after it.
const NAMES_AFTER_DATE = /^[^\p{L}]{0,6}(?:by|von|par|por|door|di)\s(?=\p{Lu})/iu;
// Two capitalised words in a row: a name, where a label alone would have none.
const NAME_LIKE = /\p{Lu}\p{Ll}+\s\p{Lu}/u;
// Lines of a byline: parts set apart by a line break or a block.
const LINE_SEPARATOR = /\s\|\s/u;
// A line that credits a check of the text, not its writing.
const REVIEW_CREDIT =
  /^\s*(?:medically reviewed|medical review|fact[- ]checked|reviewed for accuracy|expert reviewed)\s(?:by\b|:)/iu;
// "Course: Side Dish", "Cuisine: American": a field of a card beside the byline, not a name
// (unless its label opens a byline: "Author:", "Text:").
const FIELD_LABEL = /^\s*\p{Lu}\p{Ll}+\s?:\s/u;
// The text of a link or button beside a byline: "View Bio", "See profile", "All stories".
const UI_LABEL =
  /(?:^|\s)(?:view|see|read|visit|follow|email|contact|more from|all)\s(?:full\s)?(?:bio|biography|profile|posts|articles|stories|page)\s*$/iu;
// A part that credits other work than the writing: "Fotos: Ole Thiessen", "Photo: …".
const OTHER_WORK_CREDIT =
  /^\s*(?:fotos?|photos?|photographs?|bilder?|illustrations?|grafik|graphics?|video|kamera|camera|schnitt|images?)\s?:/iu;
// The stamps a byline prints after its names besides a date: an age ("5 days ago", "vor 3
// Stunden", "il y a 2 heures"), a clock time ("10:42 AM"), a reading time ("4 min read").
const STAMP_AFTER_NAMES =
  /(?<![\p{L}\p{N}])(?:\d{1,3}\s?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|months?|years?|yrs?)\.?\s(?:ago|read)(?![\p{L}])|\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?|uhr|h)?(?![\p{L}\p{N}])|(?:vor|il y a|hace)\s\d{1,3}\s\p{L}|(?:lecture|lesezeit|lectura|leestijd|lettura|reading time|read time)\s?:?\s?\d)/iu;
// "Harbour Courier staff", "Herald Staff Report": a newsroom credited as a whole. The words
// before "staff" name it.
const NEWSROOM_STAFF =
  /^((?:\p{Lu}[\p{L}'’.-]*\s){1,4})(?:staff|Staff|STAFF)(?:\s(?:reports?|Reports?|REPORTS?))?$/u;
// A page that prints the date or its label right after the name, with no space: "Simone M.
// ScullyDecember 20, 2023", "Ann LeeUpdated 3 hours ago", "Ann Lee20 December 2023".
const GLUED_TO_NAME = new RegExp(
  `(?<=\\p{Ll})(?=(?:${wordAlternation(MONTH_WORDS, "capitalised")})\\.?\\s?\\d|\\d|(?:Published|Updated|Posted)(?!\\p{Ll}))`,
  "gu",
);
const TRAILING_AGENCY =
  /\s(?:the\s)?(?:associated press|reuters|agence france-presse|afp|dpa|ap|bloomberg|canadian press)$/iu;
const NAME_SUFFIX = /^(?:jr\.?|sr\.?|ph\.?\s?d\.?|m\.?d\.?|ii|iii|iv|esq\.?)$/iu;
// "Brightfield Thermal Systems, Inc.": a company's legal form after its comma.
const COMPANY_SUFFIX =
  /^(?:inc\.?|incorporated|ltd\.?|limited|llc|l\.l\.c\.|llp|plc|corp\.?|co\.|gmbh|ag|s\.a\.|pty\.? ltd\.?)$/iu;
// Single words that bylines carry but that are never a name.
const NOT_A_NAME = new RegExp(
  `^(?:${MONTH_WORD_PATTERN}|posted|sponsored|updated|published|share|follow|more|staff|admin|editor|redaktion|news)\\.?$`,
  "iu",
);
const MAX_NAME_LENGTH = 60;

// "Photos and Story By Ana Ruiz": a credit line whose opening words name the work.
export const CREDIT_OPENING =
  /^(?:story|text|words|photos?|fotos?)\s+(?:and|&)\s+(?:story|text|words|photos?|fotos?)\s+by\s+(?=\p{Lu})/iu;

// Particles that stay lower-case inside names ("Ursula von der Leyen", "Vincent van Gogh").
export const NAME_PARTICLES =
  /^(?:de|da|del|della|der|den|di|du|la|le|van|von|zu|bin|al|el|y|e|dos|das|ter|ten)$/u;

// A name's words without its lower-case particles ("de", "la", "van", "von").
export function nameWords(name: string): string[] {
  return name.split(" ").filter((word) => !NAME_PARTICLES.test(word));
}

// The names that open a text, up to the first word that is not part of one: "Ruth
// Adamczyk unter Rezensionen veröffentlicht" gives "Ruth Adamczyk".
export function leadingNames(text: string): string {
  const words = text.split(" ");
  let end = 0;
  while (end < words.length && NAME_RUN_WORD.test(words[end] ?? "")) {
    end += 1;
  }
  return words.slice(0, end).join(" ");
}
const NAME_RUN_WORD = /^(?:\p{Lu}|(?:de|da|del|der|den|di|du|la|le|van|von|zu|and|und|et|y|&)$)/u;

/**
 * Splits a byline into the names it holds: "By Ana Ruiz and Tom Berg, Staff Writers" gives
 * "Ana Ruiz" and "Tom Berg". Parts that are roles, dates, e-mail addresses or handles are
 * dropped.
 */
export function splitAuthorNames(byline: string): string[] {
  let text = collapseWhitespace(byline.normalize("NFC"))
    .replace(CREDIT_OPENING, "")
    .replace(GLUED_TO_NAME, " ");
  // A date, a time or "Updated" ends the names part of a visible byline, unless the names
  // follow the date ("Posté le 12/05/2017 par Margaux Lefebvre").
  const date = findDateInText(text);
  if (date !== undefined) {
    const before = text.slice(0, date.index);
    const after = text.slice(date.index + date.text.length);
    const by = NAMES_AFTER_DATE.exec(after);
    text =
      by !== null && !NAME_LIKE.test(before) ? leadingNames(after.slice(by[0].length)) : before;
  }
  const time = STAMP_AFTER_NAMES.exec(text);
  if (time !== null) {
    text = text.slice(0, time.index);
  }
  text = text
    .replace(/(?<!\S)\S+/gu, (token) => (isEmailAddress(token) ? " " : token))
    .replace(/https?:\/\/\S+/gu, " ")
    .replace(/\(@?[^()]{0,40}\)/gu, " ")
    .replace(/(?:^|\s)@[\p{L}\p{N}_]+/gu, " ")
    .replace(
      /\s(?:updated|published|veröffentlicht|aktualisiert|erstellt|eingestellt|publié|posté|mis à jour|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt)(?![\p{L}\p{N}]).*$/iu,
      "",
    );
  const names: string[] = [];
  // A line that credits a review of the text ("Medically reviewed by Dr. Ana Leclair,
  // Board-Certified Dermatologist") names no writer, nor do the parts after its commas.
  const lines = text.split(LINE_SEPARATOR).filter((line) => !REVIEW_CREDIT.test(line));
  for (let part of lines.join(" | ").split(PART_SEPARATOR)) {
    const field = FIELD_LABEL.test(part) && !BYLINE_PREFIX.test(part.trim());
    if (OTHER_WORK_CREDIT.test(part) || field) {
      continue;
    }
    // "Teo Lind View Bio": the link's label after the name goes.
    part = part.replace(UI_LABEL, "");
    const previous = names[names.length - 1];
    // "Jane Doe, Jr." and "John Roe, Ph.D." are one name cut at its comma, and so is
    // "Brightfield Thermal Systems, Inc.".
    if (
      previous !== undefined &&
      (NAME_SUFFIX.test(part.trim()) || COMPANY_SUFFIX.test(part.trim()))
    ) {
      names[names.length - 1] = `${previous}, ${part.trim()}`;
      continue;
    }
    // "Dana Reyes, University Communications": after a writer's name, a part that ends in
    // an organisation's head word is where the writer works, not a second writer.
    if (previous !== undefined && isOrganization(part)) {
      continue;
    }
    // "Andrew Bosworth, Chief Technology Officer and Head of Reality Labs": a part that opens
    // with a job title says what the author does, whatever follows its "and".
    const pieces = part.split(AND_SEPARATOR).flatMap((piece) => piece.split(SHORT_AND_SEPARATOR));
    if (isJobTitle(withoutByPrefix(pieces[0] ?? ""))) {
      continue;
    }
    for (const piece of pieces) {
      const name = cleanName(piece);
      if (name !== undefined) {
        names.push(name);
      }
    }
  }
  return names;
}

function isOrganization(part: string): boolean {
  const last = collapseWhitespace(part).split(" ").at(-1)?.toLowerCase() ?? "";
  return ORGANIZATION_CUES.has(last) && /^\p{Lu}/u.test(collapseWhitespace(part));
}

function withoutByPrefix(part: string): string {
  return collapseWhitespace(part).replace(BYLINE_PREFIX, "");
}

// What `\S+@\S+\.\S+` matched, tested on one whitespace-free token without a regular
// expression (that pattern backtracks over every "@" of a long token): something, "@",
// something, ".", something.
function isEmailAddress(token: string): boolean {
  const at = token.indexOf("@", 1);
  return at > 0 && token.lastIndexOf(".", token.length - 2) >= at + 2;
}

function cleanName(part: string): string | undefined {
  let name = collapseWhitespace(part);
  for (let round = 0; round < 2; round++) {
    name = name.replace(BYLINE_PREFIX, "");
  }
  // "John Roe The Associated Press": the agency printed after a reporter's name.
  const withoutAgency = name.replace(TRAILING_AGENCY, "").trim();
  if (withoutAgency !== "" && withoutAgency !== name && /\s/u.test(withoutAgency)) {
    name = withoutAgency;
  }
  name = name.replace(/^[^\p{L}]+|(?<![^\p{L}.])[^\p{L}.]+$/gu, "").trim();
  if (name === "" || name.length > MAX_NAME_LENGTH) {
    return undefined;
  }
  // Particles do not count: "José Ángel de la Garza Treviño" is four names long.
  if (nameWords(name).length > MAX_NAME_WORDS) {
    return undefined;
  }
  const newsroom = NEWSROOM_STAFF.exec(name)?.[1]?.trim();
  if (newsroom !== undefined && !ROLE_WORDS.test(newsroom)) {
    return newsroom;
  }
  if (ROLE_WORDS.test(name) && !/^(?:associated press)$/iu.test(name)) {
    return undefined;
  }
  if (
    NOT_A_NAME.test(name) ||
    /^(?:by|and|von|par|the|admin|administrator|anonymous|unknown|guest)$/iu.test(name)
  ) {
    return undefined;
  }
  if (!/\p{Lu}/u.test(name) && !/\p{Lo}/u.test(name)) {
    return undefined;
  }
  return name;
}
