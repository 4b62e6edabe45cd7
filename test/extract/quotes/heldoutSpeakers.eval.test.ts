import { describe, expect, it } from "vitest";
import { scoreSpeakers, speakersDir } from "./heldoutSpeakers.js";

/**
 * Quotes and speakers in four house styles (Canadian, British, Indian, wire), written and
 * labelled blind by a session that never read the quote rules. The first score is the
 * honest estimate of how the rules do on newsrooms they were not written against; the
 * test fails only if they get worse than they were at first contact. The bars
 * (direct-quote F1 0.93, speakers 0.87) are printed, not asserted.
 */
const dir = speakersDir();
// First contact at ae78337 (the set's commit): quotes F1 0.950 (163/169 statements, 174 found),
// speakers 0.853 (139/163); canadian 0.907, british 0.860, indian 0.694, wire 0.927.
// Then, after rules for Indian copy written from our own sentences (its texts unread):
// speakers 0.865 (141/163), indian 0.750. After rules read from set 2 (a pronoun or a
// definite description standing for someone described and never named, or for the person
// just named): 0.871 (142/163). After documents and bodies speaking for whoever issued
// them ("the statement said", "the company said") and plural possessives inside names
// ("the Residents' Association"): 0.883 (144/163). After a spokesperson speaking for the
// body named ("a spokesman for Harrowgate Land"): 0.890 (145/163); 0.896 (146/163) after
// the rules read from set 2 since.
const FIRST_CONTACT = { f1: 0.95, speakerAccuracy: 141 / 163 };

describe.skipIf(dir === undefined)(
  "quotes and speakers in other newsrooms' styles (held out)",
  () => {
    it("does no worse than at first contact", () => {
      const scores = scoreSpeakers(dir as string);
      for (const [style, score] of scores)
        console.log(
          `${style}: quotes F1 ${score.f1.toFixed(3)} (P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)}, ${score.matchedStatements}/${score.statements} statements, ${score.predicted} found, ${score.onOther} on scare quotes or titles), speakers ${score.speakerAccuracy.toFixed(3)} (${score.speakerCorrect}/${score.matchedStatements})`,
        );
      const all = scores.get("all");
      expect(all?.f1 ?? 0).toBeGreaterThanOrEqual(FIRST_CONTACT.f1 - 0.0005);
      expect(all?.speakerAccuracy ?? 0).toBeGreaterThanOrEqual(
        FIRST_CONTACT.speakerAccuracy - 1e-9,
      );
    });
  },
);

if (dir === undefined)
  console.log("held-out speakers set (test/extract/quotes/heldout-speakers) absent: skipped");

const dir2 = speakersDir("heldout-speakers2");
// Set 2: eight house styles (Indian, wire, British, Canadian, Australian, US local, sports,
// business), written blind on branch heldout-speakers2. First contact at 5a51062 (its
// merge): quotes F1 0.947 (275/298 statements, 283 found), speakers 0.804 (221/275);
// canadian 0.694, us-local 0.719, business 0.750. The same with role phrases opening with
// "one" scored as roles, as its README writes them: speakers 0.815 (224/275). Read for
// general causes since: development, not held out. Then 0.847 (233/275) with pronouns and
// definite descriptions standing for someone described before ("One bus driver … he says"),
// and 0.884 (243/275) with documents and bodies speaking for whoever issued them, 0.902
// (248/275) with spokespeople speaking for the body named, 0.905 (249/275) with "the
// Italian added" standing for the person just named, 0.916 (252/275) with the first of two
// surnames as a short form ("Villacorta" for "Rosa Villacorta Huamán"), 0.924 (254/275)
// with an acronym spelled out in brackets speaking as its body, 0.931 (256/275) with "she
// said" after "A spokeswoman for …" speaking for the body, 0.938 (258/275) with a name
// after a relative clause's verb read as its object ("who represents Ashcombe ward"), 0.942
// (259/275) with a titled name after a description's comma as the subject ("The trust's
// chief inspector, Dr Rowan Ekwueme, said:").
const SET2_FLOOR = { f1: 0.947, speakerAccuracy: 259 / 275 };

describe.skipIf(dir2 === undefined)(
  "quotes and speakers in eight house styles (set 2, development)",
  () => {
    it("does no worse than at first contact", () => {
      const scores = scoreSpeakers(dir2 as string);
      for (const [style, score] of scores)
        console.log(
          `set 2 ${style}: quotes F1 ${score.f1.toFixed(3)} (P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)}, ${score.matchedStatements}/${score.statements} statements, ${score.predicted} found, ${score.onOther} on scare quotes or titles), speakers ${score.speakerAccuracy.toFixed(3)} (${score.speakerCorrect}/${score.matchedStatements})`,
        );
      const all = scores.get("all");
      expect(all?.f1 ?? 0).toBeGreaterThanOrEqual(SET2_FLOOR.f1 - 0.0005);
      expect(all?.speakerAccuracy ?? 0).toBeGreaterThanOrEqual(SET2_FLOOR.speakerAccuracy - 1e-9);
    });
  },
);

if (dir2 === undefined)
  console.log("speakers set 2 (test/extract/quotes/heldout-speakers2) absent: skipped");

const dir3 = speakersDir("heldout-speakers3");
// Set 3: 28 articles, 12 of them Canadian (a public broadcaster, a wire service, dailies and
// weeklies), then British, wire, Indian and Australian, written blind on branch
// heldout-speakers3 after the rules read from set 2. Held out: figures only. First contact
// at 912f831 (its merge): quotes F1 0.960 (254/266 statements, 263 found), speakers 0.878
// (223/254); canadian 0.889 (96/108), british 0.822, wire 0.848, indian 0.893, australian
// 0.963.
const SET3_FIRST_CONTACT = { f1: 0.96, speakerAccuracy: 223 / 254 };

describe.skipIf(dir3 === undefined)(
  "quotes and speakers, mostly Canadian (set 3, held out)",
  () => {
    it("does no worse than at first contact", () => {
      const scores = scoreSpeakers(dir3 as string);
      for (const [style, score] of scores)
        console.log(
          `set 3 ${style}: quotes F1 ${score.f1.toFixed(3)} (${score.matchedStatements}/${score.statements} statements, ${score.predicted} found), speakers ${score.speakerAccuracy.toFixed(3)} (${score.speakerCorrect}/${score.matchedStatements}; Canadian bar 0.87)`,
        );
      const all = scores.get("all");
      expect(all?.f1 ?? 0).toBeGreaterThanOrEqual(SET3_FIRST_CONTACT.f1 - 0.0005);
      expect(all?.speakerAccuracy ?? 0).toBeGreaterThanOrEqual(
        SET3_FIRST_CONTACT.speakerAccuracy - 1e-9,
      );
    });
  },
);

if (dir3 === undefined)
  console.log("speakers set 3 (test/extract/quotes/heldout-speakers3) absent: skipped");
