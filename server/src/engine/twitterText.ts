// twitter-text (X's own library), one import for the engine, the rules and the preview. The ESM build exports only a
// default object, the CJS build the functions: accept both.
import * as twitterTextModule from 'twitter-text';

export type CountConfig = Required<twitterTextModule.ParseTweetOptions>;

export const twitter = ((twitterTextModule as unknown as { default?: typeof twitterTextModule }).default ?? twitterTextModule) as typeof twitterTextModule & {
  // The typings omit `configs`; the library exports X's counting configurations v1–v3 there.
  configs: Record<'version1' | 'version2' | 'version3', CountConfig>;
  // Untyped in @types/twitter-text: mentions with their list slugs (extractEntitiesWithIndices uses these).
  extractMentionsOrListsWithIndices(text: string): { screenName: string; listSlug: string; indices: [number, number] }[];
  // Typed without its options: extractEntitiesWithIndices passes { checkUrlOverlap: false } (it removes overlaps itself).
  extractHashtagsWithIndices(text: string, options?: { checkUrlOverlap?: boolean }): twitterTextModule.HashtagWithIndices[];
};
