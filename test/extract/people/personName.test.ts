import { describe, expect, it } from "vitest";
import { namesMatch, personKey } from "../../../src/extract/people/personName.js";

// [left, right, same person?] — transliterations, initials, particles, hyphens, short
// forms, and the near misses that must stay apart.
const pairs: [string, string, boolean][] = [
  // Transliterations from Cyrillic.
  ["Sergey Lavrov", "Sergei Lavrov", true],
  ["Volodymyr Zelenskyy", "Volodymyr Zelensky", true],
  ["Volodymyr Zelenskiy", "Volodymyr Zelenskyy", true],
  ["Zelenskyy", "Volodymyr Zelensky", true],
  ["Vladimir Zelensky", "Volodymyr Zelenskyy", true],
  ["Dmitry Peskov", "Dmitri Peskov", true],
  ["Dmitriy Peskov", "Dmytro Peskov", true],
  ["Alexei Navalny", "Aleksei Navalnyi", true],
  ["Alexey Navalny", "Oleksiy Navalny", true],
  ["Yulia Tymoshenko", "Yulia Timoshenko", true],
  ["Viktor Yanukovych", "Viktor Yanukovich", true],
  ["Yevgeny Prigozhin", "Evgeny Prigozhin", true],
  ["Mikhail Gorbachev", "Mihail Gorbachev", true],
  ["Andriy Yermak", "Andrei Yermak", true],
  ["Yuriy Ushakov", "Yuri Ushakov", true],
  ["Maria Zakharova", "Mariya Zakharova", true],
  // Polish and other Latin spellings.
  ["Katharina Lindqvist", "Katarina Lindqvist", true],
  ["Tomas Brandt", "Thomas Brandt", true],
  ["Matthias Keller", "Mattias Keller", true],
  ["Władysław Kosiniak-Kamysz", "Wladyslaw Kosiniak-Kamysz", true],
  ["Wladyslaw Kosiniak-Kamysz", "Vladyslav Kosiniak-Kamysh", true],
  ["Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", true],
  ["Lech Wałęsa", "Lech Walesa", true],
  ["Søren Kierkegaard", "Soren Kierkegaard", true],
  // Arabic names.
  ["Bashar al-Assad", "Bashar Assad", true],
  ["Mohammed bin Salman", "Muhammad bin Salman", true],
  ["Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi", true],
  ["Kim Jong Un", "Kim Jong-un", true],
  // Initials, middle names and honorifics.
  ["S. Lavrov", "Sergey Lavrov", true],
  ["Donald J. Trump", "Donald Trump", true],
  ["Donald John Trump", "Donald J. Trump", true],
  ["P.J. Crowley", "Philip J. Crowley", true],
  ["Mr. Lavrov", "Sergey Lavrov", true],
  ["Dr. Anna Nowak", "Anna Nowak", true],
  ["Joseph R. Biden Jr.", "Joe Biden", true],
  // Short forms of given names, and bare surnames.
  ["Bill Clinton", "William Clinton", true],
  ["Bill Clinton", "William Jefferson Clinton", true],
  ["Alex Padilla", "Alexander Padilla", true],
  ["Mike Pence", "Michael Pence", true],
  ["Lavrov", "Sergey Lavrov", true],
  ["Lavrov", "Sergei Lavrov", true],
  ["Kallas", "Kaja Kallas", true],
  // Particles and compound surnames.
  ["Ursula von der Leyen", "von der Leyen", true],
  ["Ursula von der Leyen", "Ursula Von der Leyen", true],
  ["Von der Leyen", "Ursula von der Leyen", true],
  ["Giuseppe Cavo Dragone", "Cavo Dragone", true],
  ["Luiz Inácio Lula da Silva", "Lula da Silva", true],
  ["Charles de Gaulle", "de Gaulle", true],
  ["James O'Neil", "James ONeil", true],
  ["Tadhg Ó Súilleabháin", "Tadhg O Suilleabhain", true],
  // Different people.
  ["Sergey Lavrov", "Sergey Lavrenko", false],
  ["Lavrov", "Lavrenko", false],
  ["Lavrov", "Lavrova", false],
  ["Sergey Lavrov", "Maria Lavrova", false],
  ["Hillary Clinton", "Bill Clinton", false],
  ["George W. Bush", "George H. W. Bush", false],
  ["Donald Trump", "Donald Tusk", false],
  ["Donald Trump Jr.", "Donald Trump Sr.", false],
  ["Vladimir Putin", "Volodymyr Zelenskyy", false],
  ["Kaja Kallas", "Siim Kallas", false],
  ["Mark Kelly", "Megyn Kelly", false],
  ["Ivan Lavrenko", "Sergei Lavrov", false],
  ["Andriy Yermak", "Andriy Sybiha", false],
  ["Kim Jong Un", "Kim Yo Jong", false],
  ["Maria Zakharova", "Maria Zakharchenko", false],
  ["Anna Nowak", "Anna Nowicka", false],
  ["Thea Holm", "Theo Holm", false],
  ["Martha Lind", "Marta Lindgren", false],
  ["Samuel Charap", "Samuel Alito", false],
  ["Al Gore", "Gore Vidal", false],
  ["Ed Miliband", "David Miliband", false],
  ["Jean-Marie Le Pen", "Marine Le Pen", false],
];

describe("namesMatch", () => {
  it("has a table of at least 60 pairs", () => {
    expect(pairs.length).toBeGreaterThanOrEqual(60);
  });

  it.each(pairs)("%s ~ %s → %s", (left, right, same) => {
    expect(namesMatch(left, right)).toBe(same);
    expect(namesMatch(right, left)).toBe(same);
  });
});

// [name, key]
const keys: [string, string][] = [
  ["Sergey Lavrov", "sergei lavrov"],
  ["Sergei Lavrov", "sergei lavrov"],
  ["Volodymyr Zelenskyy", "volodimir zelenski"],
  ["Volodymyr Zelensky", "volodimir zelenski"],
  ["Volodymyr Zelenskiy", "volodimir zelenski"],
  ["Mr. Lavrov", "lavrov"],
  ["Ursula von der Leyen", "ursula von der leien"],
  ["Joseph R. Biden Jr.", "iosef r biden jr"],
  ["Alexei Navalny", "aleksei navalni"],
];

describe("personKey", () => {
  it.each(keys)("%s → %s", (name, key) => {
    expect(personKey(name)).toBe(key);
  });

  it("keeps Lavrov and Lavrenko apart", () => {
    expect(personKey("Lavrov")).not.toBe(personKey("Lavrenko"));
  });
});
