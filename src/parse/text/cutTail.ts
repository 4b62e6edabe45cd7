import { boilerplateParagraphKind, stripBullet } from "./classifyLine.js";
import { contentWords } from "./contentWords.js";
import { type PageLine, previousNonBlank } from "./pageLine.js";

// "Ann Lee is a senior reporter at …", "Bo Diaz, CLC is a certified coach …": a writer's
// bio. The name is matched case-sensitively so "The report was written by a reporter" is not.
const BIO_NAME =
  /^(?!(?:He|She|They|It|This|That|We|I|The|A|An|Our|His|Her)\s)\p{Lu}[\p{L}\p{M}.'’-]+(?:,?\s+\p{Lu}[\p{L}\p{M}.'’-]+){0,3}\s+/u;
const BIO_ROLE =
  /^(?:is|was|has been|joined)\s+(?:an?\s+|the\s+)?(?:[\p{L}'’-]+,?\s+){0,5}(?:writer|reporter|editor|correspondent|journalist|contributor|columnist|producer|author|analyst|fellow|freelancer|specialist|researcher|fact-checker|librarian|coach|critic|photographer|strategist|intern)(?![\p{L}])/iu;
const STAFF_BIO = /^(?:writers|reporters|editors|contributors)\s+(?:at|for)\s/iu;

export function isPersonBio(text: string): boolean {
  if (STAFF_BIO.test(text)) return true;
  const name = BIO_NAME.exec(text);
  return name !== null && BIO_ROLE.test(text.slice(name[0].length));
}

// Below this share of its vocabulary already used by the article, a tail is another text.
// Articles whose later sections change subject (interviews, listicles) stay near 0.2;
// promotional text pasted after an article shares almost nothing (about 0.05).
const UNRELATED_COHESION = 0.1;

// The article ends where a staff bio or text on another topic begins after a short line.
// Vocabulary is counted once and moved from tail to head line by line, so the scan is linear.
export function cutTail(lines: PageLine[], start: number, end: number): number {
  const lineWords: Set<string>[] = [];
  const tailCounts = new Map<string, number>();
  for (let index = start; index < end; index++) {
    const line = lines[index];
    const words =
      line !== undefined && line.kind === "prose" ? contentWords(line.text) : new Set<string>();
    lineWords.push(words);
    for (const word of words) tailCounts.set(word, (tailCounts.get(word) ?? 0) + 1);
  }
  const head = new Set<string>();
  let tailSize = tailCounts.size;
  let shared = 0;
  let headWords = 0;
  let proseWords = 0;
  for (let index = start; index < end; index++) {
    const line = lines[index];
    if (line !== undefined && line.kind === "prose") proseWords += line.words;
  }
  for (let index = start; index < end; index++) {
    const line = lines[index];
    if (line === undefined || line.kind === "blank") continue;
    // A list of other stories under its heading ("Related", "Most read") in the lower half.
    if (
      headWords >= 80 &&
      headWords >= proseWords / 2 &&
      line.words <= 8 &&
      LIST_HEADING.test(stripBullet(line.text)) &&
      !paragraphFollows(lines, index, end)
    ) {
      markTail(lines, index, end);
      return index;
    }
    // A bio closes the article; one in the header (a reviewer's box) is dropped on its own.
    if (headWords >= 40 && headWords >= proseWords / 2) {
      const bio = bioStart(lines, index, end);
      if (bio !== undefined) {
        markTail(lines, bio, end);
        return bio;
      }
    }
    // Only a minority tail can be cut: a short summary above the real body is not a head.
    // After a share bar or a promo line a short tail may go; after a plain subheading the
    // tail must be long enough for its vocabulary to say something.
    const boundary = line.kind === "heading" || line.kind === "navigation" ? 25 : 12;
    // Readers' comments and the copyright line start after the article, whatever they say.
    if ((line.kind === "comments" || line.kind === "copyright") && headWords >= 150) {
      markTail(lines, index, end);
      return index;
    }
    if (
      line.kind !== "prose" &&
      // A link to another story is set inside the text; the story goes on below it.
      line.kind !== "related-link" &&
      // A short sentence ("Probably not.") is part of the text, not a boundary.
      !/[.!?]["'”’]?$/u.test(line.text) &&
      headWords >= 80 &&
      tailSize >= boundary &&
      tailSize <= head.size &&
      shared / tailSize < UNRELATED_COHESION
    ) {
      markTail(lines, index, end);
      return index;
    }
    for (const word of lineWords[index - start] ?? []) {
      const remaining = (tailCounts.get(word) ?? 0) - 1;
      tailCounts.set(word, remaining);
      if (remaining === 0) {
        tailSize--;
        if (head.has(word)) shared--;
      }
      if (!head.has(word)) {
        head.add(word);
        if (remaining > 0) shared++;
      }
    }
    if (line.kind === "prose") headWords += line.words;
  }
  return end;
}

// A box of links set inside the story is followed by more of the story soon after; a list
// of other stories has titles and one-line teasers.
function paragraphFollows(lines: PageLine[], index: number, end: number): boolean {
  let seen = 0;
  for (let next = index + 1; next < end && seen < 10; next++) {
    const line = lines[next];
    if (line === undefined || line.kind === "blank") continue;
    seen++;
    if (line.kind === "prose" && line.sentence && line.words >= 40) return true;
  }
  return false;
}

// The heading of a list of other stories: the article has ended above it.
const LIST_HEADING =
  /^(?:related(?: articles| stories| content| coverage| posts| reading| links| topics)?|read next|more (?:on|from|in|about) [^.!?]{1,40}|more (?:stories|articles|news)|most (?:popular|read|viewed|shared)|recommended(?: for you| reading| stories| articles)?|(?:you|we think you) (?:may|might|will) (?:also )?(?:like|enjoy|be interested in)|up next|trending(?: now| stories)?|top stories|latest (?:news|stories|articles)|editors['’]? picks|popular (?:now|stories|articles)|what to read next|keep reading)\s*[:.»›>]?$/iu;

// A staff bio ("Ann Lee is a reporter at …"), alone or under its signature line.
function bioStart(lines: PageLine[], index: number, end: number): number | undefined {
  const line = lines[index];
  if (line === undefined) return undefined;
  if (line.kind === "prose") {
    if (!isPersonBio(line.text) || !endsArticle(lines, index, end)) return undefined;
    line.role = "bio";
    return index;
  }
  if (line.words > 6) return undefined;
  for (let next = index + 1; next < end && next <= index + 2; next++) {
    const follower = lines[next];
    if (follower === undefined || follower.kind === "blank") continue;
    if (follower.kind !== "prose" || !isPersonBio(follower.text)) return undefined;
    follower.role = "bio";
    return index;
  }
  return undefined;
}

// True when a full paragraph stands right above the line.
export function afterParagraph(lines: PageLine[], index: number): boolean {
  const above = previousNonBlank(lines, index);
  return above !== undefined && above.kind === "prose" && above.sentence && above.words >= 20;
}

// Most prose a closing bio may have after it (a second bio sentence, a contact line).
const BIO_TAIL_WORDS = 60;

// A bio sentence inside the story ("Goodman is the author of a book on …") follows a full
// paragraph and has more of the story after it; a writer's bio closes the article.
function endsArticle(lines: PageLine[], index: number, end: number): boolean {
  if (!afterParagraph(lines, index)) return true;
  let after = 0;
  for (let next = index + 1; next < end; next++) {
    const line = lines[next];
    if (line !== undefined && line.kind === "prose") after += line.words;
  }
  return after <= BIO_TAIL_WORDS;
}

// Everything after the article's end that is not already a known kind of clutter.
function markTail(lines: PageLine[], from: number, end: number): void {
  for (let index = from; index < end; index++) {
    const line = lines[index];
    if (line === undefined) continue;
    if (line.role === "prose" || line.role === "heading" || line.role === "navigation") {
      line.role =
        boilerplateParagraphKind(line.text) === undefined ? "unrelated-trailing" : line.role;
    }
  }
}
