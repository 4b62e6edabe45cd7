import { foldForComparison } from "../../text/normalize.js";
import { PORTFOLIO_WORDS } from "../../text/titleWords.js";
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
  "councillor",
  "councilor",
  "councilman",
  "councilwoman",
  "assemblyman",
  "assemblywoman",
  "assemblymember",
]);

const MAX_ROLE_SETS = 40;

/**
 * A post named only by a generic head ("schools chief", "a Russian official"), with no
 * other formal title printed ("Police Commissioner", read as the police chief, has one).
 */
function isGeneric(post: Post): boolean {
  return GENERIC_HEADS.has(post.head) && [...post.titles].every((title) => title === post.head);
}

// The sides of an assembly whose leadership posts are named by them.
const ASSEMBLY_SIDES = ["majority", "minority"];

function assemblySide(post: Post): string | undefined {
  return ASSEMBLY_SIDES.find((side) => post.specifiers.has(side));
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
  // A generic head ("official", "schools chief") describes whoever holds another post; two
  // of the same head are still compared ("Deputy Fire Chief" / "Fire Chief").
  if (left.head !== right.head && (isGeneric(left) || isGeneric(right))) return "compatible";
  if (left.titles.size === 0 || right.titles.size === 0) return "compatible";
  const seats = [left.head, right.head].filter((head) => MEMBERSHIP_HEADS.has(head));
  if (seats.length === 1) return "neutral";
  if (seats.length === 2 && left.head !== right.head) return "conflicting";
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

function displayRole(text: string): string {
  return text.replace(/^(?:an?|the)\s+/iu, "").trim();
}

function checkMember(
  member: CastMember,
  story: StoryContext,
  options: RoleRuleOptions,
): DiscrepancyDraft | undefined {
  const byArticle = rolesByArticle(member, story);
  if (byArticle.length < 2) return undefined;
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
  const reconciled = (a: ArticleRoles, b: ArticleRoles) =>
    distinct.some(
      (both) =>
        both !== a &&
        both !== b &&
        relateArticles(both, a) === "compatible" &&
        relateArticles(both, b) === "compatible",
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
  return {
    severity: worst === "conflicting" ? "conflict" : "difference",
    rule: "role/title",
    subject: `${name}'s role`,
    message:
      worst === "conflicting"
        ? `The outlets give ${name} roles that contradict each other: ${printed.join("; ")}.`
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
 * President" of the Commission and "the EU's top diplomat"). Descriptions that name no post
 * ("an ardent Russia hawk") are not compared.
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
    for (const member of story.cast) {
      const finding = checkMember(member, story, options);
      if (finding) found.push(finding);
    }
    return found;
  },
};
