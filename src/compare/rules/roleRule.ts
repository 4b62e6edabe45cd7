import { foldForComparison } from "../../text/normalize.js";
import { PORTFOLIO_WORDS, TITLE_WORDS } from "../../text/titleWords.js";
import type { CastMember, DiscrepancyValue, Span } from "../../types.js";
import { castName } from "../castName.js";
import { outletName } from "../describe.js";
import type { DiscrepancyDraft, DiscrepancyRule, RuleOptions } from "../discrepancyRule.js";
import type { StoryContext } from "../storyContext.js";
import { type Post, readPost } from "./role/readPost.js";

/** Options of the {@link roleRule}. */
export interface RoleRuleOptions extends RuleOptions {
  /**
   * Report roles that differ but may both be true ("Vice President of the Commission" and
   * "the EU's top diplomat") as `difference`s; when false only contradicting roles are
   * reported.
   */
  reportDifferences: boolean;
}

// "neutral": a seat against a post held beside it, which neither agrees nor disagrees.
type PostRelation = "compatible" | "different" | "conflicting" | "neutral";

// Heads so general that they describe anyone holding a post ("a Russian official").
const GENERIC_HEADS = new Set([
  "official",
  "officials",
  "leader",
  "leaders",
  "head",
  "chief",
  "boss",
  // Who speaks for a body is a task, which any post may carry ("a Meridel spokeswoman" and
  // "its vice president of communications").
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "member",
  "members",
  "figure",
  "politician",
  "source",
  "sources",
  "staff",
]);
// Words that name a post's field, so that two of them on one head contradict each other.
const OFFICE_WORDS = new Set([
  ...PORTFOLIO_WORDS,
  "foreign",
  "defense",
  "defence",
  "interior",
  "finance",
  "justice",
  "health",
  "prime",
  "home",
  // Courts by level: a district judge is not a judge of the court of appeals.
  "district",
  "circuit",
  "appeals",
  "appellate",
  "superior",
  "bankruptcy",
  // The offices styled "… General": an attorney general is not the solicitor general.
  "attorney",
  "solicitor",
  "surgeon",
  "inspector",
  "auditor",
  "postmaster",
  "adjutant",
  "comptroller",
]);

// Seats in an assembly: a member holds one and, besides it, posts inside the assembly or its
// party ("Sen." and "Chairman", "MP" and "chief whip" are both true), but not two seats.
const MEMBERSHIP_HEADS = new Set([
  "senator",
  "representative",
  "congressman",
  "congresswoman",
  "congressperson",
  "lawmaker",
  "mp",
  "mla",
  "mep",
  // Scotland's, Ontario's, Quebec's and Newfoundland's parliaments seat members by these.
  "msp",
  "mpp",
  "mna",
  "mha",
  "legislator",
  "alderman",
  "alderwoman",
  "councillor",
  "councilor",
  "councilman",
  "councilwoman",
  "assemblyman",
  "assemblywoman",
  "assemblymember",
]);

const MAX_ROLE_SETS = 40;

// The ranks of the armed forces and the police, each a step of one ladder ("commander" is
// also a post, "head of the detachment", and stays out).
const SERVICE_RANKS = new Set([
  "private",
  "corporal",
  "sergeant",
  "lieutenant",
  "major",
  "colonel",
  "brigadier",
  "general",
  "admiral",
  "constable",
  "inspector",
  "superintendent",
]);

// The ranks of one flight or ship's crew, each held by one member at a time: the captain
// commands, the first officer (the co-pilot) is second, the second officer third. One
// person given two of them is given two places in one chain of command.
const CREW_OFFICER_ORDERS = new Set(["first", "second", "third"]);

/** The crew rank a post names ("captain", "first officer"), if it names one. */
function crewRank(post: Post): string | undefined {
  if (post.head === "captain" || post.head === "skipper") return "captain";
  if (post.head !== "officer" || post.specifiers.size !== 1) return undefined;
  const order = [...post.specifiers][0] ?? "";
  return CREW_OFFICER_ORDERS.has(order) ? `${order} officer` : undefined;
}

/**
 * A post named only by a generic head ("schools chief", "a Russian official"), with no
 * other formal title printed ("Police Commissioner", read as the police chief, has one).
 */
function isGeneric(post: Post): boolean {
  return GENERIC_HEADS.has(post.head) && [...post.titles].every((title) => title === post.head);
}

// The heads a body's presiding officer goes by, and the bodies where they name one post.
const PRESIDING_HEADS = new Set(["president", "chairman"]);
const BODIES_WITH_ONE_PRESIDER = new Set([
  "board",
  "council",
  "committee",
  "subcommittee",
  "commission",
  "panel",
]);

// The posts a side of an assembly names its leaders by ("Majority Leader", "Minority Whip").
const SIDE_LEADERSHIP_HEADS = new Set(["leader", "whip"]);

// The sides of an assembly whose leadership posts are named by them.
const ASSEMBLY_SIDES = ["majority", "minority"];

function assemblySide(post: Post): string | undefined {
  return ASSEMBLY_SIDES.find((side) => post.specifiers.has(side));
}

// The fields a company's "chief … officer" answers for: one person is its chief financial
// officer or its chief operating officer, and "chief executive" heads them all.
const CHIEF_OFFICER_FIELDS = new Set([
  "executive",
  "financial",
  "finance",
  "operating",
  "operations",
  "technology",
  "technical",
  "information",
  "marketing",
  "legal",
  "people",
  "medical",
  "scientific",
  "science",
  "investment",
  "risk",
  "compliance",
  "commercial",
  "revenue",
  "product",
  "strategy",
  "data",
  "security",
  "accounting",
  "administrative",
  "communications",
  "sustainability",
  "nursing",
  "academic",
  "digital",
]);

/** The fields of a "chief … officer" or "chief executive" post ("financial"), if it is one. */
function chiefOfficerFields(post: Post): Set<string> | undefined {
  if (!post.specifiers.has("chief") || post.rank.size > 0) return undefined;
  if (post.head === "executive") return new Set(["executive"]);
  if (post.head !== "officer") return undefined;
  const fields = [...post.specifiers].filter((word) => CHIEF_OFFICER_FIELDS.has(word));
  return fields.length > 0 ? new Set(fields) : undefined;
}

/**
 * A post with a rank ("associate head coach", "Assistant State Attorney") against the same
 * post stated without it ("head coach", "state attorney"): the two share a word that says
 * which post it is, beyond the head, and the bare one says nothing the ranked one lacks
 * but whose post it is. A bare head alone ("coach") may be said loosely of an assistant.
 */
function rankAgainstStatedPost(left: Post, right: Post): boolean {
  if (left.head !== right.head || left.tense.size > 0 || right.tense.size > 0) return false;
  const ranksDiffer =
    difference(left.rank, right.rank).length > 0 || difference(right.rank, left.rank).length > 0;
  if (!ranksDiffer) return false;
  return [...left.specifiers].some((word) => right.specifiers.has(word));
}

function difference(left: Set<string>, right: Set<string>): string[] {
  return [...left].filter((word) => !right.has(word));
}

/**
 * How two posts of one person relate. Descriptions ("aide", "reporter", "mother") and
 * generic heads ("official") agree with anything: they are things said about a person,
 * not posts that exclude each other. Two formal titles with different heads are two posts
 * ("Vice President", "top diplomat"); with one head, a rank one lacks ("Vice President",
 * "President") or two different offices ("Foreign Minister", "Defence Minister") contradict.
 * A seat in an assembly ("Sen.", "MP") agrees with any post held beside it; two different
 * seats ("Sen.", "Rep.") contradict.
 */
function relatePosts(left: Post, right: Post): PostRelation {
  // "Majority Leader", "Minority Whip": posts of one side's leadership in an assembly, each
  // held by one person, so any two different ones contradict ("Majority Whip" against
  // "Majority Leader"); "leader" is a post here, not a word for anyone who leads.
  const leftSide = assemblySide(left);
  const rightSide = assemblySide(right);
  if (leftSide !== undefined && rightSide !== undefined)
    return leftSide === rightSide && left.head === right.head ? "compatible" : "conflicting";
  // A side's leadership post ("Majority Leader") against another formal post of the
  // assembly ("Senate President", "Speaker"): two posts, not one written two ways.
  const leader = leftSide !== undefined ? left : rightSide !== undefined ? right : undefined;
  const other = leader === left ? right : left;
  if (
    leader !== undefined &&
    (leftSide === undefined || rightSide === undefined) &&
    SIDE_LEADERSHIP_HEADS.has(leader.head) &&
    other.head !== leader.head &&
    other.titles.size > 0 &&
    !isGeneric(other) &&
    !MEMBERSHIP_HEADS.has(other.head)
  )
    return "different";
  // Two ranks of the forces or the police ("Cpl.", "Staff Sgt."): one person holds one.
  if (
    left.head !== right.head &&
    SERVICE_RANKS.has(left.head) &&
    SERVICE_RANKS.has(right.head) &&
    ![...left.specifiers, ...right.specifiers].some((word) => OFFICE_WORDS.has(word))
  )
    return "conflicting";
  const leftCrew = crewRank(left);
  const rightCrew = crewRank(right);
  if (leftCrew !== undefined && rightCrew !== undefined && leftCrew !== rightCrew)
    return "conflicting";
  // "chief operating officer" and "chief financial officer" (or "CFO" and "chief
  // executive") are two seats of one company's management: a person holds one of them;
  // a former one beside a present one may be a career, not a contradiction.
  const leftFields = chiefOfficerFields(left);
  const rightFields = chiefOfficerFields(right);
  if (leftFields && rightFields) {
    if ([...leftFields].some((field) => rightFields.has(field))) return "compatible";
    const sameTense =
      difference(left.tense, right.tense).length === 0 &&
      difference(right.tense, left.tense).length === 0;
    return sameTense ? "conflicting" : "different";
  }
  // A board's or a council's presiding officer is its president or its chair, as each
  // body calls it: "Board President" and "board chair" are one post.
  if (
    left.head !== right.head &&
    PRESIDING_HEADS.has(left.head) &&
    PRESIDING_HEADS.has(right.head) &&
    left.rank.size === 0 &&
    right.rank.size === 0 &&
    [...left.specifiers].some(
      (word) => BODIES_WITH_ONE_PRESIDER.has(word) && right.specifiers.has(word),
    )
  )
    return "compatible";
  // A generic head ("official", "schools chief") describes whoever holds another post; two
  // of the same head are still compared ("Deputy Fire Chief" / "Fire Chief").
  if (left.head !== right.head && (isGeneric(left) || isGeneric(right))) return "compatible";
  // Posts that are not formal titles ("head coach", "state attorney") still differ by rank.
  if (rankAgainstStatedPost(left, right)) return "conflicting";
  const seats = [left.head, right.head].filter((head) => MEMBERSHIP_HEADS.has(head));
  // Two different seats ("MP", "MSP"; "Sen.", "Rep.") contradict, printed as titles or not.
  if (seats.length === 2 && left.head !== right.head) return "conflicting";
  if (left.titles.size === 0 || right.titles.size === 0) return "compatible";
  if (seats.length === 1) return "neutral";
  // "Committee Chairman Rep." and "Chairman" share a title: one post, written more fully.
  // With two heads the shared title must be one's head: "chief operating officer" and
  // "chief executive" share only the modifier "chief", and are two posts.
  const sharesTitle =
    left.head === right.head
      ? [...left.titles].some((title) => right.titles.has(title))
      : left.titles.has(right.head) || right.titles.has(left.head);
  if (!sharesTitle) return "different";
  if (difference(left.rank, right.rank).length > 0 || difference(right.rank, left.rank).length > 0)
    return "conflicting";
  const onlyLeft = difference(left.specifiers, right.specifiers);
  const onlyRight = difference(right.specifiers, left.specifiers);
  const office = (words: string[]) => words.some((word) => OFFICE_WORDS.has(word));
  return office(onlyLeft) && office(onlyRight) ? "conflicting" : "compatible";
}

// Heads of posts one person holds at a time in one body: a council has one president, a
// committee one chair, a city one mayor, a police force one chief.
const SINGLE_HOLDER_HEADS = new Set([
  "president",
  "chairman",
  "speaker",
  "mayor",
  "governor",
  "premier",
  "chancellor",
  "chief",
  "sheriff",
  "superintendent",
  "captain",
  "skipper",
  "headmaster",
  "headteacher",
  "provost",
]);

/**
 * The post, as a key, when only one person holds it at a time and the role names whose
 * post it is ("Council President", "Springfield mayor", "president of the school board"):
 * a bare "President" or "captain" may be of any body the story names. A post held for the
 * time being ("acting", "interim", "former") sits beside its holder, not in their place.
 */
function singleHolderPost(post: Post): string | undefined {
  if (!SINGLE_HOLDER_HEADS.has(post.head) || post.rank.size > 0 || post.tense.size > 0)
    return undefined;
  const body = [...post.specifiers].filter((word) => !TITLE_WORDS.has(word)).sort();
  if (body.length === 0 && post.places.size === 0) return undefined;
  return [post.head, ...body, "@", ...[...post.places].sort()].join(" ");
}

/** Who holds each single-holder post in a story: post key, then cast id, then the articles saying so. */
type PostHolders = Map<string, Map<string, Set<string>>>;

function postHolders(story: StoryContext): PostHolders {
  const holders: PostHolders = new Map();
  for (const member of story.cast) {
    for (const appearance of member.appearances) {
      for (const span of appearance.roles) {
        const post = readPost(span.text);
        const key = post && singleHolderPost(post);
        if (key === undefined) continue;
        const byMember = holders.get(key) ?? new Map<string, Set<string>>();
        const articles = byMember.get(member.id) ?? new Set<string>();
        articles.add(appearance.articleId);
        byMember.set(member.id, articles);
        holders.set(key, byMember);
      }
    }
  }
  return holders;
}

/** A post one outlet gives a person while more outlets give it to someone else. */
interface TakenPost {
  articleId: string;
  role: string;
  holderId: string;
  holderArticles: number;
}

/**
 * A single-holder post one outlet gives the person that more outlets give to another
 * person, and none to both: a council has one president, so the outlet puts the person
 * in another's place. It counts only when another outlet gives the person a seat or a role
 * that does not agree with the post (a "Councilwoman" where one outlet says "Council
 * President"), never when the other outlets give no post at all.
 */
function takenPost(
  member: CastMember,
  byArticle: readonly ArticleRoles[],
  holders: PostHolders,
): TakenPost | undefined {
  for (const entry of byArticle) {
    for (const { span, post } of entry.roles) {
      const key = singleHolderPost(post);
      const byMember = key === undefined ? undefined : holders.get(key);
      const mine = byMember?.get(member.id);
      if (!byMember || !mine) continue;
      for (const [holderId, articles] of byMember) {
        if (holderId === member.id || articles.size <= mine.size) continue;
        if ([...articles].some((articleId) => mine.has(articleId))) continue;
        const witness = byArticle.some(
          (other) =>
            !mine.has(other.articleId) &&
            other.roles.every(
              (role) =>
                MEMBERSHIP_HEADS.has(role.post.head) ||
                relatePosts(post, role.post) !== "compatible",
            ),
        );
        if (witness)
          return {
            articleId: entry.articleId,
            role: span.text,
            holderId,
            holderArticles: articles.size,
          };
      }
    }
  }
  return undefined;
}

interface ArticleRoles {
  articleId: string;
  roles: { span: Span; post: Post }[];
}

function rolesByArticle(member: CastMember, story: StoryContext): ArticleRoles[] {
  const found: ArticleRoles[] = [];
  for (const entry of story.articles) {
    const appearance = member.appearances.find(
      (candidate) => candidate.articleId === entry.article.id,
    );
    if (!appearance) continue;
    const seen = new Set<string>();
    const roles: ArticleRoles["roles"] = [];
    for (const span of appearance.roles) {
      const post = readPost(span.text);
      const key = foldForComparison(span.text);
      if (!post || seen.has(key)) continue;
      seen.add(key);
      roles.push({ span, post });
    }
    if (roles.length > 0) found.push({ articleId: entry.article.id, roles });
  }
  return found;
}

/**
 * How two articles' roles for one person relate. Two posts that contradict each other
 * ("Majority Whip", "Minority Whip") make the articles conflict when neither post agrees
 * with any post of the other article: a shared honorific ("Rep.") beside them does not
 * reconcile them. Otherwise any shared post makes the articles compatible.
 */
function relateArticles(left: ArticleRoles, right: ArticleRoles): PostRelation {
  const relations = left.roles.map((a) => right.roles.map((b) => relatePosts(a.post, b.post)));
  const leftAgrees = relations.map((row) => row.includes("compatible"));
  const rightAgrees = right.roles.map((_, column) =>
    relations.some((row) => row[column] === "compatible"),
  );
  let shared = false;
  for (const [row, cells] of relations.entries()) {
    for (const [column, relation] of cells.entries()) {
      if (relation === "conflicting" && !leftAgrees[row] && !rightAgrees[column])
        return "conflicting";
      if (relation === "compatible") shared = true;
    }
  }
  if (shared) return "compatible";
  if (relations.some((row) => row.includes("conflicting"))) return "conflicting";
  return relations.some((row) => row.includes("different")) ? "different" : "compatible";
}

function isFormal(post: Post): boolean {
  return post.titles.size > 0 && !isGeneric(post);
}

/** Whether a formal post of one article is a formal post of the other. */
function formallyAgree(left: ArticleRoles, right: ArticleRoles): boolean {
  return left.roles.some(
    (a) =>
      isFormal(a.post) &&
      right.roles.some((b) => isFormal(b.post) && relatePosts(a.post, b.post) === "compatible"),
  );
}

function displayRole(text: string): string {
  return text.replace(/^(?:an?|the)\s+/iu, "").trim();
}

function checkMember(
  member: CastMember,
  story: StoryContext,
  options: RoleRuleOptions,
  holders: PostHolders,
): DiscrepancyDraft | undefined {
  const byArticle = rolesByArticle(member, story);
  if (byArticle.length < 2) return undefined;
  const taken = takenPost(member, byArticle, holders);
  // Articles with the same set of posts are compared once: a person has a handful of role
  // sets however many outlets name them.
  const sets = new Map<string, ArticleRoles>();
  for (const entry of byArticle) {
    const key = entry.roles
      .map((role) => foldForComparison(role.span.text))
      .sort()
      .join("|");
    if (!sets.has(key)) sets.set(key, entry);
  }
  // The first MAX_ROLE_SETS role sets only: a story where every
  // outlet words a person's role its own way stays within a bounded number of comparisons.
  const distinct = [...sets.values()].slice(0, MAX_ROLE_SETS);
  // Two posts one outlet gives together are both true: the others giving one each agree.
  // Only formal posts reconcile: a description ("the state's top election official") agrees
  // with any post, and so says nothing of which of two it is.
  const reconciled = (a: ArticleRoles, b: ArticleRoles) =>
    distinct.some(
      (both) => both !== a && both !== b && formallyAgree(both, a) && formallyAgree(both, b),
    );
  let worst: PostRelation = "compatible";
  for (let left = 0; left < distinct.length; left++) {
    for (let right = left + 1; right < distinct.length; right++) {
      const a = distinct[left];
      const b = distinct[right];
      if (!a || !b) continue;
      const relation = relateArticles(a, b);
      if (relation === "conflicting") worst = "conflicting";
      else if (relation === "different" && worst === "compatible" && !reconciled(a, b))
        worst = "different";
    }
  }
  if (taken) worst = "conflicting";
  if (worst === "compatible") return undefined;
  if (worst === "different" && !options.reportDifferences) return undefined;
  const values: DiscrepancyValue[] = byArticle.flatMap((entry) =>
    entry.roles.map(({ span }) => ({
      articleId: entry.articleId,
      value: displayRole(span.text),
      text: span.text,
      start: span.start,
      end: span.end,
    })),
  );
  const printed = byArticle.map((entry) => {
    const article = story.articles.find((candidate) => candidate.article.id === entry.articleId);
    const roles = entry.roles.map((role) => `\u201C${displayRole(role.span.text)}\u201D`);
    return `${roles.join(", ")} (${article ? outletName(article.article) : entry.articleId})`;
  });
  const name = castName(member);
  const outletOf = (articleId: string) => {
    const article = story.articles.find((candidate) => candidate.article.id === articleId);
    return article ? outletName(article.article) : articleId;
  };
  const holder = taken && story.cast.find((candidate) => candidate.id === taken.holderId);
  const takenNote =
    taken && holder
      ? ` ${outletOf(taken.articleId)} calls ${name} \u201C${displayRole(taken.role)}\u201D, a post ${taken.holderArticles} other outlets give ${castName(holder)}.`
      : "";
  return {
    severity: worst === "conflicting" ? "conflict" : "difference",
    rule: "role/title",
    subject: `${name}'s role`,
    message:
      worst === "conflicting"
        ? `The outlets give ${name} roles that contradict each other: ${printed.join("; ")}.${takenNote}`
        : `The outlets give ${name} different roles, which may both be true: ${printed.join("; ")}.`,
    values,
    castId: member.id,
  };
}

/**
 * The role rule: one person given different titles or roles by different outlets. Roles
 * are read as posts (the title noun, the words that narrow it, a rank such as "vice" or
 * "deputy", "former"), after synonyms ("Foreign Minister", "top diplomat", "Minister of
 * Foreign Affairs" are one post) and without nationalities, places and possessives
 * ("Russia's Foreign Minister" is "Foreign Minister"). Two outlets agree when any post of
 * one agrees with any post of the other (the same post, or one more specific: "President"
 * and "Ukrainian President"; a generic "official" agrees with anything). Otherwise the
 * roles contradict (`conflict`) when they are posts of one kind in different offices or
 * ranks ("Foreign Minister"/"Defence Minister", "President"/"Vice President"), and differ
 * (`difference`) when they are different posts one person may hold at once ("Vice
 * President" of the Commission and "the EU's top diplomat"). Two ranks of one crew
 * ("Capt.", "First Officer") contradict. A post one person holds at a time in a named body
 * ("Council President") that one outlet gives a person while more outlets give it to
 * another contradicts the seat or role the other outlets give the first. Descriptions
 * that name no post ("an ardent Russia hawk") are not compared.
 *
 * Options: `reportDifferences` (default true): also report roles that may both be true.
 *
 * @example
 * ```ts
 * findDiscrepancies(articles, { rules: { role: { reportDifferences: false } } }); // contradictions only
 * ```
 */
export const roleRule: DiscrepancyRule<RoleRuleOptions> = {
  name: "role",
  kind: "role",
  description:
    "One person given different titles or roles: contradicting posts are conflicts, two posts one may hold at once are differences.",
  defaultOptions: Object.freeze({ enabled: true, reportDifferences: true }),
  optionRanges: Object.freeze({}),
  check(story, options) {
    const found: DiscrepancyDraft[] = [];
    const holders = postHolders(story);
    for (const member of story.cast) {
      const finding = checkMember(member, story, options, holders);
      if (finding) found.push(finding);
    }
    return found;
  },
};
