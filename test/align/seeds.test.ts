import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { alignQuotes, QuoteGroupSchema } from "../../src/align/index.js";
import { parseArticle } from "../../src/parse/index.js";
import type { Article, QuoteGroup } from "../../src/types.js";
import { hasShared, sharedDir, sharedMissing } from "../helpers/shared.js";

// The five seed articles quote one press conference. The bar: every statement two
// or more outlets carry is one group with the right members and no others. Members are
// checked by article and by the words the issue names, not by copying the seeds' text.
function loadSeeds(): Article[] {
  const directory = join(sharedDir, "seeds");
  return readdirSync(directory)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) =>
      parseArticle({ id: name.slice(0, 3), text: readFileSync(join(directory, name), "utf8") }),
    );
}

function membersOf(group: QuoteGroup | undefined): string[] {
  return (group?.variants ?? []).map((variant) => `${variant.articleId} ${variant.role}`);
}

describe.skipIf(!hasShared)("quote alignment on the seed articles", () => {
  if (!hasShared) console.warn(sharedMissing);
  const groups = hasShared ? alignQuotes(loadSeeds()) : [];
  const multiOutlet = groups.filter((group) => group.articleIds.length > 1);
  const utopia = multiOutlet.find((group) =>
    group.variants.some((variant) => variant.text.includes("utopia")),
  );
  const cannotAgree = multiOutlet.find((group) =>
    group.variants.some((variant) => variant.text.startsWith("We cannot agree")),
  );

  it("forms exactly two multi-outlet groups: the “utopia” statement and the “We cannot agree” one", () => {
    expect(multiOutlet).toHaveLength(2);
    expect(utopia).toBeDefined();
    expect(cannotAgree).toBeDefined();
    expect(utopia).not.toBe(cannotAgree);
  });

  it("puts every “utopia” rendering in one group, with the “road to nowhere” fragments under it", () => {
    expect(membersOf(utopia)).toEqual([
      "000 partial",
      "000 partial",
      "001 partial",
      "001 variant",
      "002 partial",
      "003 variant",
      "004 root",
    ]);
    for (const variant of utopia?.variants ?? []) {
      const full = variant.role !== "partial";
      expect(variant.text).toMatch(full ? /utopia/u : /^(a )?road to nowhere/u);
    }
    // The root is the fullest version, the one that adds the lead-in clause.
    expect(utopia?.variants[utopia.alignment.root]?.text).toMatch(/^I am confident/u);
    expect(groups.filter((group) => group.variants.some((v) => v.text.includes("utopia")))).toEqual(
      [utopia],
    );
  });

  it("puts every “We cannot agree” rendering in one group, with the “cannot agree” fragment", () => {
    expect(membersOf(cannotAgree)).toEqual([
      "001 root",
      "002 partial",
      "002 partial",
      "003 variant",
      "004 variant",
    ]);
    for (const variant of cannotAgree?.variants ?? []) {
      expect(variant.text).toMatch(/agree|collective security/u);
      expect(variant.text).not.toMatch(/utopia/u);
    }
    // The broken quote of 003 is read as one statement: two pieces.
    const halves = cannotAgree?.variants.find((variant) => variant.articleId === "003");
    expect(halves?.pieces).toHaveLength(2);
  });

  it("links the broken quote that runs over both statements to both groups", () => {
    const spanning = utopia?.variants.find(
      (variant) => variant.articleId === "001" && variant.role !== "partial",
    );
    expect(spanning?.linkedGroupIds).toEqual([cannotAgree?.id]);
  });

  it("keeps Charap's, Stubb's and Cavo Dragone's statements single", () => {
    for (const surname of ["Charap", "Stubb", "Cavo Dragone"]) {
      const theirs = groups.filter((group) => group.speaker?.name.endsWith(surname));
      expect(theirs.length).toBeGreaterThan(0);
      for (const group of theirs) expect(group.variants).toHaveLength(1);
    }
  });

  it("credits both statements to Lavrov across the outlets' spellings", () => {
    for (const group of [utopia, cannotAgree]) {
      const keys = new Set(
        group?.variants
          .filter((variant) => variant.speaker?.kind === "person")
          .map((variant) => variant.speaker?.key),
      );
      expect([...keys]).toEqual(["sergei lavrov"]);
    }
  });

  it("reads the word differences a person reads: the trimmed catchphrase, the moved word, the translation", () => {
    const differences = (articleId: string) =>
      (utopia?.alignment.differences ?? [])
        .filter((difference) => difference.articleId === articleId)
        .map((difference) => [difference.kind, difference.text, difference.rootText]);
    expect(differences("001")).toContainEqual(["dropped", "", "a road to nowhere"]);
    expect(differences("001")).toContainEqual(["moved", "security", "security"]);
    expect(differences("001")).toContainEqual(["added", "Seriously", ""]);
    expect(differences("003")).toContainEqual(["added", "ensuring", ""]);
    // Fragments differ from the root in nothing but their own words.
    expect(differences("000")).toEqual([]);
  });

  it("returns groups the schema validates, with a rectangular table", () => {
    for (const group of groups) {
      expect(QuoteGroupSchema.safeParse(group).success).toBe(true);
      for (const row of group.alignment.rows)
        expect(row.cells).toHaveLength(group.alignment.columns);
    }
  });
});
