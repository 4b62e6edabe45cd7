/**
 * Story grouping: fingerprints, the story index and the pair scorer.
 *
 * @module
 */
export {
  defaultGroupOptions,
  defaultStoryIndexOptions,
  type GroupOptions,
  type StoryIndexOptions,
} from "./groupOptions.js";
export { groupStories } from "./groupStories.js";
export { chooseLshParameters, type LshParameters } from "./lshParameters.js";
export { StoryIndex, type StoryMatch } from "./StoryIndex.js";
export { scoreStoryPair } from "./scoreStoryPair.js";
export {
  type EvidenceName,
  extractStoryEvidence,
  type StoryEvidence,
  type StoryEvidenceExtractor,
} from "./storyEvidence.js";
export { StoryGroupSchema } from "./storyGroupSchema.js";
export {
  SIGNATURE_SCHEME,
  STORY_INDEX_FORMAT,
  STORY_INDEX_VERSION,
  type StoryIndexArticleJSON,
  type StoryIndexJSON,
} from "./storyIndexJson.js";
