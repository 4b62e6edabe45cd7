import { bracketedAcronyms } from "../text/bracketedAcronyms.js";
import { firstAtOrAfter } from "../text/firstAtOrAfter.js";
import { PERSON_DEMONYMS } from "../text/gazetteer.js";
import { foldForComparison } from "../text/normalize.js";
import { SOURCE_NOUNS, SPOKES_NOUNS } from "../text/titleWords.js";
import type { Article, Name, Person, PersonMention, Quote, QuoteSpeaker } from "../types.js";
import { clusterPeople } from "./names/clusterPeople.js";
import { type NameRun, readNames } from "./names/readNames.js";
import { type ReferenceResolver, referenceResolver } from "./names/resolveReferences.js";
import {
  attributeQuotes,
  type QuoteContext,
  type QuoteDraft,
  type QuoteOptions,
  readQuoteContext,
} from "./quotes/attributeQuotes.js";
import { firstSubject, sentenceIndexAt } from "./quotes/findAttribution.js";
import type { Mention } from "./quotes/findMentions.js";

/** The people, organisations, places and quotes of one article, read together. */
export interface PeopleAndQuotes {
  /** People, each with an id, a key and every mention (names, pronouns, descriptions). */
  people: Person[];
  /** Organisations. */
  organizations: Name[];
  /** Places. */
  places: Name[];
  /** Quotes, each speaker resolved against these people and organisations. */
  quotes: Quote[];
}

// Verbs right after a pronoun that make it the subject of reported speech ("he said").
const SAYING =
  /^\s(?:said|says|told|added|stated|noted|warned|argued|insisted|indicated|signaled|signalled)(?![\p{L}])/u;

/**
 * Reads the names and quotes of an article in one pass, so that a quote's speaker is one
 * of the article's people or organisations: names are found once (the name finder's
 * runs), quotes are attributed to mentions of them, a name that says something is a
 * person, and pronouns and descriptions are linked to people by one resolver.
 *
 * @param article - a parsed article; `body` and `paragraphs` are read
 * @param options - quote options
 * @returns the article's people, organisations, places and quotes
 */
export function readPeopleAndQuotes(
  article: Pick<Article, "body" | "paragraphs">,
  options: Partial<QuoteOptions> = {},
): PeopleAndQuotes {
  const body = article.body;
  const reading = readNames(body);
  const context = readQuoteContext(article, reading.runs);
  const drafts = attributeQuotes(context, options);
  // Whoever says something is someone: an unknown name that speaks is a person, an
  // acronym that speaks an organisation.
  for (const draft of drafts) {
    const mention = draft.speakerMention;
    const run = mention?.run === undefined ? undefined : reading.runs[mention.run];
    if (run === undefined || run.kind !== "other" || draft.kind === "scare") continue;
    // "the Dane said": a demonym after "the" describes someone; it is no one's name.
    if (demonymAfterThe(body, run.words, run.start)) continue;
    run.kind = mention?.kind === "organization" ? "organization" : "person";
    if (run.kind === "organization") addOrganization(reading.organizations, body, run);
  }
  const clustered = clusterPeople(body, reading.runs);
  const personOfMention = (mention: Mention): number =>
    mention.run === undefined ? -1 : (clustered.personOfRun[mention.run] ?? -1);
  const resolver = referenceResolver(
    context.mentions,
    clustered.people,
    personOfMention,
    (at) => sentenceIndexAt(context.sentences, at),
    body,
  );
  const extra = linkReferences(context, resolver, clustered.people.length, personOfMention);
  const people: Person[] = clustered.people.map((person, index) => ({
    id: `p${index + 1}`,
    key: person.key,
    name: person.name,
    mentions: [...person.mentions, ...(extra[index] ?? [])].sort((a, b) => a.start - b.start),
    roles: person.roles,
  }));
  const organizationAt = new Map<number, string>();
  for (const organization of reading.organizations)
    for (const mention of organization.mentions)
      organizationAt.set(mention.start, organization.name);
  const speakers: SpeakerContext = {
    body,
    bracketed: undefined,
    quotes: context,
    reading: reading.runs,
    people,
    organizationAt,
    resolver,
    personOfMention,
  };
  const quotes = drafts.map((draft, index) => toQuote(draft, index, speakers));
  return { people, organizations: reading.organizations, places: reading.places, quotes };
}

function addOrganization(organizations: Name[], body: string, run: NameRun): void {
  const name = body.slice(run.start, run.end);
  const span = { text: name, start: run.start, end: run.end };
  const known = organizations.find((organization) => organization.name === name);
  if (known === undefined) organizations.push({ name, mentions: [span] });
  else if (!known.mentions.some((mention) => mention.start === span.start))
    known.mentions.push(span);
}

/**
 * Pronouns and descriptions as mentions of people, where the link is sure: a description
 * only one person fits, a pronoun that opens a sentence or reports speech and whose
 * person is the only one named since the sentence before.
 */
function linkReferences(
  context: QuoteContext,
  resolver: ReferenceResolver,
  peopleCount: number,
  personOfMention: (mention: Mention) => number,
): PersonMention[][] {
  const extra = Array.from({ length: peopleCount }, (): PersonMention[] => []);
  const { text, sentences, mentions } = context;
  // The sentence of each person's nearest name mention, found while walking in order.
  const lastNamed: { person: number; sentence: number }[] = [];
  for (const mention of mentions) {
    const sentence = sentenceIndexAt(sentences, mention.start);
    const person = personOfMention(mention);
    if (person >= 0) {
      lastNamed.push({ person, sentence });
      continue;
    }
    const span = {
      text: text.slice(mention.start, mention.end),
      start: mention.start,
      end: mention.end,
    };
    if (mention.kind === "nominal") {
      const resolved = resolver.description(mention);
      if (resolved?.unique) extra[resolved.person]?.push({ ...span, via: "description" });
      continue;
    }
    if (mention.kind !== "pronoun" || mention.object) continue;
    const sentenceStart = sentences[sentence]?.start ?? 0;
    const opens = /^["“‘]?$/u.test(text.slice(sentenceStart, mention.start).trim());
    const reports =
      SAYING.test(text.slice(mention.end, mention.end + 12)) ||
      /said\s$/u.test(text.slice(Math.max(0, mention.start - 5), mention.start));
    if (!opens && !reports) continue;
    const resolved = resolver.pronoun(mention);
    if (resolved === undefined || !resolved.unique || resolved.person < 0) continue;
    // The person was named in this sentence or the one before, and no one else was.
    const recent = lastNamed.slice(-8).filter((named) => named.sentence >= sentence - 1);
    if (recent.length === 0 || recent.some((named) => named.person !== resolved.person)) continue;
    extra[resolved.person]?.push({ ...span, via: "pronoun" });
  }
  return extra;
}

interface SpeakerContext {
  body: string;
  /** Where each acronym first stands in brackets ("… Agency (IGRA)"), built when first asked. */
  bracketed: Map<string, number> | undefined;
  /** The mentions and sentences the quotes were attributed on. */
  quotes: QuoteContext;
  reading: readonly NameRun[];
  people: readonly Person[];
  /** The organisation each organisation mention names, by the mention's start. */
  organizationAt: ReadonlyMap<number, string>;
  resolver: ReferenceResolver;
  personOfMention: (mention: Mention) => number;
}

// Documents that speak for whoever issued them ("the statement said", "the release said").
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(
  "statement release update filing report letter memo email notice bulletin advisory".split(" "),
);
// How many sentences back the body behind "the statement" or "the company" is looked for.
const BODY_SENTENCES = 3;
// How many sentences back "the company" looks for the organisation named last: 6, 10 or
// no limit give the same speakers on speakers set 2 and the same compare findings; 3 loses
// two of set 2's quotes. The smallest of the flat region is chosen.
const ORGANIZATION_SENTENCES = 6;
// How far back, in characters, a body whose name holds the noun is looked for.
const BODY_DISTANCE = 3000;

/**
 * The name a description is set beside by commas, which names whom it describes: "The
 * terminal operator, North Sea Container Terminals, said", "The inspectorate's deputy chief
 * inspector, Dr Rowan Ekwueme, said".
 */
function apposedName(spoken: Mention, context: SpeakerContext): Mention | undefined {
  if (spoken.kind !== "nominal") return undefined;
  const { mentions, tokens } = context.quotes;
  const next = mentions[firstAtOrAfter(mentions, spoken.end)];
  if (next === undefined || next.kind === "pronoun" || next.kind === "nominal") return undefined;
  // The name's titles ("Dr") stand between the comma and the name.
  const opening = tokens[next.firstToken]?.start ?? next.start;
  return context.body.slice(spoken.end, opening) === ", " ? next : undefined;
}

/** Whom a description stands for: the name set beside it, else the body behind it. */
function standsFor(spoken: Mention, context: SpeakerContext): Mention | undefined {
  return apposedName(spoken, context) ?? bodyBehind(spoken, context);
}

/**
 * The body a description of a body or a document speaks for: its owner ("a statement from
 * the Red Cross"); for "the statement" or "the release", whoever the same document was
 * credited to a little before ("In a statement, the residents' association says …", "the
 * fire centre said in an update …"); for "the company" or "the federation", the
 * organisation named a little before, one whose name holds the noun first.
 */
function bodyBehind(spoken: Mention, context: SpeakerContext): Mention | undefined {
  if (spoken.kind !== "nominal") return undefined;
  const head = spoken.roles[0] ?? "";
  const spokes = SPOKES_NOUNS.has(head);
  const isDocument = DOCUMENT_NOUNS.has(head);
  if (!SOURCE_NOUNS.has(head) && !isDocument && !spokes) return undefined;
  // "a filing with the regulator": the body a document went to did not issue it.
  if (spoken.owner !== undefined && linkWord(spoken, context) !== "with") return spoken.owner;
  // "a spokesperson for the group": the body "the group" stands for.
  const { mentions, sentences, tokens } = context.quotes;
  if (spokes) {
    const link = tokens[spoken.lastToken + 1]?.lower ?? "";
    const body = tokens[spoken.lastToken + 3];
    if (
      (link === "for" || link === "of") &&
      tokens[spoken.lastToken + 2]?.lower === "the" &&
      body !== undefined &&
      SOURCE_NOUNS.has(body.lower)
    ) {
      const described =
        mentions[firstAtOrAfter(mentions, tokens[spoken.lastToken + 2]?.start ?? 0)];
      if (described?.kind === "nominal" && described.roles[0] === body.lower)
        return bodyBehind(described, context);
    }
    return undefined;
  }
  if (!definite(spoken)) return undefined;
  const sentence = sentenceIndexAt(sentences, spoken.start);
  let nearest: Mention | undefined;
  for (let index = firstAtOrAfter(mentions, spoken.start) - 1; index >= 0; index--) {
    const candidate = mentions[index];
    if (candidate === undefined) continue;
    if (spoken.start - candidate.end > BODY_DISTANCE) break;
    const at = sentenceIndexAt(sentences, candidate.start);
    if (isDocument) {
      if (at < sentence - BODY_SENTENCES) break;
      if (candidate.kind !== "nominal" || candidate.roles[0] !== head) continue;
      if (candidate.owner !== undefined && linkWord(candidate, context) !== "with")
        return candidate.owner;
      const credited = sentences[at];
      if (credited === undefined) return undefined;
      const subject = firstSubject(context.quotes, credited.start, credited.end);
      return subject === undefined || subject === candidate || subject.kind === "pronoun"
        ? undefined
        : (standsFor(subject, context) ?? subject);
    }
    if (candidate.possessive || candidate.kind === "pronoun" || candidate.kind === "nominal")
      continue;
    // A name that holds the noun, however named, is the body meant.
    if (
      context.personOfMention(candidate) < 0 &&
      foldForComparison(candidate.words.join(" ")).split(" ").includes(head)
    )
      return candidate;
    // The body the story is about, not one named in passing ("shares fell on the London
    // Stock Exchange").
    if (
      at >= sentence - ORGANIZATION_SENTENCES &&
      !candidate.object &&
      isOrganizationMention(candidate, context)
    )
      nearest ??= candidate;
  }
  return nearest;
}

// The word that links a description to its owner: "for", "from", "with" ("a filing with
// the regulator").
function linkWord(spoken: Mention, context: SpeakerContext): string {
  const tokens = context.quotes.tokens;
  let index = (spoken.owner?.firstToken ?? 0) - 1;
  if (tokens[index]?.lower === "the") index--;
  return tokens[index]?.lower ?? "";
}

function isOrganizationMention(mention: Mention, context: SpeakerContext): boolean {
  const run = mention.run === undefined ? undefined : context.reading[mention.run];
  return mention.kind === "organization" || run?.kind === "organization";
}

// An acronym, as organisations are short-named.
const ACRONYM = /^\p{Lu}{2,10}$/u;
// Small words inside an organisation's name ("Bank of England", "Fédération des épiciers").
const NAME_LINKS = new Set(["of", "for", "and", "the", "de", "des", "du", "la", "le"]);
// How many words before "(ACRONYM)" are read for the name it stands for.
const MAX_SPELLED_OUT_WORDS = 10;

/**
 * The name an acronym stands for where the article spells it out first: "the International
 * Grain Relief Agency (IGRA)" makes "IGRA" that agency. The capitalised words right before
 * the acronym in brackets, whose initials give the acronym's letters in order.
 */
function spelledOut(acronym: string, context: SpeakerContext): string | undefined {
  if (!ACRONYM.test(acronym)) return undefined;
  // Where each acronym first stands in brackets, read in one pass when first asked.
  context.bracketed ??= bracketedAcronyms(context.body);
  const at = context.bracketed.get(acronym);
  if (at === undefined) return undefined;
  const words = context.body
    .slice(Math.max(0, at - 200), at)
    .trimEnd()
    .split(/\s+/u);
  const name: string[] = [];
  let initials = "";
  for (let index = words.length - 1; index >= 0 && name.length < MAX_SPELLED_OUT_WORDS; index--) {
    const word = words[index] ?? "";
    const capital = /^\p{Lu}/u.test(word);
    if (!capital && !NAME_LINKS.has(word)) break;
    name.unshift(word);
    if (capital) initials = `${word.charAt(0)}${initials}`;
    if (initials === acronym) return name.join(" ");
  }
  return undefined;
}

// "the " right before a word.
const THE_BEFORE = /(?:^|[^\p{L}])the\s$/iu;

// One demonym right after "the": "the Italian", "the Dane".
function demonymAfterThe(body: string, words: readonly string[], at: number): boolean {
  return (
    words.length === 1 &&
    PERSON_DEMONYMS.has((words[0] ?? "").toLowerCase()) &&
    THE_BEFORE.test(body.slice(Math.max(0, at - 4), at))
  );
}

function speakerOf(
  draft: QuoteDraft,
  spoken: Mention,
  context: SpeakerContext,
): QuoteSpeaker | undefined {
  // "a statement from the Red Cross", "the statement said" after "the union said in a
  // statement", "the company said": the body speaks.
  const mention = standsFor(spoken, context) ?? spoken;
  const via = draft.inherited
    ? "inherited"
    : mention.kind === "pronoun"
      ? "pronoun"
      : mention.kind === "nominal"
        ? "description"
        : "name";
  // The offsets are the attributing mention's ("the statement said"), or the owner's
  // named in it ("a statement from the Red Cross").
  const attributing = spoken.owner ?? spoken;
  const at = { start: attributing.start, end: attributing.end };
  if (mention.kind === "pronoun" || mention.kind === "nominal") {
    const resolved =
      mention.kind === "pronoun"
        ? context.resolver.pronoun(mention)
        : (context.resolver.description(mention) ??
          (definite(mention) ? context.resolver.speakerBack(mention) : undefined));
    const person = resolved === undefined ? undefined : context.people[resolved.person];
    if (person !== undefined)
      return { name: person.name, personId: person.id, kind: "person", via, ...at };
    // "he said" of someone only described before ("One bus driver … says"): the description,
    // or the body it speaks for ("A spokeswoman for the nurses' union said … “…,” she said").
    const described = resolved?.described;
    if (described !== undefined) {
      const body = standsFor(described, context);
      const spokenFor = body === undefined ? undefined : speakerOf(draft, body, context);
      if (spokenFor !== undefined) return { ...spokenFor, via, ...at };
      return { name: described.words.join(" "), kind: "description", via, ...at };
    }
    if (mention.kind === "pronoun") return undefined;
    return { name: mention.words.join(" "), kind: "description", via, ...at };
  }
  const run = mention.run === undefined ? undefined : context.reading[mention.run];
  const personIndex = context.personOfMention(mention);
  const person = personIndex < 0 ? undefined : context.people[personIndex];
  if (person !== undefined)
    return { name: person.name, personId: person.id, kind: "person", via, ...at };
  // "the Dane said", "the Italian added": a demonym after "the" describes the person just
  // named.
  if (
    mention.kind !== "organization" &&
    run?.kind !== "organization" &&
    demonymAfterThe(context.body, mention.words, mention.start)
  ) {
    const back = context.resolver.speakerBack(mention);
    const described = back === undefined ? undefined : context.people[back.person];
    if (described !== undefined)
      return { name: described.name, personId: described.id, kind: "person", via, ...at };
  }
  const printed = context.body.slice(mention.start, mention.end);
  // A name a spokesperson or a document speaks for is a body, known as one or not.
  const spokenFor = mention !== spoken && mention.kind === "name" && !mention.place;
  if (mention.kind === "organization" || run?.kind === "organization" || spokenFor) {
    const name = context.organizationAt.get(mention.start) ?? printed;
    return { name: spelledOut(name, context) ?? name, kind: "organization", via, ...at };
  }
  // A country or a city speaks for its government only as the subject of its own verb of
  // saying ("Japan branded it …", "Russia insisted that …"); not through a participle
  // ("…, dismissing the talks as …"), and never by inheritance.
  if (run?.kind === "place" || mention.place) {
    const verb = draft.verb ?? "";
    if (draft.inherited || verb === "" || verb.endsWith("ing")) return undefined;
    return { name: printed, kind: "place", via, ...at };
  }
  return undefined;
}

// A description that opens with "the": it stands for someone the article has met.
function definite(mention: Mention): boolean {
  return (mention.words[0] ?? "").toLowerCase() === "the";
}

function toQuote(draft: QuoteDraft, index: number, context: SpeakerContext): Quote {
  const quote: Quote = {
    id: `q${index + 1}`,
    text: context.body.slice(draft.span.start, draft.span.end),
    start: draft.span.start,
    end: draft.span.end,
    kind: draft.kind,
  };
  // A scare quote marks a term, not speech: it has no speaker.
  if (draft.kind === "scare") return quote;
  if (draft.speakerMention !== undefined) {
    const speaker = speakerOf(draft, draft.speakerMention, context);
    if (speaker !== undefined) quote.speaker = speaker;
  }
  if (draft.verb !== undefined) quote.verb = draft.verb;
  if (draft.continues !== undefined) quote.continues = `q${draft.continues + 1}`;
  return quote;
}
