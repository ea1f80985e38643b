// team/terms: the team's word list from the config (`terms`, prh-like) — each listed wording in a post is
// reported with the expected one, and a quick fix writes it. Patterns run on re2js (linear time).
import type { Rule } from '../../engine/rule';
import { findTermHits, termMessage } from '../../config/terms';

export const terms: Rule = {
  id: 'team/terms',
  description: 'チームの用語リスト（設定ファイルの terms）どおりの表記か',
  defaultSeverity: 'warning',
  async check(ctx) {
    if (ctx.config.terms.length === 0) return;
    const text = ctx.doc.text;
    for (const post of ctx.doc.posts) {
      for (const term of ctx.config.terms) {
        // One pattern at a time over a huge post: let the editor breathe in between.
        await ctx.pause?.();
        for (const hit of findTermHits(term, post.text)) {
          const range = post.toDocumentRange(hit.start, hit.end);
          // Offer the edit only when the occurrence is contiguous in the file (not split by a comment).
          const contiguous = text.slice(range.start, range.end) === hit.matched;
          ctx.report({
            message: termMessage(term, hit),
            range,
            fixes:
              hit.replacement !== undefined && contiguous
                ? [{ title: `「${hit.replacement}」に置き換える`, edits: [{ range, newText: hit.replacement }], isPreferred: true, safe: true }]
                : [],
          });
        }
      }
    }
  },
};
