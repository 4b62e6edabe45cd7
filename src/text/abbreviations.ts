/**
 * Abbreviations whose full stop belongs to the word and does not end a sentence or a
 * name ("Mr. Trump", "Rand Corp.", "Sept. 4", "St. Petersburg"). Lower-cased, without
 * the full stop. Shared by the sentence splitter and the name finder.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    "mr mrs ms dr st jr sr gov sen rep gen lt col sgt capt adm prof rev hon pres cmdr maj supt " +
    "jan feb mar apr jun jul aug sep sept oct nov dec no vs etc inc corp co ltd mt ft ave blvd " +
    "dept univ approx est fig vol coun cllr det insp const smt cpl pvt pte spc cst brig cr"
  ).split(" "),
);
