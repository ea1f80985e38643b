// policy/personal-opinion: posts based on the writer's (or a third party's) personal views (上尾 5(2)ク).
import type { Rule } from '../../engine/rule';

/** Always personal: 個人的には, 私見, casual first-person pronouns. */
const PERSONAL = /個人的(?:に(?:は|も)?|な(?:意見|見解|考え|感想|思い)|見解)|私見|個人の(?:感想|意見|見解)|(?<!公)(?:僕|ぼく|俺|オレ)(?:は|が|も|の|と|って|的|自身|たち)|あたし(?:は|が|も|の)|(?<![ご])自分的には|ワイ(?:は|が|も)/g;
/** 私は／わたしは … と思います／反対です, within one sentence. */
const FIRST_PERSON_VIEW = /(?<![公])(?:私|わたし|わたくし|自分)(?:は|も|が|として(?:は)?|的には|個人)[^。！？!?\n]{0,60}?(?:思い|思う|思っ|思え|考え|感じ|信じ|反対|賛成|好き|嫌い|残念|許せ|おかしい|べき|納得|期待し|願っ)/g;

export const personalOpinion: Rule = {
  id: 'policy/personal-opinion',
  description: '発信者や第三者の個人的見解（個人的には、私は…と思います、僕・俺 など）に基づく発信がないか',
  clause: '公式アカウントでは個人的見解を発信しないこと',
  defaultSeverity: 'warning',
  check(ctx) {
    for (const post of ctx.doc.posts) {
      const seen: [number, number][] = [];
      const report = (start: number, end: number) => {
        if (seen.some(([s, e]) => start < e && s < end)) return;
        seen.push([start, end]);
        ctx.report({
          message: `「${post.text.slice(start, end)}」は個人的見解に当たるおそれがあります。公式アカウントの発信は組織の見解として書いてください（例:「市では…と考えています」）。`,
          range: post.toDocumentRange(start, end),
        });
      };
      for (const m of post.text.matchAll(FIRST_PERSON_VIEW)) report(m.index!, m.index! + m[0].length);
      for (const m of post.text.matchAll(PERSONAL)) {
        // 『ぼくのくれよん』: a title or quoted words, not the writer speaking.
        if (insideBrackets(post.text, m.index!)) continue;
        report(m.index!, m.index! + m[0].length);
      }
    }
  },
};

/** True when `at` is inside 「…」 or 『…』 (opened before it on the same line and not yet closed). */
function insideBrackets(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let depth = 0;
  for (let i = lineStart; i < at; i++) {
    const c = text[i];
    if (c === '「' || c === '『') depth++;
    else if ((c === '」' || c === '』') && depth > 0) depth--;
  }
  return depth > 0;
}
