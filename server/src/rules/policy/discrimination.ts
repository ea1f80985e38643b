// policy/discrimination: discriminatory or demeaning expressions and exclusion of groups (上尾 5(2)ウ・エ).
import type { Rule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { atMost } from './util';

export interface DictionaryEntry {
  re: RegExp;
  /** Neutral wording offered as the quick fix; none when the sentence should be rewritten. */
  expected?: string;
  /** Why the word is a problem (shown in the message). */
  note: string;
  /** Strong evidence: reported at the configured severity; otherwise at most a warning (context decides). */
  strong?: boolean;
}

/**
 * Built-in dictionary: expressions that are discriminatory, demeaning or outdated, with the neutral wording
 * public bodies use instead. Teams add their own words through `terms` (team word list).
 */
export const DICTIONARY: DictionaryEntry[] = [
  { re: /(?<![海国以])外人(?!材)/g, expected: '外国人', note: '外国の人を区別する差別的な表現', strong: true },
  { re: /支那(?!そば)/g, expected: '中国', note: '中国に対する差別的な呼称', strong: true },
  { re: /めくら(?![なれせずさっ])|盲(?=判|滅法)/g, expected: '目の不自由な人', note: '視覚障害に対する差別語', strong: true },
  { re: /つんぼ/g, expected: '耳の不自由な人', note: '聴覚障害に対する差別語', strong: true },
  { re: /びっこ/g, expected: '足の不自由な人', note: '身体障害に対する差別語', strong: true },
  { re: /かたわ(?!ら)|片輪/g, expected: '体の不自由な人', note: '身体障害に対する差別語', strong: true },
  { re: /気違い|気ちがい|キチガイ|きちがい|基地外/g, note: '精神障害に対する差別語', strong: true },
  { re: /精神分裂病/g, expected: '統合失調症', note: '旧病名（差別的な含意があり改称）' },
  { re: /痴呆症|痴呆/g, expected: '認知症', note: '旧称（侮蔑的な含意があり改称）' },
  { re: /精神薄弱|精薄/g, expected: '知的障害', note: '旧称（差別的な含意があり改称）' },
  { re: /特殊学級/g, expected: '特別支援学級', note: '旧称' },
  { re: /色盲/g, expected: '色覚障害', note: '差別的とされる表現' },
  { re: /文盲/g, expected: '読み書きが困難な人', note: '差別的とされる表現' },
  { re: /小児麻痺/g, expected: 'ポリオ', note: '旧称' },
  { re: /片親/g, expected: 'ひとり親', note: '家族の形による差別的な表現', strong: true },
  { re: /父兄/g, expected: '保護者', note: '保護者を男性に限る表現' },
  { re: /保母/g, expected: '保育士', note: '職業を性別で表す旧称' },
  { re: /看護婦/g, expected: '看護師', note: '職業を性別で表す旧称' },
  { re: /保健婦/g, expected: '保健師', note: '職業を性別で表す旧称' },
  { re: /助産婦/g, expected: '助産師', note: '職業を性別で表す旧称' },
  { re: /登校拒否/g, expected: '不登校', note: '本人を責める含意のある旧称' },
  { re: /浮浪者/g, expected: '路上生活者', note: '差別的とされる表現' },
  { re: /乞食|こじき/g, note: '差別的な表現', strong: true },
  { re: /土方(?=作業|仕事|のバイト)/g, expected: '建設作業員', note: '職業に対する差別的な表現', strong: true },
  { re: /百姓/g, expected: '農家', note: '職業に対する差別的とされる表現' },
  { re: /後進国/g, expected: '開発途上国', note: '差別的とされる表現' },
  { re: /裏日本/g, expected: '日本海側', note: '地域に対する差別的な表現' },
  { re: /混血児?/g, expected: '複数のルーツを持つ人', note: '出自に対する差別的とされる表現' },
  { re: /オカマ|ホモ(?![ジゲサ])|レズ(?!ビアン)/g, expected: '性的少数者', note: '性的指向・性自認に対する差別語', strong: true },
  { re: /片手落ち/g, expected: '不公平', note: '身体障害を連想させる表現' },
  { re: /(?:男|女)のくせに|女だてらに|女々しい/g, note: '性別による固定観念に基づく表現' },
  // Demeaning words (誹謗中傷, 5(2)ウ).
  { re: /親の顔が見て(?:みたい|見たい)|民度が低い|育ちが悪い/g, note: '他者をおとしめる表現（誹謗中傷）' },
  { re: /馬鹿|バカ(?!ンス)|アホ|(?<!ク)クズ(?!餅)|無能|役立たず|低能|死ね|消えろ|キモ[いイ]|きもい|ウザ[いイ]|うざい|頭が悪い|ブス|デブ|ハゲ|クソ(?!ゲーム)?/g, note: '他者をおとしめる表現（誹謗中傷）' },
];

/** Groups that must not be excluded or stereotyped: nationality, race, creed, occupation, family status, disability … */
const GROUP = '(?:外国人|外国籍|外国(?:の|出身の|から来た)(?:方|人)|日本語(?:が|を)(?:話せない|できない|わからない|分からない)(?:方|人)|外人|(?:中国|韓国|朝鮮|ベトナム|フィリピン|ブラジル|ネパール|インド|アメリカ|アフリカ|アジア|クルド)人|黒人|白人|アジア人|ハーフ|在日|部落出身|同和地区|[^\\s、。「」]{1,4}教(?:徒|信者)|信者|宗教(?:関係者|団体)|創価|生活保護(?:受給)?(?:者|世帯|家庭)?|生活保護を受(?:けて|給して)いる|母子家庭|父子家庭|ひとり親(?:家庭|世帯)?|片親|シングルマザー|シングルファーザー|障害者|障がい者|障碍者|障害のある|障がいのある|LGBTQ?|同性愛者|性的少数者|水商売|夜職|風俗(?:関係者|勤務)|無職|フリーター|派遣社員)';
/** 〇〇の方／〇〇家庭のお子さん: the person or household the group word describes. */
const PERSON = '(?:の)?(?:(?:家庭|世帯|ご家庭)の?)?(?:方|人|子|子ども|子供|こども|児童|お子さん|お子様|家庭|世帯|家族|親)?(?:の方)?';
/** 外国人お断り, 生活保護の方は入園できません … */
const EXCLUSION = new RegExp(`${GROUP}${PERSON}(?:は|には|の|も)?[ \\t\\u3000、]*(?:[^。\\n]{0,12}?)(?:お断り|お断わり|ご遠慮いただ(?:いて|きます|いており)|入店(?:禁止|不可|できません)|入場(?:禁止|不可|できません)|参加(?:禁止|不可|できません|はできません|はご遠慮)|利用(?:禁止|不可|できません|はできません|はご遠慮)|入園(?:不可|できません|はできません|はご遠慮)|ご遠慮(?:ください|願います)|遠慮してください|受け付けません|お受けできません|NG|ＮＧ|禁止)`, 'g');
/** 母子家庭の子は問題が多い … — a group stereotyped with a negative trait. */
const STEREOTYPE = new RegExp(`${GROUP}${PERSON}(?:は|って|には|で育った子は)[^。\\n]{0,20}?(?:問題が多い|問題児|劣る|劣っ|かわいそう|可哀想|不幸|非行|荒れ|乱れ|落ち着きがな|犯罪|危険|怖い|こわい|迷惑|常識がない|だらしない|育ちが悪|しつけができ|民度|信用でき|税金泥棒|甘え)`, 'g');

export const discrimination: Rule = {
  id: 'policy/discrimination',
  description: '差別語・侮蔑的な表現や、国籍・人種・信条・職業・家族の形などによる排除・差別を助長する発信がないか',
  clause: '差別・誹謗中傷に当たる発信をしないこと',
  defaultSeverity: 'warning',
  check(ctx) {
    for (const post of ctx.doc.posts) {
      const taken: [number, number][] = [];
      const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && a < e);
      for (const [re, what] of [
        [EXCLUSION, '属性（国籍・人種・信条・職業・家族の形・障害など）による排除'],
        [STEREOTYPE, '属性（国籍・人種・信条・職業・家族の形・障害など）に対する偏見'],
      ] as const) {
        for (const m of post.text.matchAll(re)) {
          const start = m.index!;
          const end = start + m[0].length;
          if (!free(start, end)) continue;
          taken.push([start, end]);
          ctx.report({
            message: `「${m[0]}」は${what}で、差別を助長する発信に当たります。対象者を属性で区別しない表現に書き直してください。`,
            range: post.toDocumentRange(start, end),
          });
        }
      }
      for (const entry of DICTIONARY) {
        for (const m of post.text.matchAll(entry.re)) {
          const start = m.index!;
          const end = start + m[0].length;
          if (!free(start, end)) continue;
          taken.push([start, end]);
          const fixes: Fix[] = entry.expected
            ? [{ title: `「${entry.expected}」に置き換える`, edits: [{ range: post.toDocumentRange(start, end), newText: entry.expected }], isPreferred: true, safe: true }]
            : [];
          ctx.report({
            message: `「${m[0]}」は${entry.note}です。${entry.expected ? `「${entry.expected}」などの表現に言い換えてください。` : '使わずに書き直してください。'}`,
            range: post.toDocumentRange(start, end),
            severity: entry.strong ? undefined : atMost(ctx.severity, 'warning'),
            fixes,
          });
        }
      }
    }
  },
};
