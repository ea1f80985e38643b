// pii/person: names of children, parents and staff. kuromoji finds kanji names (名詞,固有名詞,人名); the
// names it misses — hiragana/katakana given names before くん・ちゃん・さん…, names before an age — are found
// from the honorific or the context, with kuromoji's token boundaries telling where the name starts.
//
// Measured gaps of kuromoji 0.1.2 / IPADIC this design covers: 「さくらちゃん」 → さくら 名詞,一般;
// 「ゆうとくん」 → ゆう(動詞)/と/くん; 「はるとくん」 → はる/とく/ん (the honorific is not even a token);
// 先生 is 名詞,一般, not a name suffix. The range covers the name only, never the honorific.
import type { MorphToken } from '../../engine/morphology';
import type { Post } from '../../engine/document';
import { atMost } from '../policy/util';
import type { Rule, RuleContext } from '../../engine/rule';
import type { Severity } from '../../engine/types';
import { isAllowed } from './allowlist';
import { allowFix, CLAUSE_PERSONAL, replaceFix } from './common';

const HONORIFIC = /くん|ちゃん|さん|さま|様|先生|せんせい|氏|君|殿/g;
const CHILD_HONORIFIC = new Set(['くん', 'ちゃん', '君']);
/** Hiragana that may follow an honorific (particles); anything else means the "honorific" is part of a word (さんぽ). */
const AFTER_HONORIFIC_OK = /^(?:$|[^\u3041-\u3096]|[がはのともにへをやでよねかな]|たち|だ|です|ら|ご\p{Script=Han})/u;

/** Public offices: a name with one of these titles is a public figure (reported as info). */
const OFFICE_TITLE = /(?:副?市長|副?町長|副?村長|区長|副?知事|副?議長|市議会議員|県議会議員|議員|市議|県議|教育長|大臣|総理大臣|首相|長官|官房長官)/;
/** Authors and artists: a name with these around it is a public figure, not personal data. */
const AUTHOR_BEFORE = /(?:作家|作者|絵本作家|詩人|画家|原作|作[：:]|著[：:]|文[：:]|絵[：:]|作曲家|選手|監督)[\s\u3000のは・]*$/;
const AUTHOR_AFTER = /^(?:さん)?(?:の|・)?(?:作品|絵本|童話|詩|作|著|展|記念館|美術館|生誕|原作|文学|小説|名言|作詞|作曲)/;
/** Words that mark the name of a child, parent or staff member. */
const PERSON_CONTEXT = /(?:保護者|園児|児童|生徒|担当|担任|保育士|職員|栄養士|看護師|調理員|園長|副園長|主任|組|年長|年中|年少|クラス|ママ|パパ|母|父|祖母|祖父|息子|娘|長男|長女|次男|次女|お子さん|利用者|参加者|の子)[\s\u3000のは・：:]*$/;
/** After a surname: a private home (田中宅, 佐々木方). */
const HOME_AFTER = /^(?:宅|方|様方|さん宅|家の|邸)/;
/** A phone number next to a surname ties the two: 070-1111-2222 の木村. */
const PHONE_NEAR = /(?<![0-9０-９])[0０][0-9０-９]{1,4}[-‐－ー ]?[0-9０-９]{1,4}[-‐－ー ]?[0-9０-９]{3,4}(?![0-9０-９])/;
const AGE_AFTER = /^[\s\u3000]*(?:[（(][\s\u3000]*[0-9０-９]{1,2}[\s\u3000]*(?:歳|才|か月|ヶ月)[児]?[\s\u3000]*[）)]|[・、]?[0-9０-９]{1,2}(?:歳|才))/;

/** Words written with an honorific that are not names (animals, jobs, family, characters, greetings). */
const NOT_NAMES = new Set(
  `みな みんな みなみな おかあ おとう おばあ おじい おねえ おにい おば おじ あか おこ おきゃく おともだち ともだち こども おこさま
  くま うさぎ ぞう きりん ねこ いぬ わん にゃん ぶた こぶた かえる ひよこ りす さる ぱんだ かめ あひる ことり とり きつね たぬき
  さかな かに たこ いか ちょうちょ あり かたつむり だんごむし てんとうむし ぺんぎん らいおん ごりら しろくま やぎ ひつじ うし うま
  ねずみ もぐら へび とら しまうま かば わに おおかみ こあら らっこ いるか くじら ふくろう からす すずめ はと つばめ
  はち せみ とんぼ ばった かぶとむし くわがた めだか きんぎょ ざりがに おたまじゃくし ネズミ トラ シマウマ ワニ オオカミ
  にわとり こいぬ こねこ おに ゆきだるま だるま かかし かみ ほとけ えんちょう ほいくし かんごし せんせい ちょうりし しょうぼうし けいさつ
  だいく うんてんし ひ ほし つき おひ おほし おつき おまわり おいしゃ おばけ おつかれ ごちそう おかげ おう おうじ おひめ ひめ
  おそら おはな おにく おやさい やさい おいも いも たいよう おてんと おてんとう じぞう おじぞう ようせい てんし おやま
  ママ パパ サンタ トナカイ アンパンマン バイキンマン ドキンちゃん ドラえもん ピカチュウ ミッキー ミニー キティ プリキュア
  ワン ニャン コック パイロット ロボット プリンセス ヒーロー スタッフ ボランティア ゲスト シェフ ドクター ナース コーチ リーダー
  メンバー ファン パート バイト ドライバー クマ ネコ イヌ ウサギ パンダ ライオン ペンギン キリン ゾウ ゴリラ カエル ヒヨコ サル
  リス カメ ブタ コアラ オバケ オニ ウルトラマン アンパン カバ ワニ ヒツジ ヤギ ウシ ウマ トリ ネズミ カッパ ムーミン
  くん ちゃん さん さま せんせい 君 氏 先生 赤 姉 兄 母 父 婆 爺 祖母 祖父 孫 猫 犬 子 娘 坊 嬢 王子 姫 鬼 赤鬼 青鬼 叔母 叔父 伯母 伯父 弟 妹 息子 友 諸 皆 神 仏 王 様 殿
  お客 客 患者 先輩 後輩 新入生 新人 職人 大工 農家 漁師 駅員 医者 歯医者 看護師 保健師 保育士 栄養士 警察官 消防士 運転手 郵便屋 八百屋
  魚屋 本屋 花屋 肉屋 床屋 パン屋 熊 兎 象 亀 蛙 狐 狸 猿 鳥 雛 魚 蟹 蛸 鯛`
    .split(/\s+/)
    .filter(Boolean),
);

const PARTICLE_CHARS = 'のとやはがもにをへで';
const isHiragana = (c: string | undefined) => !!c && /[\u3041-\u3096ー]/.test(c) && c !== 'ー';
const isKatakana = (c: string | undefined) => !!c && /[\u30A1-\u30FAー]/.test(c);
const isKanji = (c: string | undefined) => !!c && /[\p{Script=Han}々〆ヶ]/u.test(c);
const isNameToken = (t: MorphToken | undefined) => !!t && t.pos[1] === '固有名詞' && t.pos[2] === '人名';
/** Right after these, IPADIC's place names are surnames too (担当の藤田 → 藤田 名詞,固有名詞,地域). */
const STAFF_CONTEXT = /(?:担当|担任|保護者|保育士|職員|看護師|栄養士|調理員|園長|副園長|主任)(?:の|は|：|:|\s|\u3000)?$/;

interface Tokens {
  list: MorphToken[];
  endingAt: Map<number, MorphToken>;
  startingAt: Map<number, MorphToken>;
}

function indexTokens(list: MorphToken[]): Tokens {
  const endingAt = new Map<number, MorphToken>();
  const startingAt = new Map<number, MorphToken>();
  for (const t of list) {
    endingAt.set(t.start + t.surface.length, t);
    startingAt.set(t.start, t);
  }
  return { list, endingAt, startingAt };
}

/** Start of the run of 人名 tokens ending exactly at `end`, or -1. */
function nameTokensEndingAt(tokens: Tokens, end: number): number {
  let t = tokens.endingAt.get(end);
  if (!isNameToken(t)) return -1;
  let start = t!.start;
  while ((t = tokens.endingAt.get(start)) && isNameToken(t)) start = t.start;
  return start;
}

/**
 * Where a kana or kanji name ending at `end` starts, or -1: the run of one script before `end`, minus a leading
 * particle (ひまわり組「の」ゆうと) and anything up to a particle inside it (きょう「は」ゆうと).
 */
function kanaNameStart(text: string, tokens: Tokens, end: number, lowerBound: number, allowKanji: boolean): number {
  const last = text[end - 1];
  const same = isHiragana(last) ? isHiragana : isKatakana(last) ? isKatakana : allowKanji && isKanji(last) ? isKanji : undefined;
  if (!same) return -1;
  let start = end;
  while (start > lowerBound && same(text[start - 1])) start--;
  if (same === isHiragana) {
    const before = text[start - 1];
    // A particle right after a kanji/katakana word or a previous honorific: 組「の」ゆうと, ちゃん「と」はると.
    const afterWord = isKanji(before) || isKatakana(before) || /[0-9０-９）)]/.test(before ?? '') || (start === lowerBound && lowerBound > 0);
    if (PARTICLE_CHARS.includes(text[start]) && end - start - 1 >= 2 && afterWord) start++;
    // kuromoji cannot segment long hiragana runs (「きょうはゆうま」 comes back as き/ょうはゆうま…), so a run
    // longer than a name is cut after its last particle that leaves a 2–5 character name: きょう「は」ゆうま.
    if (end - start > 5) {
      let cut = -1;
      for (let p = end - 3; p >= start && end - p - 1 <= 5; p--) {
        if (PARTICLE_CHARS.includes(text[p])) {
          cut = p + 1;
          break;
        }
      }
      if (cut < 0) return -1;
      start = cut;
    }
  }
  void tokens;
  const len = end - start;
  if (len < (same === isKanji ? 1 : 2) || len > (same === isKanji ? 4 : 6)) return -1;
  return start;
}

/** Hiragana/katakana/kanji candidates that are common nouns (くまさん, ライオンさん, パンやさん, おほしさま). */
function isCommonNoun(name: string, post: Post, start: number, tokens: Tokens, morph: { tokenize(t: string): MorphToken[] }): boolean {
  if (NOT_NAMES.has(name)) return true;
  if (/^[おご]/.test(name) && NOT_NAMES.has(name.slice(1))) return true;
  // 〇〇やさん: a shop (はなやさん, おもちゃやさん).
  if (/[やヤ屋]$/.test(name) && name.length >= 3) return true;
  const single = tokens.startingAt.get(start);
  const exact = single && single.surface === name ? single : undefined;
  // A katakana word in the dictionary (not a name) is a common noun: コックさん, ペンギンさん.
  if (isKatakana(name[0]) && exact && exact.reading !== undefined && !isNameToken(exact) && exact.pos[0] === '名詞') return true;
  // お + a dictionary noun: おほしさま, おつきさま, おまわりさん.
  if (/^[おご][\u3041-\u3096]{1,4}$/.test(name)) {
    const rest = morph.tokenize(name.slice(1));
    if (rest.length === 1 && rest[0].pos[0] === '名詞' && rest[0].reading !== undefined && !isNameToken(rest[0])) return true;
  }
  void post;
  return false;
}

interface Candidate {
  start: number;
  end: number;
  severity: Severity;
  kind: 'child' | 'adult' | 'person' | 'office';
}

export const person: Rule = {
  id: 'pii/person',
  description: '子ども・保護者・職員などの人名が書かれていないか（公職者は情報として示す）',
  clause: CLAUSE_PERSONAL,
  defaultSeverity: 'warning',
  needsMorphology: true,
  check(ctx) {
    const morph = ctx.services.morphology;
    if (!morph) return;
    for (const post of ctx.doc.posts) checkPost(ctx, post, morph);
  },
};

function checkPost(ctx: RuleContext, post: Post, morph: { tokenize(t: string): MorphToken[] }): void {
  const text = post.text;
  const tokens = indexTokens(morph.tokenize(text));
  const found: Candidate[] = [];
  const add = (c: Candidate) => {
    const name = text.slice(c.start, c.end);
    if (isAllowed('names', name, ctx.config.allow.names)) return;
    const before = text.slice(Math.max(0, c.start - 12), c.start);
    const after = text.slice(c.end, c.end + 12);
    if (AUTHOR_BEFORE.test(before) || AUTHOR_AFTER.test(after)) return;
    if (OFFICE_TITLE.test(before.slice(-6)) || new RegExp(`^(?:${OFFICE_TITLE.source})`).test(after)) {
      c.severity = 'info';
      c.kind = 'office';
    }
    found.push(c);
  };

  // 1. A name before an honorific.
  let lowerBound = 0;
  for (const m of text.matchAll(HONORIFIC)) {
    const h = m.index!;
    const he = h + m[0].length;
    const bound = lowerBound;
    lowerBound = he;
    if (!AFTER_HONORIFIC_OK.test(text.slice(he, he + 2))) continue;
    // The honorific is inside a longer word (たくさん, おじさん, ちゃんと): not an honorific.
    // Only a dictionary word of content (たくさん 名詞/副詞, おじさん) counts: kuromoji invents verbs across
    // hiragana names (ひな/たくん), and those must not hide the honorific.
    const covering = tokens.list.find((t) => t.start < he && t.start + t.surface.length > h && t.surface.length > m[0].length && t.pos[1] !== '接尾');
    if (covering && (covering.start < h || covering.start + covering.surface.length > he)) {
      const content = covering.reading !== undefined && /^(?:名詞|副詞|形容詞|連体詞|感動詞)$/.test(covering.pos[0]);
      const crossesIn = content && covering.start < h && covering.start + covering.surface.length >= he;
      // ちゃんと・くんと after a name is the honorific and a particle, not the adverb ちゃんと.
      const startsLonger = covering.start === h && covering.start + covering.surface.length > he && !/^[とはがもの]$/.test(covering.surface.slice(m[0].length));
      if (crossesIn || startsLonger) continue;
    }
    const child = CHILD_HONORIFIC.has(m[0]);
    let start = nameTokensEndingAt(tokens, h);
    // 陽翔くん → 陽(名詞)/翔(人名), 大翔くん → 大(接頭詞)/翔(人名): before a child's honorific, the whole run of
    // kanji (up to 3) that ends in a name token is the name.
    if (start >= 0 && child) {
      let runStart = start;
      while (runStart > bound && isKanji(text[runStart - 1])) runStart--;
      if (runStart < start && h - runStart <= 3 && !NOT_NAMES.has(text.slice(runStart, start))) start = runStart;
    }
    if (start < 0) {
      start = kanaNameStart(text, tokens, h, bound, child);
      if (start < 0) continue;
      // A surname before a kana given name: 田中ゆうとくん.
      const surname = nameTokensEndingAt(tokens, start);
      const name = text.slice(start, h);
      if (isCommonNoun(name, post, start, tokens, morph)) continue;
      if (surname >= 0) start = surname;
    } else if (NOT_NAMES.has(text.slice(start, h))) continue;
    if (start < bound) continue;
    const age = AGE_AFTER.test(text.slice(he, he + 10));
    add({ start, end: h, severity: ctx.severity, kind: child || age ? 'child' : 'adult' });
  }

  // 2. kuromoji names without an honorific: with a person context before, an age after, or a full name (姓+名).
  for (let i = 0; i < tokens.list.length; i++) {
    const t = tokens.list[i];
    if (!isNameToken(t)) continue;
    let j = i;
    while (j + 1 < tokens.list.length && isNameToken(tokens.list[j + 1]) && tokens.list[j + 1].start === tokens.list[j].start + tokens.list[j].surface.length) j++;
    const start = t.start;
    const end = tokens.list[j].start + tokens.list[j].surface.length;
    const fullName = j > i && t.pos[3] === '姓' && tokens.list[j].pos[3] === '名';
    i = j;
    if (found.some((c) => c.start <= start && end <= c.end + 4 && c.end >= start)) continue;
    const name = text.slice(start, end);
    if (NOT_NAMES.has(name)) continue;
    // A katakana "name" inside a longer katakana word (マイ|ナンバー) is not one.
    if (isKatakana(name[0]) && (isKatakana(text[end]) || isKatakana(text[start - 1]))) continue;
    const before = text.slice(Math.max(0, start - 8), start);
    const after = text.slice(end, end + 10);
    const age = AGE_AFTER.test(after);
    const context = PERSON_CONTEXT.test(before) || HOME_AFTER.test(after) || PHONE_NEAR.test(text.slice(Math.max(0, start - 18), start)) || PHONE_NEAR.test(text.slice(end, end + 18));
    const office = OFFICE_TITLE.test(before.slice(-6)) || new RegExp(`^(?:${OFFICE_TITLE.source})`).test(after);
    if (!(fullName || age || context || office)) continue;
    add({ start, end, severity: ctx.severity, kind: age || /(?:園児|児童|生徒|組|年長|年中|年少|息子|娘|長男|長女|次男|次女|お子さん)/.test(before) ? 'child' : 'person' });
  }

  // 2b. A kanji proper noun that IPADIC files as a place, right after a staff or parent word: 担当の藤田まで.
  for (const t of tokens.list) {
    if (t.pos[1] !== '固有名詞' || t.pos[2] !== '地域' || !isKanji(t.surface[0])) continue;
    const end = t.start + t.surface.length;
    if (!STAFF_CONTEXT.test(text.slice(Math.max(0, t.start - 6), t.start))) continue;
    if (!/^(?:$|[がはのともにへをやでよりまからです、。！!（(\s])/.test(text.slice(end, end + 1))) continue;
    if (found.some((c) => c.start < end && t.start < c.end)) continue;
    add({ start: t.start, end, severity: ctx.severity, kind: 'adult' });
  }

  // 3. A kana or kanji name right before an age: ゆうと（5歳）.
  for (const m of text.matchAll(/[（(][\s\u3000]*[0-9０-９]{1,2}[\s\u3000]*(?:歳|才)/g)) {
    const at = m.index!;
    if (found.some((c) => c.end === at || (c.end < at && at - c.end <= 4 && /^(?:くん|ちゃん|さん|君)$/.test(text.slice(c.end, at))))) continue;
    let start = nameTokensEndingAt(tokens, at);
    if (start < 0) {
      start = kanaNameStart(text, tokens, at, 0, true);
      if (start < 0 || isCommonNoun(text.slice(start, at), post, start, tokens, morph)) continue;
      // The kanji run must not be an ordinary word (子ども, 長男): only a single unknown or name-like token counts.
      if (isKanji(text[start])) {
        const tok = tokens.startingAt.get(start);
        if (tok && tok.surface === text.slice(start, at) && tok.reading !== undefined && !isNameToken(tok)) continue;
      }
    }
    add({ start, end: at, severity: ctx.severity, kind: 'child' });
  }

  // Overlaps: keep the stronger (warning over info), then the longer.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of found) {
    const prev = kept[kept.length - 1];
    if (prev && c.start < prev.end) {
      if (prev.severity === 'info' && c.severity !== 'info') kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
  }
  for (const c of kept) report(ctx, post, c);
}

const MESSAGES: Record<Candidate['kind'], string> = {
  child: '子どもの名前と思われる人名が書かれています。本人が特定されないよう「Aくん」「お子さん」などに置き換えてください',
  adult: '人名（保護者・職員など）が書かれています。本人の同意がなければ「Aさん」「担当者」などに置き換えてください',
  person: '人名が書かれています。個人が特定されないよう「Aさん」などに置き換えてください',
  office: '公職者の氏名です。肩書きとともに公表されている氏名であれば問題ありません（チームの許可リストに追加できます）',
};

function report(ctx: RuleContext, post: Post, c: Candidate): void {
  const name = post.text.slice(c.start, c.end);
  const fixes = [replaceFix(post, c.start, c.end, 'A', '名前を「A」に置き換える', c.kind !== 'office')];
  if (c.kind !== 'child') fixes.push({ ...allowFix('names', name, 'この名前をチームの許可リストに追加する（公表済みの氏名）'), isPreferred: c.kind === 'office' });
  ctx.report({ message: MESSAGES[c.kind], range: post.toDocumentRange(c.start, c.end), severity: c.kind === 'office' ? 'info' : c.kind === 'child' ? c.severity : atMost(c.severity, 'warning'), fixes });
}
