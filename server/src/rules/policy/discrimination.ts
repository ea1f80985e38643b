// policy/discrimination: discriminatory or demeaning expressions and exclusion of groups (上尾 5(2)ウ・エ).
import type { Post } from '../../engine/document';
import type { Rule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import type { MorphToken } from '../../engine/morphology';
import type { Sentence } from '../../engine/postAnalysis';
import type { RuleContext } from '../../engine/rule';
import LEX from './lexicon/discrimination.json';
import { analysis, excerpt } from './nlp/common';
import { classNames, find, lexicon, negationAt, type Hit, type Lexicon } from './nlp/lexicon';
import { businessEndorsed } from './nlp/endorsement';
import { cueList, eachModelFinding, modelScoresAbove } from './nlp/model';
import { GROUP_ENTRIES } from './nlp/wordClasses';
import { atMost } from './util';
import { matchesOf } from '../../engine/text';

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
  { re: /(?<!ち)びっこ/g, expected: '足の不自由な人', note: '身体障害に対する差別語', strong: true },
  { re: /かたわ(?!ら)|片輪/g, expected: '体の不自由な人', note: '身体障害に対する差別語', strong: true },
  { re: /気違い|気ちがい|キチガイ|きちがい|基地外/g, note: '精神障害に対する差別語', strong: true },
  { re: /(?:ふつう|普通|フツー)の(?:ご)?(?:家庭|家族|おうち|お家)(?![用科内的])/g, note: '「普通」の家族像を前提にし、それ以外の形の家族を外す表現' },
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
  // Labels that demean residents, staff or children (モンスターペアレント, アスペっぽい): no public body writes them.
  { re: /モンスターペアレント|モンペ(?![ンー])|クレーマー/g, expected: '保護者', note: '保護者を侮蔑する表現', strong: true },
  { re: /オネエ/g, note: '性自認・性的指向に対する侮蔑的な表現', strong: true },
  { re: /アスペ(?!ルガー|クト|ラ)|ガイジ|池沼/g, note: '障害に対する侮蔑的な表現', strong: true },
  // 発達障害っぽい子, ADHDっぽい: a diagnosis guessed at as a label for a child.
  { re: /(?:発達障害|発達障がい|自閉症|ADHD|ＡＤＨＤ|多動|知的障害|障害|障がい)っぽい/g, note: '障害を決めつけて人を呼ぶ表現' },
  { re: /ヤンキー(?!ス)|DQN/g, note: '人を見た目や属性で侮蔑する表現', strong: true },
  { re: /(?:男|女)のくせに|女だてらに|女々しい/g, note: '性別による固定観念に基づく表現' },
  // Demeaning words (誹謗中傷, 5(2)ウ).
  { re: /親の顔が見て(?:みたい|見たい)|民度が低い|育ちが悪い/g, note: '他者をおとしめる表現（誹謗中傷）' },
  { re: /馬鹿|バカ(?!ンス)|アホ|(?<!ク)クズ(?!餅)|無能|役立たず|低能|死ね|消えろ|キモ[いイ]|きもい|ウザ[いイ]|うざい|頭が悪い|ブス(?!ク)|デブ|ハゲ|クソ(?!ゲーム)?/g, note: '他者をおとしめる表現（誹謗中傷）' },
];

/** Every dictionary entry as one alternation (group k + 1 is entry k): one pass over the text instead of one per entry. */
const DICTIONARY_RE = new RegExp(DICTIONARY.map((e) => `(${e.re.source})`).join('|'), 'g');

/** Dictionary words in `text`, leftmost first; at one position the earlier entry wins. */
function* dictionaryHits(text: string): Generator<{ entry: DictionaryEntry; start: number; end: number; word: string }> {
  for (const m of matchesOf(text, DICTIONARY_RE)) {
    const k = m.findIndex((g, i) => i > 0 && g !== undefined) - 1;
    yield { entry: DICTIONARY[k], start: m.index!, end: m.index! + m[0].length, word: m[0] };
  }
}

type Lists = Omit<typeof LEX, '$comment' | 'groups'>;
const className = classNames<keyof Lists>('discrimination');
function lex(ctx: RuleContext, name: keyof Lists): Lexicon {
  return lexicon(ctx.services.morphology!, className(name), LEX[name]);
}
const KIND_OF = new Map(Object.entries(LEX.groups).flatMap(([kind, words]) => words.map((w) => [w, kind] as const)));
/** Inclusion that holds wherever it stands in the sentence (国籍を問わず, どなたでも). */
const STRONG_GENERALISING = new Set(LEX.strongGeneralising);
// …も参加しやすいよう: made easy for the group too (障がいのある方も, 平日仕事のパパも), an accommodation, no judgement.
const STRONG_INCLUSIVE = new Set(['にかかわらず', 'に関わらず', 'を問わず', '問わない', '関係なく', '歓迎', '大歓迎', 'どなたでも', '誰でも', 'お届け', '届ける', 'も参加しやすい', 'も利用しやすい', 'も来やすい', 'も使いやすい', 'も通いやすい']);
const TOPIC = new Set(['は', 'って', 'ほど', 'には', 'も']);
/** Prescriptions about a group take が as well: お母さんが家で育てるべき. */
const PRESCRIPTIVE = new Set(['べき', 'が一番', 'のが一番', 'の仕事']);
/** Predicates that stick to the group word: 男の子なんだから, 女の子らしく, 女性の仕事, 女性ならでは. */
const CLOSE = new Set(['〔男の子〕なんだから', '〔男の子〕なのだから', '〔男の子〕だから', 'らしい', 'らしく', 'の仕事', 'ならでは', '〔女〕だてらに']);

const BOTH_ALIKE = /(?:女の子|男の子|女性|男性|パパ|ママ|お父さん|お母さん)も(?:、)?(?:女の子|男の子|女性|男性|パパ|ママ|お父さん|お母さん)も|男女(?:とも|問わず|を問わず)/;
const REJECTED = /とらわれ|根拠(?:は|が)?(?:ない|ありません)|時代もありました|偏見|決めつけ|ステレオタイプ|固定観念|[」』]ではなく|時代錯誤|問題発言|差別的な発言/;
/** ある政治家が「子育ては母親の仕事」と発言…時代錯誤もいいところ: `at` is inside someone's words quoted (「」『』 on its line)
 * in a post that rejects them. */
function rejectedQuote(text: string, at: number): boolean {
  const open = Math.max(text.lastIndexOf('「', at), text.lastIndexOf('『', at));
  const close = Math.max(text.lastIndexOf('」', at), text.lastIndexOf('』', at));
  return open > close && !text.slice(open, at).includes('\n') && REJECTED.test(text);
}
/** A group word that begins the name of an office, a centre or a plan. */
const ORG_AFTER = /^(?:政策|課|部|室|係|センター|会議|協議会|計画|支援課|施策)/;
/** The word before らしい when it describes a group (女の子らしい, 男らしい). */
const CLOSE_BEFORE = /^(?:子|女|男|女の子|男の子|母親|父親|子ども|大人|学生)$/;

/** Words of blame: 〔group〕のせいではなく denies it. */
const BLAME = new Set(['せい', '悪い', '責任', '不足', '落ち度', '問題', '自己責任']);

interface Verdict {
  group: Hit;
  predicate: Hit;
  exclusion: boolean;
  strong: boolean;
}

/** A job offer: 募集・採用・求人 and the like. */
const HIRING = /募集|採用|求人|スタッフ|職員を|保育士さん|パート|アルバイト|会計年度任用/;
const PREFERRING = new Set(['歓迎', '大歓迎', '優遇', '求む', '希望', '優先']);
/** An age band written with a number: 50代以上, 60歳以上, 40代まで (its token range). */
const AGE_BAND = /^[0-9０-９]+(?:代|歳|才)/;
function ageBands(tokens: MorphToken[]): Hit[] {
  const out: Hit[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (tokens[k].pos[1] !== '数' || !/^(?:代|歳|才)$/.test(tokens[k + 1].surface)) continue;
    let j = k + 2;
    if (/^(?:以上|以下|未満|超|まで)$/.test(tokens[j]?.surface ?? '')) j++;
    const last = tokens[j - 1];
    const textOf = tokens.slice(k, j).map((t) => t.surface).join('');
    out.push({ entry: { text: textOf } as Hit['entry'], i: k, j, start: tokens[k].start, end: last.start + last.surface.length });
  }
  return out;
}

/** A sex or an age group welcomed or preferred in a job offer (the group not followed by も: 男性も歓迎 includes). */
function hiringPreference(tokens: MorphToken[], groups: Hit[], exclusion: Hit[]): Verdict | undefined {
  // 50代以上の方はご遠慮ください: an age band turned away in a job offer.
  for (const g of ageBands(tokens)) {
    // 18歳未満の方はご遠慮ください (minors, insurance) is a requirement; turning away the older (50代以上) is not.
    if (!/(?:以上|超)$|代$/.test(g.entry.text)) continue;
    const p = exclusion.find((x) => x.i >= g.j && x.i - g.j <= 8);
    if (p) return { group: g, predicate: p, exclusion: true, strong: true };
  }
  for (const g of groups) {
    const kind = KIND_OF.get(g.entry.text);
    if (kind !== '性別' && kind !== '年齢') continue;
    if (tokens[g.j]?.surface === 'も' || (tokens[g.j]?.surface === 'の' && tokens[g.j + 2]?.surface === 'も')) continue;
    for (let k = g.j; k < Math.min(tokens.length, g.j + 6); k++) {
      const t = tokens[k];
      if (t.surface === '。' || t.surface === 'も') break;
      if (PREFERRING.has(t.basic) || PREFERRING.has(t.surface)) return { group: g, predicate: { entry: { text: t.surface } as Hit['entry'], i: k, j: k + 1, start: t.start, end: t.start + t.surface.length }, exclusion: true, strong: true };
    }
  }
  return undefined;
}

/** A group mention followed by a generalising or excluding predicate in the same sentence. */
/** The group words (nationality, family form, age…) in `tokens`: the word class every check here starts from. */
function groupHits(ctx: RuleContext, tokens: readonly MorphToken[]): Hit[] {
  return find(tokens, lexicon(ctx.services.morphology!, 'discrimination.groups', GROUP_ENTRIES));
}

/** `hiring`: the post is a job offer (HIRING, tested once per post). */
function judge(ctx: RuleContext, tokens: MorphToken[], text: string, hiring: boolean): Verdict | undefined {
  const groups = groupHits(ctx, tokens);
  if (groups.length === 0 && !(hiring && /[0-9０-９](?:代|歳|才)/.test(text))) return undefined;
  const exclusion = find(tokens, lex(ctx, 'exclusion'));
  // 若くて元気な女性の方、大歓迎 in a job offer: welcoming one sex or age is preferring it (雇用の分野の男女均等・年齢制限の禁止).
  const preferred = hiring ? hiringPreference(tokens, groups, exclusion) : undefined;
  if (preferred) return preferred;
  // 参加できます is inclusion, 参加できません is not.
  const inclusive = find(tokens, lex(ctx, 'inclusive')).filter((h) => !negationAt(tokens, h.j));
  if (inclusive.some((h) => STRONG_INCLUSIVE.has(h.entry.text))) return undefined;
  const general = find(tokens, lex(ctx, 'generalising'));
  const strongSet = STRONG_GENERALISING;
  const statistics = find(tokens, lex(ctx, 'statistics')).length > 0 && /\d/.test(text);
  // A stereotype quoted to reject it (「女の子だから」にとらわれず, …には合理的な根拠がありません).
  if (REJECTED.test(text)) return undefined;
  for (const g of groups) {
    const next = tokens[g.j];
    // Part of a name of an office or a plan (子ども若者政策課, 高齢者支援センター): no one is described.
    if (ORG_AFTER.test(tokens.slice(g.j, g.j + 3).map((t) => t.surface).join(''))) continue;
    // 障がいのある方でも参加できるくらい簡単: ease measured by what even the group can do talks the group down.
    const even = evenTheGroup(tokens, g.j);
    if (even) return { group: g, predicate: even, exclusion: false, strong: false };
    // 外国人の子どもが増えると保育の質が下がる: a harm blamed on the group's growing number.
    const worse = worsenedByGroup(ctx, tokens, g.j);
    if (worse) return { group: g, predicate: worse, exclusion: false, strong: true };
    // 外国籍の方も参加できます／女の子も男の子も: inclusion, not a generalisation.
    if (next?.surface === 'も' || (next?.surface === 'の' && tokens[g.j + 1]?.surface === '方' && tokens[g.j + 2]?.surface === 'も')) continue;
    // The group phrase runs to its topic particle (外国にルーツのある子どもと家族のための教室は…).
    let topic = -1;
    for (let k = g.j; k < Math.min(tokens.length, g.j + 12); k++) {
      if (TOPIC.has(tokens[k].surface) && tokens[k].pos[0] === '助詞') {
        topic = k;
        break;
      }
      if (tokens[k].surface === '、' || tokens[k].surface === '。') break;
    }
    // ひとり親家庭への支援／外国にルーツのある子どものための教室: support aimed at the group.
    if (inclusive.some((h) => h.i >= g.j && (h.i - g.j <= 2 || (topic >= 0 && h.i < topic)))) continue;
    if (topic >= 0 && tokens[topic].surface === 'も') continue;
    const topicAt = (until: number) => topic >= 0 && topic < until;
    for (const p of exclusion) {
      if (p.i < g.j || p.i - g.j > 25) continue;
      // 父母に限らず: not limited to the group, so anyone.
      if ((p.entry.text === '限る' || p.entry.text === '限定') && negationAt(tokens, p.j)) continue;
      // 若者が悪いのではなく／若者のせいではなく: blame taken off the group, not the group turned away.
      if (p.entry.text === 'ではなく' && tokens.slice(Math.max(g.j, p.i - 3), p.i).some((t) => BLAME.has(t.basic))) continue;
      return { group: g, predicate: p, exclusion: true, strong: true };
    }
    for (const p of general) {
      if (p.i < g.j || p.i - g.j > 20) continue;
      // らしい as hearsay (人気らしい, できるらしいですよ), not 女の子らしい.
      if (p.entry.text === 'らしい' && tokens[p.i].pos[0] === '助動詞' && !CLOSE_BEFORE.test(tokens[p.i - 1]?.surface ?? '')) continue;
      const close = p.i === g.j && CLOSE.has(p.entry.text);
      const subject = (PRESCRIPTIVE.has(p.entry.text) || strongSet.has(p.entry.text)) && tokens.slice(g.j, Math.min(p.i, g.j + 6)).some((t) => t.surface === 'が');
      if (!close && ((!topicAt(p.i) && !subject) || statistics)) continue;
      return { group: g, predicate: p, exclusion: false, strong: strongSet.has(p.entry.text) || close };
    }
  }
  return undefined;
}

/** Where a group phrase ends once it runs on to its head noun (障がい|のある方でも): the token index after it. */
function headEnd(tokens: MorphToken[], groupEnd: number): number {
  let j = groupEnd;
  while (j < groupEnd + 4 && j < tokens.length && /^(?:の|ある|方|さん|人|たち|者)$/.test(tokens[j].surface)) j++;
  return j;
}

/** A group then でも then what it may do (外国籍の方でも申し込めます, 高齢の方でも大丈夫です), with no くらい／ほど after. */
const LET_IN = /^(?:参加|申し込|申込|利用|使え|使用|でき|可能|OK|大丈夫|歓迎|構い|かまい|お越し|入れ|入会|登録)/;
function groupLetIn(ctx: RuleContext, s: Sentence): boolean {
  const tokens = s.tokens;
  return groupHits(ctx, tokens).some((g) => {
    const j = headEnd(tokens, g.j);
    if (tokens[j]?.surface !== 'で' || tokens[j + 1]?.surface !== 'も') return false;
    const rest = s.text.slice(tokens[j + 1].start + tokens[j + 1].surface.length - s.start);
    return LET_IN.test(rest.replace(/^[ \u3000]*/, '')) && !evenTheGroup(tokens, g.j);
  });
}

/** After a group (ending at token j): でも, a verb, then くらい／ほど (…でも参加できるくらい簡単, …でも使えるほどシンプル). */
/** The group's children, families or households (外国人の子ども, 外国籍の家庭). */
const FAMILY = /^(?:子ども|子供|子|こども|家族|家庭|世帯|方|人)$/;
/** The group's number growing (…が増えると, …が増えて, …が増えたら), then a harm in the same sentence, not denied. */
function worsenedByGroup(ctx: RuleContext, tokens: MorphToken[], groupEnd: number): Hit | undefined {
  let k = headEnd(tokens, groupEnd);
  // 外国人の子どもが増えると: the group's children, families or households.
  if (tokens[k]?.surface === 'の' && FAMILY.test(tokens[k + 1]?.surface ?? '')) k = headEnd(tokens, k + 2);
  else if (tokens[k - 1]?.surface === 'の' && FAMILY.test(tokens[k]?.surface ?? '')) k = headEnd(tokens, k + 1);
  if (tokens[k]?.surface === 'が') k++;
  // (…が増えても…下がることはありません: a harm denied.)
  if (tokens[k]?.basic !== '増える' || !/^(?:と|て|たら|ば|ほど)$/.test(tokens[k + 1]?.surface ?? '') || tokens[k + 2]?.surface === 'も') return undefined;
  const rest = tokens.slice(k + 2);
  return find(rest, lex(ctx, 'worsened'))
    .map((h) => ({ ...h, i: h.i + k + 2, j: h.j + k + 2 }))
    .find((h) => !negationAt(tokens, h.j) && !/^(?:こと|わけ)(?:は|が|も)?(?:ない|ありません|ございません)/.test(tokens.slice(h.j, h.j + 4).map((t) => t.surface).join('')));
}

function evenTheGroup(tokens: MorphToken[], groupEnd: number): Hit | undefined {
  const j = headEnd(tokens, groupEnd);
  if (tokens[j]?.surface !== 'で' || tokens[j + 1]?.surface !== 'も') return undefined;
  for (let k = j + 3; k < Math.min(tokens.length, j + 7); k++) {
    const t = tokens[k];
    if (t.pos[0] === '記号' || t.surface === '。') return undefined;
    if (/^(?:くらい|ぐらい|ほど)$/.test(t.surface) && tokens[k - 1].pos[0] === '動詞') {
      const from = tokens[j];
      return { entry: { text: 'でも…くらい' } as Hit['entry'], i: j, j: k + 1, start: from.start, end: t.start + t.surface.length };
    }
  }
  return undefined;
}

/** The word sits inside a quoted title of someone's writing (「保育園落ちた日本死ね」のブログ, 「…」――あのブログ): the
 * title is named, not the writer's own word. */
function quotedTitle(text: string, at: number): boolean {
  const open = text.lastIndexOf('「', at);
  if (open < 0 || text.lastIndexOf('」', at) > open) return false;
  const close = text.indexOf('」', at);
  return close >= 0 && /^」(?:の|という|って|[―—─ー]+[ \u3000]*(?:あの)?)?[^。\n]{0,4}?(?:ブログ|記事|投稿|発言|書き込み|タイトル|見出し|言葉|フレーズ)/.test(text.slice(close, close + 16));
}

/** Whether the detector finds a group generalised or excluded in sentence `s` (the opinion model leaves such a
 * sentence to this rule, under the clause it breaks). */
export function generalisesGroup(ctx: RuleContext, post: Post, s: Sentence): boolean {
  return judge(ctx, s.tokens, s.text, HIRING.test(post.text)) !== undefined;
}

/** Whether this rule has something to say about sentence `s` by any of its means: the detector, the dictionary of
 * demeaning words or the statistical layer. */
export function discriminationIn(ctx: RuleContext, post: Post, s: Sentence): boolean {
  if (generalisesGroup(ctx, post, s)) return true;
  if (!dictionaryHits(s.text).next().done) return true;
  const a = analysis(ctx, post);
  // The score first: kept with the sentence, it is a look-up, and few sentences reach it; modelQuiet runs a dozen checks.
  return !!a && !!ctx.services.morphology && modelScoresAbove(ctx.services.morphology, post, a, s, 'discrimination') && !modelQuiet(ctx, post, s);
}

/** Care advice about babies' and small children's bodies (赤ちゃんは体温調節が苦手なので…見てあげてください): their
 * physiology, addressed to the carer, is no group judged. */
const INFANT_CARE = /^[^。]*(?:赤ちゃん|乳児|乳幼児|新生児|幼児)は[^。]*(?:ください|ましょう|あげて|しないで|ように)/;
/** After a group word, what makes it the one who told something (ママさんが「…」と話していました, ママ友の間では…って
 *言われてる, 先輩ママさんたちの口コミによると): the words passed on are policy/citation's, the group is not judged. */
const SPEAKER_AFTER = /^(?:友)?(?:さん)?(?:たち|達)?(?:が[ \u3000]*[「『]|の間で(?:は)?|の口コミ|から聞|に聞|が言って|が話して|いわく)/;
function groupAsSpeaker(ctx: RuleContext, s: Sentence): boolean {
  const groups = groupHits(ctx, s.tokens);
  return groups.length > 0 && groups.every((g) => SPEAKER_AFTER.test(s.text.slice(g.end - s.start)));
}

/**
 * Where the statistical layer stays quiet: a group explicitly included (国籍を問わず, どなたでも), both named alike
 * (女の子も男の子も), care advice about babies' bodies (INFANT_CARE), and a shop recommended to a group (カフェ…ママ友ランチに
 * ぴったり), which judges the shop, not the group (policy/personal-opinion's); a fee waived or a benefit granted to it.
 */
function modelQuiet(ctx: RuleContext, post: Post, s: Sentence): boolean {
  return (
    BOTH_ALIKE.test(s.text) ||
    setAside(s.text) ||
    groupAsSpeaker(ctx, s) ||
    // 外国籍の方でも申し込めます: the group let in, not judged.
    groupLetIn(ctx, s) ||
    // お父さん・お母さんに限らず…すべての方: not limited to a group.
    find(s.tokens, lex(ctx, 'exclusion')).some((h) => (h.entry.text === '限る' || h.entry.text === '限定') && negationAt(s.tokens, h.j)) ||
    INFANT_CARE.test(s.text) ||
    BENEFIT_GRANTED.test(s.text) ||
    find(s.tokens, lex(ctx, 'inclusive')).some((h) => (STRONG_INCLUSIVE.has(h.entry.text) || h.entry.text === '対応する') && !negationAt(s.tokens, h.j)) ||
    businessEndorsed(ctx.services.morphology!, post, s) !== undefined
  );
}

/** A fee waived or a benefit granted to a group (…未満相当の世帯と第3子以降のお子さんは免除となります, …世帯の保育料は0円です):
 * support aimed at it (the model stays quiet), when the sentence ends so (…無料ですが、参加マナーの悪い方が目立つ goes on to judge). */
const BENEFIT_GRANTED = /(?:免除|無料|無償|減額|軽減|半額|助成|補助|給付|支給|[0０]円)(?:と(?:なり|なる)|に(?:なり|なる)|され|します|です|の対象)[^、。！!？?\n]{0,10}[。！!]?\s*$/;

/** 若い職員ばかりで頼りない、と言われないよう頑張ります: a judgement we work not to deserve, no one's view. */
const HOPED_UNSAID = /と(?:言われ|思われ)ない(?:よう|ように)/;
/** A stereotype quoted to be set aside (「母親なんだから我慢して当然」ではありません, 「男の子なんだから泣かないの」といった声かけを
 * 見直そう), held by some and then answered (「保育士は女性の仕事」というイメージをお持ちの方もいるかもしれませんが), told as
 * the past (…と言われていた時代もありましたが), or a group's own concerns met (再婚家庭ならではの悩みを話せる場). */
const COUNTERED = /[「『][^「」『』\n]{2,40}[」』](?:ではありません|ではない|じゃない|といった(?:声かけ|言葉|考え|思い込み|固定観念)|などの(?:声かけ|言葉|思い込み)|をなくし|を見直|にとらわれ|に縛られ)|[」』](?:という|といった)(?:イメージ|印象|先入観|思い込み)(?:を|が)[^。\n]{0,20}?(?:が、|けど|けれど)|と言われていた時代|という時代もありました|ならではの(?:悩み|困りごと|不安)/;

/** A generalisation the sentence sets aside: hoped not to deserve, quoted to be rejected, told as the past. */
function setAside(sentence: string): boolean {
  return HOPED_UNSAID.test(sentence) || COUNTERED.test(sentence);
}

export const discrimination: Rule = {
  id: 'policy/discrimination',
  description: '差別語・侮蔑的な表現や、国籍・人種・信条・職業・家族の形などによる排除・差別を助長する発信がないか',
  clause: '差別・誹謗中傷に当たる発信をしないこと',
  defaultSeverity: 'warning',
  needsMorphology: true,
  check(ctx) {
    for (const post of ctx.doc.posts) {
      const taken: [number, number][] = [];
      const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && a < e);
      const a = analysis(ctx, post);
      const hiring = HIRING.test(post.text);
      for (const s of a?.sentences ?? []) {
        const v = judge(ctx, s.tokens, s.text, hiring);
        if (!v || setAside(s.text) || rejectedQuote(post.text, v.group.start)) continue;
        const start = v.group.start;
        const end = Math.max(v.group.end, v.predicate.end);
        taken.push([start, end]);
        const kind = KIND_OF.get(v.group.entry.text) ?? (AGE_BAND.test(v.group.entry.text) ? '年齢' : '属性');
        const words = `「${post.text.slice(v.group.start, v.group.end)}」と「${post.text.slice(v.predicate.start, v.predicate.end)}」`;
        ctx.report({
          message: v.exclusion
            ? `「${excerpt(post.text.slice(start, end))}」は${kind}による排除で、差別を助長する発信に当たります（手がかり: ${words}）。対象や条件は属性ではなく、必要な要件（年齢・手続きなど）で示してください。`
            : `「${excerpt(post.text.slice(start, end))}」は${kind}で人をひとまとめにする決めつけ（偏見）で、差別を助長する発信に当たります（手がかり: ${words}）。属性で一般化せず、個々の状況に即した表現に書き直してください。`,
          range: post.toDocumentRange(start, end),
          severity: v.strong ? undefined : atMost(ctx.severity, 'warning'),
        });
      }
      for (const { entry, start, end, word } of dictionaryHits(post.text)) {
        if (!free(start, end) || quotedTitle(post.text, start)) continue;
        if (rejectedQuote(post.text, start)) continue;
        taken.push([start, end]);
        const fixes: Fix[] = entry.expected
          ? [{ title: `「${entry.expected}」に置き換える`, edits: [{ range: post.toDocumentRange(start, end), newText: entry.expected }], isPreferred: true, safe: true }]
          : [];
        ctx.report({
          message: `「${word}」は${entry.note}です。${entry.expected ? `「${entry.expected}」などの表現に言い換えてください。` : '使わずに書き直してください。'}`,
          range: post.toDocumentRange(start, end),
          severity: entry.strong ? undefined : atMost(ctx.severity, 'warning'),
          fixes,
        });
      }
      // The statistical layer (nlp/model.ts) in sentences where neither the detector nor the dictionary found anything.
      // Quiet where modelQuiet says (a group included, both named alike, a shop recommended to a group).
      eachModelFinding(ctx.services.morphology, post, a, 'discrimination', (s) => !free(s.start, s.end), (s) => modelQuiet(ctx, post, s), (s, m) =>
        ctx.report({
          message: `「${excerpt(s.text)}」は属性で人をひとまとめにしたり区別したりする表現で、差別を助長する発信に当たるおそれがあります（統計モデルによる判定、手がかり: ${cueList(m)}）。属性で一般化・区別せず、個々の状況に即した表現に書き直してください。`,
          range: post.toDocumentRange(m.start, m.end),
          severity: atMost(ctx.severity, 'warning'),
        }),
      );
    }
  },
};
