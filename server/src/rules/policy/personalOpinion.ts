// policy/personal-opinion: posts based on the writer's (or a third party's) personal views (上尾 5(2)ク).
import type { Rule } from '../../engine/rule';
import { OWN_STAFF } from './util';

/** Always personal: 個人的には, 私見, casual first-person pronouns. */
const PERSONAL = /個人的(?:に(?:は|も)?|な(?:意見|見解|考え|感想|思い)|見解)|私見|個人の(?:感想|意見|見解)|(?<!公)(?:僕|ぼく|ボク|俺|オレ)(?:は|が|も|の|と|って|的|自身|たち)|あたし(?:は|が|も|の)|(?<![ご])自分的には|ワイ(?:は|が|も)|中の人(?:は|が|も|的には|として|自身)/g;
/**
 * 私は／わたしは／担当としては … と思います／反対です, within one sentence. 思う・考える・感じる・信じる count only
 * as a view (「…と思います」「残念に思います」), not as an activity: 「自分が住む地域の避難経路をみんなで考えます」.
 */
const FIRST_PERSON_VIEW = /(?:(?<![公])(?:私|わたし|わたくし|自分)(?:自身)?(?:は|も|が|として(?:は)?|的には|個人)|(?<![公])(?:私|わたし)自身|担当(?:者)?(?:として(?:は)?|的には))[^。！？!?\n]{0,60}?(?:(?:と|に|って|ように)(?:思い|思う|思っ|思え|考え|感じ|信じ)|反対|賛成|好き|嫌い|残念|許せ|おかしい|べき|納得|期待し|願っ)/g;
/**
 * Who said the quoted words, just before 「: a group of participants or respondents (「参加した高校生からは「…」」,
 * 「回答した中学生の声（一部）：「…」」). An unattributed voice (「「私は反対です」という声」) stays a personal view.
 */
const ATTRIBUTION = /(?:参加者|回答者|来場者|利用者|委員|保護者|市民|中学生|高校生|小学生|大学生|子どもたち|こどもたち|児童|生徒|若者)(?:の方|の皆さん|の皆さま)?(?:から(?:は|も)?|の(?:声|意見|感想|回答)(?:[（(][^）)\n]{0,10}[）)])?[ \t\u3000]*[:：]?)[ \t\u3000]*\n?[ \t\u3000]*$/;
/** A source line (出典：…) names where quoted words come from. */
const HAS_SOURCE = /^[ \t\u3000]*(?:[【［[](?:出典|引用元|出所)[】］\]]|(?:出典|引用元|出所)[ \t\u3000]*[:：])[ \t\u3000]*\S/m;

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
      for (const m of post.text.matchAll(FIRST_PERSON_VIEW)) {
        // Quoted words said by our own staff (市長は「私は…と考えています」と述べました), or by attributed participants,
        // or with a source line, are a report of what was said, not the writer's view.
        const open = openingBracket(post.text, m.index!);
        if (open !== undefined) {
          const before = post.text.slice(Math.max(0, post.text.lastIndexOf('。', open) + 1), open);
          if (OWN_STAFF.test(before) || ATTRIBUTION.test(before) || HAS_SOURCE.test(post.text)) continue;
        }
        report(m.index!, m.index! + m[0].length);
      }
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
  return openingBracket(text, at) !== undefined;
}

/** The offset of the 「 or 『 (on the same line) that `at` is inside, if any. */
function openingBracket(text: string, at: number): number | undefined {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const open: number[] = [];
  for (let i = lineStart; i < at; i++) {
    const c = text[i];
    if (c === '「' || c === '『') open.push(i);
    else if ((c === '」' || c === '』') && open.length > 0) open.pop();
  }
  return open[0];
}
