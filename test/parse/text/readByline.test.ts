import { describe, expect, it } from "vitest";
import { readByline } from "../../../src/parse/text/readByline.js";

describe("readByline", () => {
  const cases: [string, string[]][] = [
    ["By Ines Okafor", ["Ines Okafor"]],
    ["By Priya Raman and Tomasz Wójcik", ["Priya Raman", "Tomasz Wójcik"]],
    ["By Ann Lee, Bo Diaz and Cy Moreau", ["Ann Lee", "Bo Diaz", "Cy Moreau"]],
    ["Written By Dara Okonkwo", ["Dara Okonkwo"]],
    ["ByDara Okonkwo", ["Dara Okonkwo"]],
    ["By Emma ReyesPublished: Dec 22, 2023 10:55 AM EST", ["Emma Reyes"]],
    ["By Karl-Heinz Müller | Staff Writer", ["Karl-Heinz Müller"]],
    ["By Luis de la Vega on March 3, 2024", ["Luis de la Vega"]],
    ["By Martin Osei Jr.", ["Martin Osei Jr."]],
    ["By The Associated Press", ["The Associated Press"]],
    ["By Ann Lee, Senior Reporter", ["Ann Lee"]],
    // The writer's job after the comma, however it is worded, is not a second writer.
    ["By Kofi Mensah, Director", ["Kofi Mensah"]],
    ["By Mara Lindqvist, Chief Operating Officer and Head of Partnerships", ["Mara Lindqvist"]],
    ["By Liam O’Hara and Rory McTavish", ["Liam O’Hara", "Rory McTavish"]],
    ["By Teodora V. BanksMarch 4, 2024", ["Teodora V. Banks"]],
    // A job title glued to the name, whatever its first word.
    ["By Ann LeeDeputy Sports Editor", ["Ann Lee"]],
    ["By Bo DiazFood & Drink Writer, Harbour Ledger", ["Bo Diaz"]],
    ["By Cy MoreauAssociate Producer", ["Cy Moreau"]],
    ["By DeShawn MacLeod and LaToya DiCaprio", ["DeShawn MacLeod", "LaToya DiCaprio"]],
    ["By Kent MorrowDec 22, 2023", ["Kent Morrow"]],
    ["By Lena Ruiz Mar 19, 2023 4:00 PM", ["Lena Ruiz"]],
    ["by Tate Ossowskiarchive page", ["Tate Ossowski"]],
    ["By Ida Brandt PublishedThursday", ["Ida Brandt"]],
    ["By * *", []],
    ["By the numbers", []],
    ["by clicking here you agree", []],
    // The outlet printed after the name is not part of it.
    ["By Ann Lee The Harbour Press", ["Ann Lee"]],
    ["By Ann Lee Harbour News", ["Ann Lee"]],
    ["By Ann Lee HARBOURDesk", ["Ann Lee"]],
    ["By Ana Maria Ruiz", ["Ana Maria Ruiz"]],
    // Buttons under a byline are not names.
    ["By Share Via", []],
    ["By Save Article", []],
  ];
  it.each(cases)("%j gives %j", (line, authors) => {
    expect(readByline(line).authors).toEqual(authors);
  });

  it("reads the date in a byline", () => {
    expect(readByline("By Priya Raman on December 3, 2024 at 6:40PM EST").date?.date).toBe(
      "2024-12-03",
    );
  });
});
