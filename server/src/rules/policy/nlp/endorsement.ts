// A sentence recommending one business (駅前の本屋さん、品ぞろえが抜群; 絶対「アトリエこもれび」さん。センスが段違い): the writer's
// endorsement (policy/personal-opinion's), and no judgement of the people it is recommended to (ママ友ランチにぴったり).
import type { Post } from '../../../engine/document';
import type { Morphology } from '../../../engine/morphology';
import type { Sentence } from '../../../engine/postAnalysis';
import { matchesOf } from '../../../engine/text';
import LEX from '../lexicon/opinion.json';
import { cueOf, type Cue } from './common';
import { find, lexicon } from './lexicon';

/** A sentence asking readers for recommendations: 教えてください, 募集. */
const ASKING = /教えて|募集|お寄せ|アンケート|\?|？/;
/** A public body's own facility: 市立の食堂, 公立, 市の. */
const PUBLIC_BEFORE = /(?:(?:市立|公立|県立|都立|区立)の?|市の|県の|都の)$/;
/** 子ども食堂, 地域食堂: a volunteers' meal for children, no business. */
const COMMUNITY_MEAL = /(?:子ども|こども|子供|地域|みんなの)$/;
/** A business called by its name in brackets anywhere in the post: with さん (絶対「アトリエこもれび」さん。センスが段違い;
 * people are not named so), or holding a business word (「パン工房こむぎ」のメロンパン…保育課イチオシ). */
const NAMED_SHOP = /[「『][^「」『』\n]{1,20}[」』][ \u3000]*さん|[「『][^「」『』\n]{0,12}(?:店|屋|工房|カフェ|ベーカリー|食堂|ショップ|クリニック|サロン|商店)[^「」『』\n]{0,12}[」』]/g;

export interface Endorsement {
  businesses: Cue[];
  endorsed: Cue[];
}

/** The business and the words endorsing it, when the sentence endorses one (not おすすめのお店を教えてください, a question;
 * not 市立の食堂, a public one). */
export function businessEndorsed(m: Morphology, post: Post, s: Sentence): Endorsement | undefined {
  const own = s.own;
  const endorsed = find(own, lexicon(m, 'opinion.endorsements', LEX.endorsements)).filter((h) => own[h.j]?.surface !== 'の' && !ASKING.test(s.text));
  if (endorsed.length === 0) return undefined;
  const named = [...matchesOf(post.text, NAMED_SHOP)].map((x) => ({ text: x[0], start: x.index!, end: x.index! + x[0].length }));
  const listed = find(own, lexicon(m, 'opinion.businesses', LEX.businesses)).filter((h) => !PUBLIC_BEFORE.test(post.text.slice(Math.max(0, h.start - 4), h.start)) && !(h.entry.text === '食堂' && COMMUNITY_MEAL.test(post.text.slice(Math.max(0, h.start - 4), h.start))));
  const businesses = [...listed.map((h) => cueOf(post, h)), ...named];
  return businesses.length > 0 ? { businesses, endorsed: endorsed.map((h) => cueOf(post, h)) } : undefined;
}
