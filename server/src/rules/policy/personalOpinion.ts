// policy/personal-opinion: posts based on the writer's (or a third party's) personal views (上尾 5(2)ク).
//
// A detector over the sentence, not a phrase list: each sentence's own words (quotations excluded) are searched for
// word classes kept as data (lexicon/opinion.json) — stance markers (正直・本音・中の人のつぶやき), agreement (同感・その通り),
// fixed view predicates (言わざるを得ない・としか思えない), evaluative words (おかしい・改悪・甘い), a thinking verb used as a
// view (…と思います, not …したいと思います or …と思ったら), first-person pronouns, judged targets (制度・国・市) and
// rhetorical questions. The office's own voice (市では…と考えています) is not a personal view. Quoted words are the
// speaker's, not the writer's, unless an unnamed voice judges the city (「…は最悪」という評判).
import { discriminationIn, generalisesGroup } from './discrimination';
import type { Post } from '../../engine/document';
import type { MorphToken } from '../../engine/morphology';
import type { Sentence } from '../../engine/postAnalysis';
import type { Rule, RuleContext } from '../../engine/rule';
import LEX from './lexicon/opinion.json';
import { analysis, cueOf, excerpt, ownTokens, spanOf, type Cue } from './nlp/common';
import { classNames, find, lexicon, negationAt, type Lexicon } from './nlp/lexicon';
import { businessEndorsed } from './nlp/endorsement';
import { cueList, modelVerdict } from './nlp/model';
import { atMost } from './util';

type Word = keyof typeof LEX;
const className = classNames<Exclude<Word, '$comment'>>('opinion');
function lex(ctx: RuleContext, name: Exclude<Word, '$comment'>): Lexicon {
  return lexicon(ctx.services.morphology!, className(name), LEX[name]);
}

const NOT_EVALUATIVE_AFTER = new Set(LEX.notEvaluativeAfter);
const STRONG_EVALUATIVE = new Set(LEX.strongEvaluative);

/** 「…と思います」 as a view: a quotative と／って before the verb, not a wish (したいと思う), a hope (いただければと思う),
 * a condition (…と思ったら) or a relative clause (…と思う方). */
function thinkingAsView(tokens: MorphToken[], k: number): boolean {
  // …と私は思う: the quotative particle may stand before a pronoun and は／も.
  let q = k - 1;
  while (q > k - 4 && q > 0 && (tokens[q].pos[1] === '代名詞' || tokens[q].pos[1] === '係助詞' || tokens[q].basic === '自分')) q--;
  const prev = tokens[q];
  if (!prev || !(prev.surface === 'と' || prev.surface === 'って') || prev.pos[0] !== '助詞') return false;
  const before = tokens[q - 1];
  // 皆さんと考えました: と after a plain noun is「…と一緒に」, not a quotation.
  if (!before || !(/動詞|形容詞|助動詞|記号/.test(before.pos[0]) || before.pos[1] === '終助詞' || before.pos[1] === '形容動詞語幹')) return false;
  if (before && (['たい', 'う', 'よう', 'まい'].includes(before.basic) && before.pos[0] === '助動詞')) return false;
  if (before && (before.surface === 'ば' || before.surface === 'たら' || before.basic === 'か')) return false;
  // 議会も通ると思います, 秋ごろに方向性が出ると思います: a forecast of how a plan will go (policy/undecided's), no view.
  if (before.pos[0] === '動詞' && FORECAST_VERBS.has(before.basic)) return false;
  // ドキドキの毎日だと思うけど、困ったら相談してね: a guess at the reader's feelings before advice to them.
  const next = tokens.slice(k + 1, k + 3).map((t) => t.surface).join('');
  if (/^(?:う|い|います|いますが)?(?:けど|が|けれど)/.test(next) && tokens.slice(k + 2).some((t, n, rest) => t.surface === 'て' && /^(?:ね|ください|くださる|みて)$/.test(rest[n + 1]?.surface ?? ''))) return false;
  for (let n = k + 1; n < Math.min(tokens.length, k + 4); n++) {
    const t = tokens[n];
    if (['たら', 'ば', 'なら', 'ながら'].includes(t.surface) || (t.surface === 'て' && tokens[n + 1]?.basic === 'くださる')) return false;
    if (t.pos[0] === '名詞' && !['こと', 'の', 'ん'].includes(t.basic) && t.pos[1] !== '非自立') return false;
    if (t.surface === 'か' && t.pos[0] === '助詞') return false;
    if (t.pos[0] !== '助動詞' && t.pos[0] !== '助詞' && t.pos[0] !== '動詞') break;
  }
  return true;
}

/** An evaluative word used as a condition (体調がおかしいときは) or a set phrase (残念ながら) is not an evaluation. */
function conditional(tokens: MorphToken[], j: number): boolean {
  const after = NOT_EVALUATIVE_AFTER;
  if (tokens.slice(j, j + 2).some((t) => after.has(t.surface))) return true;
  // がっかりされている方へ: an honorific passive tells someone else's feeling, not the writer's.
  if (tokens[j]?.basic === 'する' && tokens[j + 1]?.basic === 'れる') return true;
  // 目やのどに異常を感じたら…, 体調がおかしい場合は: the word sits in a condition a few words on.
  for (let k = j; k < Math.min(tokens.length, j + 4); k++) {
    const t = tokens[k];
    if (t.surface === 'たら' || (t.pos[1] === '接続助詞' && t.surface === 'ば') || (t.pos[0] === '名詞' && /^(?:場合|とき|時|際)$/.test(t.surface))) return true;
    if (t.pos[0] === '記号') break;
  }
  return false;
}

/**
 * An evaluative word that only describes: …かはまだわからない (not yet known), 正しいURL / 不適切な保育 (a name for a thing,
 * as in a correction or a training's title), 予算が足りないので (a reason stated as fact).
 */
function descriptive(tokens: MorphToken[], h: { i: number; j: number; entry: { text: string } }): boolean {
  const w = h.entry.text;
  // 楽しんでいただけてよかったです, 喜んでもらえてよかった: glad for others, the office's thanks.
  if (w === 'よかった' && tokens[h.i - 1]?.surface === 'て' && /^(?:いただける|もらえる|くれる|頂ける)$/.test(tokens[h.i - 2]?.basic ?? '')) return true;
  if (w === 'わからない') return tokens[h.i - 1]?.basic === 'か' || (tokens[h.i - 1]?.surface === 'どうか' && tokens[h.i - 2]?.basic === 'か') || (tokens[h.i - 1]?.basic === 'まだ' && /^[かは]$/.test(tokens[h.i - 2]?.basic ?? ''));
  if (w === '正しい' || w === '不適切') {
    const n = tokens[h.j]?.basic === 'だ' && tokens[h.j]?.surface === 'な' ? h.j + 1 : h.j;
    return tokens[n]?.pos[0] === '名詞';
  }
  // 極端な暑さ, 極端に少ない: describing a thing; ナシ狩り, 梨（ナシ）: the fruit. As a predicate (極端では？, ナシでしょ) a verdict.
  if (w === '極端' || w === 'ナシ') return !/^(?:では|です|だ|でしょ|じゃ|すぎ|過ぎ|[！!…]|$)/.test(tokens.slice(h.j, h.j + 2).map((t) => t.surface).join(''));
  // 今夜遅くまで, 朝早くから, 遅くとも: a time of day, not a verdict on anyone's speed.
  if (w === '遅い' || w === '早い') return /^(?:まで|から|とも)$/.test(tokens[h.j]?.surface ?? '') || TIME_OF_DAY.test(tokens[h.i - 1]?.surface ?? '');
  // URLが間違っていました: a thing written wrong, told in a correction, is a fact.
  if (w === '間違う' || w === '間違い') return tokens.slice(Math.max(0, h.i - 3), h.i).some((t) => WRITTEN_THING.test(t.surface));
  // 点数が基準に2点足りず: a score short of a line is a fact of the count.
  // 天気がイマイチなので: a reason for what the office does, not a verdict.
  if (w === 'イマイチ' || w === 'いまいち') return /^(?:な|ので|ため)$/.test(tokens[h.j]?.surface ?? '') && /^(?:ので|ため)$/.test(tokens[h.j + 1]?.surface ?? tokens[h.j]?.surface ?? '');
  if (w === '足りない') return tokens[h.j]?.surface === 'ので' || tokens[h.j]?.surface === 'ため' || tokens.slice(Math.max(0, h.i - 3), h.i).some((t) => SHORT_OF.test(t.surface));
  return false;
}

const TIME_OF_DAY = /^(?:夜|今夜|朝|今朝|夕方|深夜|明日|今日|当日|毎晩|毎朝)$/;
/** Things written in a post that a correction says were wrong (URL, 日付, 記載). */
const WRITTEN_THING = /^(?:URL|リンク|日付|日時|時間|時刻|曜日|記載|表記|番号|住所|金額|場所|会場|名前|電話番号|アドレス)$/;
/** What a count falls short of (点数, 2点, 単位, 書類): 足りない after it is a fact. */
const SHORT_OF = /^(?:点|点数|ポイント|単位|書類)$/;

/** 個人的なお悩み, 個人的な事情: 個人的 describing the reader's matter, not announcing the writer's view. */
const OWN_VIEW_NOUNS = /意見|感想|考え|見解|印象|好み|思い|見方/;
function personalMatter(tokens: MorphToken[], j: number): boolean {
  const n = tokens[j + 1]?.pos[0] === '接頭詞' ? j + 2 : j + 1;
  return tokens[j]?.surface === 'な' && tokens[n]?.pos[0] === '名詞' && !OWN_VIEW_NOUNS.test(tokens[n].surface + (tokens[n + 1]?.surface ?? ''));
}

const SOURCE_LINE = /(?:^|\n)[ \t\u3000]*(?:[【［[](?:出典|引用元|出所)[】］\]]|(?:出典|引用元|出所)[ \t\u3000]*[:：])[ \t\u3000]*\S/;

/** The office speaking as itself (市では, 当課では); お隣の市は is another city, no voice of the office. */
function officeVoice(ctx: RuleContext, post: Post, own: MorphToken[]): boolean {
  return find(own, lex(ctx, 'officeSubjects')).some((h) => !OTHER_BODY_BEFORE.test(post.text.slice(Math.max(0, h.start - 4), h.start)));
}
/** Verbs of how a plan will go, before と思う: a forecast (通る, 実現する, 決まる, 出る, できる). */
const FORECAST_VERBS = new Set(['通る', '実現', '決まる', '出る', 'できる', '始まる', '発表', '公表', '成立', '可決', '間に合う']);
/** 通るといいな, 実現するといいですね: a hope for how a plan goes (policy/undecided's), as 通ると思います is. */
const HOPE_FOR_PLAN = /(?:通る|通れば|実現する|決まる|成立する|可決される|間に合う)(?:と|ば)いい(?:な|ですね|なあ|なぁ)/;
/** Before 市は: a city that is not ours (お隣の市, 他の市, よその市). */
const OTHER_BODY_BEFORE = /(?:隣|他|よそ|ほか|近隣|近く|別)の$/;
/** A sentence ending that asks the reader to agree (…ですよね, …だよね, …よな). */
const SEEKS_AGREEMENT = /(?:よね|よな)[ー〜～]*[。！!？?…\s\p{Extended_Pictographic}]*$/u;
/** After a rhetorical question's words, only its question ending (…ありますかね…, …でしょうね？, …んだか。). */
const RHETORICAL_TAIL = /^(?:ます|ません|の|ん|んです|のでしょう|んでしょう|でしょう|です)?(?:か|かね|かな|かなあ|かなぁ|かしら|ね)?[ー〜～]*(?:[？?…。\s\uFE0F]|\p{Extended_Pictographic})*$/u;
/** Help offered to the reader after a sentence (…に来てください, ご相談ください, お気軽に, お待ちしています). */
const HELP_OFFERED = /(?:来て|ご相談|相談して|頼って|ご利用)(?:ください|くださいね|ね)|お気軽に|お待ちしています/;
/** A sentence ending in casual talk (…よなあ, …わ〜, …やん, …もうた, …けどな, …でしょ, …っしょ, 古すぎ; not でしょう or でしょ？), emoji and marks after it aside: group 1. */
const CASUAL_END = /((?:よ|だ|の|ん|けど|かな|たい)?(?:なぁ|なあ)|(?:や|だ|た|る|い)わ|やん|じゃん|もうた|けどな|んだよな|っしょ|でしょ|(?<=[\p{Script=Han}\p{Script=Hiragana}])(?:すぎ|過ぎ)(?:ます)?)[ー〜～]*(?:[！!…。\s\uFE0F]|\p{Extended_Pictographic})*$/u;
/** A survey or a consultation named before the voices quoted (保護者アンケートでは, 意見募集で, パブリックコメントでは). */
const SURVEY_BEFORE = /(?:アンケート|調査|意見募集|パブリックコメント|パブコメ|ヒアリング|意見交換会|説明会)(?:では|で|の結果|には|に)/;
/** A bracket right after a first person that names a mascot or character (（子育てねっとキャラ）, （マスコット）). */
const MASCOT_AFTER = /^[（(][^（）()\n]{0,16}(?:キャラ|マスコット|ゆるキャラ)[^（）()\n]{0,6}[）)]/;
/** Ends as a question, hashtags and emoji after the question mark aside. */
const QUESTION_END = /[？?🤔](?:[\s\p{Extended_Pictographic}\uFE0F]|#\S+)*$/u;

/** Nothing but auxiliaries, particles, symbols and helper words after token j (泣けてきます, 絶品でした, 頼もしい限りです). */
function endsSentence(tokens: MorphToken[], j: number): boolean {
  for (let k = j; k < tokens.length; k++) {
    const t = tokens[k];
    if (/助動詞|助詞|記号|フィラー|感動詞/.test(t.pos[0]) || t.pos[1] === '非自立' || t.pos[1] === '接尾' || /^(?:限り|もの|くる|しまう|ちゃう|なる)$/.test(t.basic)) continue;
    if (t.surface.trim() === '' || /^\p{Extended_Pictographic}|^[ー〜～…w笑]+$/u.test(t.surface)) continue;
    return false;
  }
  return true;
}
/** Someone's words quoted or reported (「…」, いわく, とのこと, と話して): what a reaction answers. */
const REPORTED = /[「『]|いわく|曰く|とのこと|と(?:話|言|おっしゃ|書)/;
/** Thanks, an invitation or advice in the sentence: the office's warmth, not a verdict (ぜひ来てくださいね). */
const FEELING_QUIET = /ありがと|ください|ぜひ|お待ち|しましょう|ませんか|[？?]/;
/** A quotation in brackets, taken out where only the post's own words count. */
const QUOTED_SPAN = /「[^「」\n]*」|『[^『』\n]*』/g;
/** Someone else named as the one who feels it (子どもたちも感動していました): a report. */
function othersFeel(tokens: MorphToken[], i: number): boolean {
  return tokens.slice(0, i).some((t, k) => OTHERS.test(t.surface) && /^(?:は|も|が)$/.test(tokens[k + 1]?.surface ?? '') );
}
const LIST_ITEM = /^\s*(?:[①-⑳]|[・\-*]\s|[0-9０-９]+[.)）．])/;
/** A thought as a condition or a comparison (おかしいなと思ったら, 大人が思うより): no view of the writer's. */
const THINK_AS_CONDITION = /(?:思|感じ|考え)(?:ったら|たら|えば|れば|うより|るより|ったより|たより|った以上|た以上)/;
/** 過去最高, 史上最高: a record, not a feeling. */
const RECORD_BEFORE = /(?:過去|史上|自己|歴代|観測史上)$/;
const OTHERS = /^(?:子どもたち|子供たち|子ども達|みんな|皆さん|皆さま|参加者|保護者|お子さん|園児|児童|生徒|来場者|利用者|お客さま|親御さん)$/;

interface Verdict {
  cues: Cue[];
  why: string;
  strong: boolean;
  /** The writer's own voice is in the words (正直, 私は, 思います, 同感, …べき): not only an evaluative word. */
  voiced?: boolean;
}

function judgeSentence(ctx: RuleContext, post: Post, s: Sentence, own: MorphToken[]): Verdict | undefined {
  const hits = (name: Exclude<Word, '$comment'>) => find(own, lex(ctx, name));
  // ぼく（子育てねっとキャラ）は…: a mascot speaking, named so in brackets right after, is no member of staff.
  const mascotSpeaking = (h: { end: number }) => MASCOT_AFTER.test(post.text.slice(h.end, h.end + 24));
  // 子育て中の人 is people raising children, not the account's 中の人.
  const stance = hits('stance')
    .filter((h) => !(h.entry.text === '中の人' && own[h.i - 1]?.pos[0] === '名詞') && !(h.entry.text === '個人的' && personalMatter(own, h.j)))
    // 自立した個人として: a person described (a law's words), not the writer speaking as one.
    .filter((h) => !(h.entry.text === '個人として' && /^(?:動詞|助動詞|形容詞)$/.test(own[h.i - 1]?.pos[0] ?? '')))
    .filter((h) => !mascotSpeaking(h))
    .map((h) => cueOf(post, h));
  // …よかったのでは(小声), …嬉しいな〜（願望）: an aside in brackets marks the words before it as the writer's own.
  for (const h of hits('asides')) if (/^[（(]$/.test(own[h.i - 1]?.surface ?? '') && /^[）)]$/.test(own[h.j]?.surface ?? '')) stance.push(cueOf(post, h));
  // 正直に申し上げます (an apology), 正直にお答えください: no view of the writer's.
  const candour = hits('candour').filter((h) => !(own[h.j]?.surface === 'に' && /ください|お願い|申し上げ/.test(s.text))).map((h) => cueOf(post, h));
  const agreement = hits('agreement').map((h) => cueOf(post, h));
  // テレビで見た気がします (a vague memory), と言いたいところですが (a joke's set-up): no view.
  const fixed = hits('fixedViews').filter(
    (h) =>
      !(h.entry.text === '気がする' && own[h.i - 1]?.basic === 'た') &&
      // 目やのどに違和感がある場合は: a symptom in a condition, not a view.
      !(h.entry.text === '違和感' && conditional(own, h.j)) &&
      // 予算要求しています！通るといいな: a hope for how a plan goes (policy/undecided's), as 通ると思います is.
      !(/^といいな/.test(h.entry.text) && FORECAST_VERBS.has(own[h.i - 1]?.basic ?? '')) &&
      !(/言いたい$/.test(h.entry.text) && own[h.j]?.basic === 'ところ') &&
      // ごはん派ですか？: asking the reader's taste, not stating the writer's.
      !(/^派/.test(h.entry.text) && /^(?:か|って)/.test(post.text.slice(h.end))) &&
      // 決まったわけじゃない: not that it is so (a fact corrected), not わけがない.
      !(h.entry.text === 'わけない' && /^わけ(?:じゃ|では|でも)/.test(post.text.slice(h.start, h.start + 5))) &&
      // …じゃないでしょ asks the reader; まだ確定じゃないですが (でしょ and です share a base form) only says it is not yet so.
      !(h.entry.text === 'ないでしょ' && !post.text.slice(h.start, h.end + 2).includes('でしょ')),
  );
  const fixedStrong = fixed.filter((h) => !/^べき|いいのに$/.test(h.entry.text)).map((h) => cueOf(post, h));
  const ought = fixed.filter((h) => /^べき|いいのに$/.test(h.entry.text)).map((h) => cueOf(post, h));
  const evaluative = [...hits('evaluative'), ...hits('weakAgreement')].filter((h) => !conditional(own, h.j) && !descriptive(own, h));
  const strongSet = STRONG_EVALUATIVE;
  const strongEval = evaluative.filter((h) => strongSet.has(h.entry.text)).map((h) => cueOf(post, h));
  const weakEval = evaluative.filter((h) => !strongSet.has(h.entry.text)).map((h) => cueOf(post, h));
  const firstPerson = hits('firstPerson').filter((h) => !mascotSpeaking(h)).map((h) => cueOf(post, h));
  const targets = hits('targets').map((h) => cueOf(post, h));
  const officeSubject = officeVoice(ctx, post, own);
  // 市はもっと道路整備に力を入れるべきでは: a demand on the city, not the office's voice (市では…べきと考えています is).
  const office = officeSubject && !(ought.length > 0 && !/と考え/.test(s.text));
  const think = hits('thinkVerbs')
    .filter((h) => thinkingAsView(own, h.i))
    .map((h) => cueOf(post, h));
  const demands = hits('demands').length > 0 && hits('politicalTargets').length > 0 ? hits('demands').map((h) => cueOf(post, h)) : [];

  // 本気の候補者に一票を！: a call to vote for someone, the writer's own politics.
  const election = hits('electionAppeals').map((h) => cueOf(post, h));
  const strong = [...stance, ...candour, ...agreement, ...fixedStrong, ...strongEval, ...election];
  const voiced = stance.length + candour.length + agreement.length + fixedStrong.length + ought.length + firstPerson.length + think.length > 0;
  const verdict = judgeWords();
  return verdict && { ...verdict, voiced };
  // The verdict of the word classes; whether the writer's own voice is in it is added above.
  function judgeWords(): Verdict | undefined {
    // 上尾市は「こどもまんなか」の考え方に賛同し: the city agreeing, in its own voice.
    if (strong.length > 0 && officeSubject && strong.every((c) => agreement.includes(c))) return undefined;
    if (strong.length > 0) {
      const why = election.length > 0 ? '選挙での投票を発信者として呼びかけています' : stance.length + candour.length > 0 ? '発信者自身の本音・つぶやきとして書かれています' : agreement.length > 0 ? '他者の意見への賛同を発信者として示しています' : '発信者の評価・判断を述べています';
      return { cues: [...firstPerson, ...strong, ...think, ...weakEval, ...ought], why, strong: true };
    }
    if (office) return undefined;
    // 駅前の本屋さん、品ぞろえが抜群: the writer recommends one business.
    const endorsement = businessEndorsed(ctx.services.morphology!, post, s);
    if (endorsement) return { cues: [...endorsement.businesses, ...endorsement.endorsed], why: '特定の店や事業者を発信者として推奨しています', strong: false };
    // 深くうなずきました／考えさせられます after words quoted or reported in the post: the writer sides with them.
    const reacted = hits('reactions').filter((h) => REPORTED.test(post.text.slice(0, h.start)));
    if (reacted.length > 0) return { cues: [...firstPerson, ...reacted.map((h) => cueOf(post, h))], why: '引用・伝聞した他者の言葉への賛同や共感を発信者として示しています', strong: false };
    const felt = hits('feelingPredicates').filter((h) => {
      const after = post.text.slice(h.end, h.end + 6);
      // 泣かない！ (a telling-off), 泣いていました (someone else, then), ①大好きだよ (an item of a list of phrases).
      if (negationAt(own, h.j) || /^[てで]い(?:た|まし)/.test(after) || LIST_ITEM.test(s.text) || RECORD_BEFORE.test(post.text.slice(Math.max(0, h.start - 4), h.start))) return false;
      return endsSentence(own, h.j) && !FEELING_QUIET.test(s.text) && !(othersFeel(own, h.i) && /^[てで]い/.test(after));
    });
    if (felt.length > 0) return { cues: [...firstPerson, ...felt.map((h) => cueOf(post, h))], why: '発信者自身の感情・評価を述べています', strong: false };
    const feelings = hits('personalFeelings').map((h) => cueOf(post, h));
    if (feelings.length > 0 && firstPerson.length > 0) return { cues: [...firstPerson, ...feelings], why: '「私は…」と発信者自身の好みや賛否を述べています', strong: false };
    const modifiers = [...firstPerson, ...targets];
    if (think.length > 0 && (weakEval.length > 0 || firstPerson.length > 0 || ought.length > 0 || targets.length > 0))
      return { cues: [...firstPerson, ...weakEval, ...ought, ...think], why: '発信者の考え・感想を述べています', strong: false };
    if (weakEval.length > 0 && modifiers.length > 0 && !QUESTION_END.test(s.text) ) return { cues: [...weakEval, ...firstPerson], why: '発信者の評価を述べています', strong: false };
    // 数字の出し方がずるいですよね: an evaluation put to the reader for agreement is the writer's own.
    if (weakEval.length > 0 && SEEKS_AGREEMENT.test(s.text)) return { cues: weakEval, why: '発信者の評価を読み手に同意を求める形で述べています', strong: false };
    if (demands.length > 0) return { cues: demands, why: '国や行政への要望を発信者として述べています', strong: false };
    if (ought.length > 0 && (firstPerson.length > 0 || targets.length > 0)) return { cues: [...ought, ...firstPerson], why: '発信者の主張（…べき）を述べています', strong: false };
    // 毎年変える意味、ありますかね…: a question whose answer is the writer's verdict, ending the sentence.
    const rhetorical = hits('rhetoricalQuestions').filter((h) => RHETORICAL_TAIL.test(post.text.slice(h.end, s.end)) && /[か？?]/.test(post.text.slice(h.start, s.end)));
    if (rhetorical.length > 0) return { cues: rhetorical.map((h) => cueOf(post, h)), why: '答えの決まった問いかけ（反語）の形で発信者の評価を述べています', strong: false };
    // 少子化が止まるわけないよなあ, アカンわ〜, こっちだって人間なんだけどな: a sentence ending in the writer's casual talk is
    // their own murmur, not the office's voice (no clean post of ~5,000 in the development sets ends so).
    const casual = CASUAL_END.exec(s.text);
    // (楽しかったなぁ。ありがとう！: warmth in a post that thanks or invites is the office's.)
    // (A question quoted, 「…入れますか？」って質問がきたけど, is someone else's: not the post asking.)
    if (casual && !FEELING_QUIET.test(post.text.replace(QUOTED_SPAN, ''))) return { cues: [{ text: casual[1], start: s.start + casual.index, end: s.start + casual.index + casual[1].length }], why: '発信者自身のつぶやき（くだけた話し言葉の文末）として書かれています', strong: false };
    if (QUESTION_END.test(s.text)) {
      const q = hits('questionCues').map((h) => cueOf(post, h));
      if (q.length > 0 && targets.length > 0 && (weakEval.length > 0 || own.some((t) => t.basic === 'ない' || t.basic === 'なぜ' || t.basic === 'ん')))
        return { cues: q, why: '反語・問いかけの形で施策を評価しています', strong: false };
    }
    return undefined;
  }
}

/** An unnamed third party's judgement of the city, passed on as it is: 「…は全然足りない」という評判. */
function judgeVoices(ctx: RuleContext, post: Post, s: Sentence): Verdict | undefined {
  const a = analysis(ctx, post)!;
  for (const q of s.quotes) {
    const inner = s.tokens.filter((t) => t.start > q.start && t.start < q.end - 1);
    const bad = find(inner, lex(ctx, 'complaints'));
    const tail = s.tokens.filter((t) => t.start >= q.end);
    const voice = find(tail.slice(0, 6), lex(ctx, 'quoteVoices'));
    // 保護者アンケートでは「…足りない」という声を多くいただきました: voices a survey gathered, attributed to it.
    if (SURVEY_BEFORE.test(post.text.slice(s.start, q.start))) continue;
    if (bad.length > 0 && voice.length > 0 && !a.inQuote(q.start)) return { cues: [{ text: q.inner, start: q.start, end: q.end }], why: '出所の分からない第三者の評価をそのまま伝えています', strong: false };
  }
  return undefined;
}

/**
 * Where the statistical layer stays quiet: the office's own voice (市では…と考えています), whatever the wording; a group
 * generalised or excluded (男の子なんだから…), policy/discrimination's finding, which the model's weaker evidence does not
 * repeat under another clause; a feeling only denied in an exclamation (転んでも泣かない！), a cheer or a telling-off; and a
 * thought as a condition or a comparison (おかしいなと思ったら, 大人が思うより).
 */
function modelQuiet(ctx: RuleContext, post: Post, s: Sentence): boolean {
  if (officeVoice(ctx, post, s.own) || THINK_AS_CONDITION.test(s.text) || HOPE_FOR_PLAN.test(s.text) || generalisesGroup(ctx, post, s)) return true;
  // 子育てって、楽しいことばかりじゃないですよね。しんどいときは…ひろばに来てください: the reader's day understood, then help
  // offered; the office's warmth, not a verdict.
  if (SEEKS_AGREEMENT.test(s.text) && HELP_OFFERED.test(post.text.slice(s.end))) return true;
  const felt = find(s.own, lex(ctx, 'feelingPredicates'));
  return /[!！]\s*$/.test(s.text) && felt.length > 0 && felt.every((h) => negationAt(s.own, h.j));
}

/** A sentence before the quotation that presents someone's words (…のポストを紹介します。「…」, 保護者アンケートの声より。「…」). */
const QUOTE_INTRODUCED = /(?:ポスト|投稿|声|感想|コメント|お便り|メッセージ|言葉)(?:を|の一部を)?(?:紹介|ご紹介|引用|シェア)(?:します|いたします|しました)[。！!]?\s*$|(?:声|感想|コメント|お便り)(?:より|から)[。：:]?\s*$/;

export const personalOpinion: Rule = {
  id: 'policy/personal-opinion',
  description: '発信者や第三者の個人的見解（正直・本音・…と思います・おかしい・同感 など）に基づく発信がないか',
  clause: '公式アカウントでは個人的見解を発信しないこと',
  defaultSeverity: 'warning',
  needsMorphology: true,
  check(ctx) {
    for (const post of ctx.doc.posts) {
      const a = analysis(ctx, post);
      if (!a) return;
      // A source line (出典：…) names whose words the quotations are.
      const sourced = SOURCE_LINE.test(post.text);
      for (const [i, s] of a.sentences.entries()) {
        // An aside standing after the sentence it is about ((小声) after …のでは…？) is quoted with it.
        const shown = /^[（(][^（）()]{1,8}[）)]$/.test(s.text) && i > 0 ? a.sentences[i - 1].text + s.text : s.text;
        // A quotation standing alone, or followed only by という声, with no speaker named: nobody else is answerable for it.
        // A speaker named before it (保護者は「…」) or a line introducing it (回答した中学生の声（一部）：) attributes it.
        const unattributed = sourced
          ? undefined
          : s.quotes.find(
              (q) =>
                q.start === s.start &&
                !/[はがも][^「」]*$/.test(post.text.slice(Math.max(0, s.start - 12), s.start)) &&
                !/[:：]\s*$/.test(post.text.slice(Math.max(0, s.start - 4), s.start)) &&
                !QUOTE_INTRODUCED.test(post.text.slice(Math.max(0, s.start - 30), s.start)) &&
                /^(?:[」』]?\s*(?:という|との)(?:声|意見|感想)?[^。]*)?$/.test(post.text.slice(q.end, s.end).replace(/[。！？!?]$/, '')),
            );
        const said = unattributed ? s.tokens.filter((t) => t.start > unattributed.start && t.start < unattributed.end - 1) : ownTokens(a, s);
        const v = judgeSentence(ctx, post, s, said) ?? (sourced ? undefined : judgeVoices(ctx, post, s));
        // 女の子はやっぱりおままごとが大好きですね: a group generalised with an evaluative word alone is
        // policy/discrimination's finding; a second one under this clause adds nothing unless the writer's own voice
        // is in it (正直, 私は, …と思います).
        if (v && !v.voiced && discriminationIn(ctx, post, s)) continue;
        if (!v) {
          // The statistical layer (nlp/model.ts): wording the word classes do not know, weaker evidence (at most a warning).
          const m = modelVerdict(ctx.services.morphology!, post, a, s, 'opinion', (x) => modelQuiet(ctx, post, x));
          if (m)
            ctx.report({
              message: `「${excerpt(s.text)}」は発信者の個人的見解に当たるおそれがあります（評価・感想を述べる言い回しです。統計モデルによる判定、手がかり: ${cueList(m)}）。公式アカウントでは個人の評価や感想ではなく、組織として事実と対応を書いてください（例:「市では…と考えています」「…を進めています」）。`,
              range: post.toDocumentRange(m.start, m.end),
              severity: atMost(ctx.severity, 'warning'),
            });
          continue;
        }
        const span = spanOf(v.cues);
        const words = [...new Set(v.cues.map((c) => c.text))].join('」「');
        ctx.report({
          message: `「${excerpt(shown)}」は発信者の個人的見解に当たるおそれがあります（${v.why}。手がかり:「${words}」）。公式アカウントでは個人の評価や感想ではなく、組織として事実と対応を書いてください（例:「市では…と考えています」「…を進めています」）。`,
          range: post.toDocumentRange(span.start, span.end),
          severity: v.strong ? undefined : atMost(ctx.severity, 'warning'),
        });
      }
    }
  },
};
