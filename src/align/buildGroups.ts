import { contentId } from "../text/hash.js";
import type { AlignmentRow, QuoteGroup, QuoteVariant } from "../types.js";
import { AlignmentWorkspace } from "./AlignmentWorkspace.js";
import { alignmentTable } from "./alignmentTable.js";
import { chooseRoot } from "./chooseRoot.js";
import type { Passage } from "./collectPassages.js";
import { type VariantDraft, variantDraft } from "./variantDraft.js";
import { variantSimilarity } from "./variantSimilarity.js";
import { wordDifferences } from "./wordDifferences.js";

interface Statement {
  drafts: VariantDraft[];
}

function collectStatements(
  passages: readonly Passage[],
  statementOfUnit: readonly number[][],
  bodyOf: (articleId: string) => string,
  includeScare: boolean,
): Statement[] {
  const unitsOf = new Map<number, Map<number, number[]>>();
  const order: number[] = [];
  for (const passage of passages) {
    for (const [unit, statement] of (statementOfUnit[passage.index] ?? []).entries()) {
      let members = unitsOf.get(statement);
      if (!members) {
        members = new Map();
        unitsOf.set(statement, members);
        order.push(statement);
      }
      const units = members.get(passage.index) ?? [];
      units.push(unit);
      members.set(passage.index, units);
    }
  }
  // A scare-quoted term that joined no statement is a term, not a statement.
  const kept = order.filter(
    (statement) =>
      includeScare ||
      [...(unitsOf.get(statement)?.keys() ?? [])].some((index) => !passages[index]?.scare),
  );
  return kept.map((statement) => {
    const members = unitsOf.get(statement) ?? new Map<number, number[]>();
    const drafts = [...members.entries()].map(([index, units]) => {
      const passage = passages[index] as Passage;
      return variantDraft(passage, units, bodyOf(passage.articleId));
    });
    drafts.sort(
      (a, b) =>
        a.passage.articleOrder - b.passage.articleOrder ||
        (a.pieces[0]?.start ?? 0) - (b.pieces[0]?.start ?? 0),
    );
    return { drafts };
  });
}

function toVariant(draft: VariantDraft, similarity: number): QuoteVariant {
  const first = draft.pieces[0];
  const last = draft.pieces[draft.pieces.length - 1];
  const firstQuote = draft.passage.quotes.find((quote) => quote.id === first?.quoteId);
  const variant: QuoteVariant = {
    articleId: draft.passage.articleId,
    quoteId: first?.quoteId ?? "",
    text: draft.pieces.map((piece) => piece.text).join(" "),
    start: first?.start ?? 0,
    end: last?.end ?? 0,
    pieces: draft.pieces.map((piece) => ({ ...piece })),
    kind: firstQuote?.kind ?? draft.passage.kind,
    role: draft.role,
    similarity,
  };
  if (draft.passage.speaker) variant.speaker = { ...draft.passage.speaker };
  return variant;
}

/**
 * Lays out each statement of a story as a {@link QuoteGroup}: its variants (one per
 * passage that quotes it, in article order), the root, the alignment table, the word
 * differences and each variant's similarity, with ids derived from the story and the
 * root's place so that they are stable from run to run.
 *
 * @param storyId - the story's id
 * @param passages - the story's passages
 * @param statementOfUnit - the statement of every unit, from {@link linkStatements}
 * @param bodyOf - an article's body by id
 * @param rootCoverage - see {@link chooseRoot}
 * @param includeScare - keep statements made only of scare-quoted terms
 * @returns the groups, in the order of their first quote
 */
export function buildGroups(
  storyId: string,
  passages: readonly Passage[],
  statementOfUnit: readonly number[][],
  bodyOf: (articleId: string) => string,
  rootCoverage: number,
  includeScare = false,
): QuoteGroup[] {
  const groups: QuoteGroup[] = [];
  const workspace = new AlignmentWorkspace();
  const groupsOfPassage = new Map<number, QuoteGroup[]>();
  const passagesOfGroup = new Map<QuoteGroup, number[]>();
  for (const { drafts } of collectStatements(passages, statementOfUnit, bodyOf, includeScare)) {
    const root = chooseRoot(drafts, rootCoverage);
    if (drafts[root]) (drafts[root] as VariantDraft).role = "root";
    const table = alignmentTable(
      drafts.map((draft) => draft.tokens),
      root,
      workspace,
    );
    const rootDraft = drafts[root] as VariantDraft;
    const rootSide = { draft: rootDraft, body: bodyOf(rootDraft.passage.articleId), row: root };
    const variants = drafts.map((draft, row) =>
      toVariant(draft, variantSimilarity(table, root, row, rootDraft, draft)),
    );
    const rows: AlignmentRow[] = drafts.map((draft, row) => ({
      articleId: draft.passage.articleId,
      quoteId: variants[row]?.quoteId ?? "",
      cells: (table.rows[row] ?? []).map((token) => {
        const found = draft.tokens[token];
        return found ? { text: found.text, start: found.start, end: found.end } : null;
      }),
    }));
    const differences = drafts.flatMap((draft, row) =>
      row === root
        ? []
        : wordDifferences(table, rootSide, row, { draft, body: bodyOf(draft.passage.articleId) }),
    );
    const rootVariant = variants[root] as QuoteVariant;
    const group: QuoteGroup = {
      id: `qg-${contentId(`${storyId}\u0000${rootVariant.articleId}\u0000${rootVariant.start}`)}`,
      storyId,
      articleIds: [...new Set(variants.map((variant) => variant.articleId))],
      variants,
      alignment: { root, columns: table.columns, rows, differences },
    };
    // The root's speaker; where its outlet names none, the first variant's that does.
    const speaker = rootVariant.speaker ?? variants.find((variant) => variant.speaker)?.speaker;
    if (speaker) group.speaker = { ...speaker };
    groups.push(group);
    passagesOfGroup.set(
      group,
      drafts.map((draft) => draft.passage.index),
    );
    for (const draft of drafts) {
      const list = groupsOfPassage.get(draft.passage.index) ?? [];
      list.push(group);
      groupsOfPassage.set(draft.passage.index, list);
    }
  }
  // A quote that spans two statements: each variant names the other groups.
  for (const group of groups) {
    const indices = passagesOfGroup.get(group) ?? [];
    for (const [position, variant] of group.variants.entries()) {
      const others = (groupsOfPassage.get(indices[position] ?? -1) ?? [])
        .filter((other) => other !== group)
        .map((other) => other.id);
      if (others.length > 0) variant.linkedGroupIds = others;
    }
  }
  return groups;
}
