import { linkPeople } from "../extract/index.js";
import { personKey } from "../extract/people/personName.js";
import type { ArticleFacts, CastMember, QuoteSpeaker, VariantSpeaker } from "../types.js";

/** The story's cast, looked up by article and person. */
export interface CastLookup {
  /** The speaker with its cross-outlet key and cast id (a person's only). */
  speaker(articleId: string, speaker: QuoteSpeaker | undefined): VariantSpeaker | undefined;
  /** Every role the story's articles give a person speaker. */
  roles(speaker: VariantSpeaker): readonly string[];
}

/**
 * Links the people of a story's articles with {@link linkPeople} (unless the caller already
 * did) and answers, for a quote's speaker, the cross-outlet key: the one step that knows
 * where keys come from.
 *
 * @param factsByArticle - the story's facts, by article id, in input order
 * @param given - a cast the caller linked already
 * @returns the lookups alignment uses
 */
export function castLookup(
  factsByArticle: Readonly<Record<string, ArticleFacts>>,
  given?: readonly CastMember[],
): CastLookup {
  const cast = given ?? linkPeople(factsByArticle);
  const byPerson = new Map<string, CastMember>();
  const byId = new Map<string, CastMember>();
  for (const member of cast) {
    byId.set(member.id, member);
    for (const appearance of member.appearances) {
      byPerson.set(`${appearance.articleId}\u0000${appearance.personId}`, member);
    }
  }
  return {
    speaker(articleId, speaker) {
      if (speaker === undefined) return undefined;
      const found: VariantSpeaker = { ...speaker };
      if (speaker.kind !== "person") return found;
      const member =
        speaker.personId === undefined
          ? undefined
          : byPerson.get(`${articleId}\u0000${speaker.personId}`);
      if (member) {
        found.key = member.key;
        found.castId = member.id;
      } else {
        found.key = personKey(speaker.name);
      }
      return found;
    },
    roles(speaker) {
      const member = speaker.castId === undefined ? undefined : byId.get(speaker.castId);
      if (!member) return [];
      return member.appearances.flatMap((appearance) => appearance.roles.map((role) => role.text));
    },
  };
}
