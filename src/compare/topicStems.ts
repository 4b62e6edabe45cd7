import { stemWord } from "../text/stemWord.js";
import { lowerWords } from "../text/words.js";
import type { StoryContext } from "./storyContext.js";

// Computed once per story and kept with the story object, invisible to callers.
const topicsByStory = new WeakMap<StoryContext, Set<string>>();

/**
 * The words a story's outlets share because they tell the story (the place, the people,
 * the thing that happened): stems found in more than half of its articles (and in at least
 * three). Two sentences sharing only these say nothing about sharing a subject: "Qeshm" and
 * "island" are in every report of the Qeshm quake, whichever villages a number counts.
 *
 * @param story - the story
 * @returns the stems
 */
export function topicStems(story: StoryContext): Set<string> {
  let topics = topicsByStory.get(story);
  if (topics) return topics;
  const counts = new Map<string, number>();
  for (const { article } of story.articles) {
    const seen = new Set<string>();
    for (const word of lowerWords(article.body)) seen.add(stemWord(word));
    for (const stem of seen) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  }
  const threshold = Math.max(3, story.articles.length / 2);
  topics = new Set([...counts].filter(([, count]) => count > threshold).map(([stem]) => stem));
  topicsByStory.set(story, topics);
  return topics;
}
