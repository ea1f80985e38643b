// policy/citation: quoting another source without naming it and where it is (上尾 5(1)ウ).
import type { Post } from '../../engine/document';
import type { Rule, RuleContext } from '../../engine/rule';
import { eolOf, matchesOf } from '../../engine/text';
import type { Fix } from '../../engine/types';
import type { MorphToken } from '../../engine/morphology';
import type { Sentence } from '../../engine/postAnalysis';
import LEX from './lexicon/citation.json';
import { analysis, excerpt } from './nlp/common';
import { classNames, find, lexicon, type Hit, type Lexicon } from './nlp/lexicon';
import { cueList, eachModelFinding } from './nlp/model';
import { businessEndorsed } from './nlp/endorsement';
import { atMost, mentionsOf, OWN_STAFF, urlsOf } from './util';
import { knowledgeFindings, namesOwnInternalDoc } from './secretKnowledge';
import { discriminationIn } from './discrimination';

type Lists = Omit<typeof LEX, '$comment'>;
const className = classNames<keyof Lists>('citation');
function lex(ctx: RuleContext, name: keyof Lists): Lexicon {
  return lexicon(ctx.services.morphology!, className(name), LEX[name]);
}
/** Any common form of a source line or parenthesis: 出典：…, （引用元：… URL）, ＜引用元：…＞, 【出典】, …より：, （…調べ）. */
const SOURCE_ANYWHERE = /(?:出典|引用元|出所|参照元|Source)[ \t\u3000]*[:：】\]][ \t\u3000]*\S|[」』）)]より[:：]|(?:ホームページ|公式サイト|HP)より転記/i;
/** A source in brackets: （厚生労働省調べ）, （市HPより）. */
const SOURCE_IN_BRACKETS = /[（(]([^）)\n]*)(?:調べ|集計|発表|より|に掲載|で公開)[）)]/g;

/** Weather said as a guess (晴れるみたい, 降るみたい): a forecast, not someone's words. */
const FORECAST_VERBS = new Set(['晴れる', '降る', '曇る', '冷える', '暑い', '寒い']);

/** A medium or a study named by what comes before or after it (埼玉新聞, NHKのニュース, 国立成育医療研究センター): a source. */
function namedMedium(own: MorphToken[], i: number, j: number): boolean {
  const proper = (t: MorphToken | undefined) => !!t && t.pos[0] === '名詞' && t.pos[1] === '固有名詞';
  if (proper(own[i - 1]) || (own[i - 1]?.surface === 'の' && proper(own[i - 2]) && own[i - 2].pos[2] === '組織')) return true;
  let k = j;
  while (k < own.length && own[k].pos[0] === '名詞' && own[k].pos[1] !== '数') k++;
  return k > j && NAMED_BODY_WORD.test(own[k - 1].surface);
}
const NAMED_BODY_WORD = /^(?:センター|研究所|機構|協会|学会|大学|新聞社|財団|庁|省)$/;

/** A body named in the sentence: an organisation's proper name (朝日新聞, NHK) or a public body (…庁, …省, …センター). */
function namesABody(ctx: RuleContext, own: MorphToken[]): boolean {
  return own.some((t) => t.pos[1] === '固有名詞' && t.pos[2] === '組織') || find(own, lex(ctx, 'namedSources')).length > 0 || find(own, lex(ctx, 'media')).some((h) => namedMedium(own, h.i, h.j));
}

/** 伝聞: そうです after a predicate (増えているそうです), らしい after a verb or adjective (変わるらしい; not 子どもらしい). */
function reportedForm(tokens: MorphToken[]): MorphToken | undefined {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    const predicate = /動詞|形容詞|助動詞/.test(prev.pos[0]);
    // 低いそうです: kuromoji reads そう after an adjective's plain form as a suffix; 低そう (its stem) looks, not hears.
    const hearsaySo = t.pos[1] === '特殊' || (t.pos[1] === '接尾' && prev.surface === prev.basic);
    if (t.surface === 'そう' && hearsaySo && predicate && /です|だ/.test(tokens[k + 1]?.basic ?? '')) return t;
    // 楽しいらしく、行列が…: らしく joining clauses infers from what is seen; hearsay ends its clause (らしい・らしいです).
    if (t.basic === 'らしい' && t.pos[0] === '助動詞' && predicate && t.surface !== 'らしく') return t;
    // 晴れるみたい is a forecast; 食べてないみたいで心配 joins clauses (like らしく): no one else's words.
    // 落ちてるみたい, ゆったりしているみたい: a state the writer sees now, guessed at, not heard.
    const state = prev.pos[1] === '非自立' && /^(?:いる|てる|おる)$/.test(prev.basic) && SEEN_HERE.test(tokens.map((x) => x.surface).join(''));
    if (t.basic === 'みたい' && predicate && !state && prev.basic !== 'て' && !FORECAST_VERBS.has(prev.basic) && tokens[k + 1]?.surface !== 'で') return t;
  }
  return undefined;
}

/** 「…7歳までに決まる」そうなので: the words heard are quoted, then そう (kuromoji reads it as an adverb after the bracket). */
function quotedThenHeard(s: Sentence): MorphToken | undefined {
  for (let k = 1; k < s.tokens.length - 1; k++) {
    const t = s.tokens[k];
    const next = s.tokens[k + 1];
    if (t.surface !== 'そう' || !/^[」』]$/.test(s.tokens[k - 1].surface) || !/^(?:です|だ)$/.test(next.basic)) continue;
    // The cue spans the words heard and そう(です): 「…考えている」そうです.
    const open = Math.max(s.text.lastIndexOf('「', t.start - s.start), s.text.lastIndexOf('『', t.start - s.start));
    const end = /^(?:です|だ)$/.test(next.surface) ? next.start + next.surface.length : t.start + t.surface.length;
    const start = open >= 0 ? s.start + open + 1 : t.start;
    return { ...t, start, surface: s.text.slice(start - s.start, end - s.start) };
  }
  return undefined;
}

/** What the writer sees here and now (今日のひろば, システム, サーバー, URL): a state guessed at, not heard (県内で流行っているみたい is). */
const SEEN_HERE = /今日|本日|今朝|いま|現在|ただいま|さっき|先ほど|システム|サーバー|画面|サイト|ページ|https?:|回線|ネットワーク|プリンター?|端末/;

/** What we do on an outlet of ours (Instagramでも発信中, YouTubeでも配信しています). */
const OWN_OUTLET_VERBS = new Set(['発信', '配信', '公開', '掲載', '更新', 'お知らせ']);
/** Where we or readers post to (SNSに投稿する際は): a destination, not where something was read. */
const DESTINATION_VERBS = new Set(['投稿', 'アップ', '載せる', '掲載', '転載', '上げる', '書き込む', 'アップロード', '公開']);

/**
 * A medium as the place something was read or heard (SNSで見た, 新聞に出ていた, ネットの記事), not as a thing used
 * (ネットを使う), a destination (SNSへの転載, SNSに投稿する際), an activity (SNS投稿, ネット利用) or our own records
 * (申込データ, 回答データ).
 */
function mediumAsSource(own: MorphToken[], i: number, j: number): boolean {
  const next = own[j];
  const prev = own[i - 1];
  if (next && (next.surface === 'を' || next.surface === 'へ')) return false;
  // Instagramでも発信中です: another outlet of ours, not a place something was read.
  if (next?.surface === 'でも' || (next?.surface === 'で' && own[j + 1]?.surface === 'も')) {
    if (own.slice(j, j + 8).some((t) => OWN_OUTLET_VERBS.has(t.basic))) return false;
  }
  // 上尾市公式YouTubeチャンネルで公開しています: an official outlet, or a channel of ours we publish on.
  if (prev?.surface.endsWith('公式')) return false;
  if (next && /^(?:チャンネル|アカウント|ページ)$/.test(next.surface) && own.slice(j, j + 8).some((t) => OWN_OUTLET_VERBS.has(t.basic))) return false;
  if (next && next.pos[0] === '名詞' && next.pos[1] === 'サ変接続') return false;
  if (next?.surface === 'に' && DESTINATION_VERBS.has(own[j + 1]?.basic ?? '')) return false;
  if (own[i].surface === 'データ' && prev?.pos[0] === '名詞') return false;
  return true;
}

/**
 * An unnamed source made by an indefinite determiner: ある／とある／某 + a noun phrase (ある小児科の先生, とある園の園長).
 * Counted only where the sentence reports something (the caller checks), so 「ある日」「あるところに」 tell nothing.
 */
function indefiniteSources(tokens: MorphToken[], works?: Hit[]): { start: number; end: number; entry: { text: string } }[] {
  const out: { start: number; end: number; entry: { text: string } }[] = [];
  for (let k = 0; k < tokens.length - 1; k++) {
    const t = tokens[k];
    if (t.pos[0] !== '連体詞' || !/^(?:ある|或る|とある|某)$/.test(t.surface)) continue;
    let j = k + 1;
    // The noun phrase: nouns, joined by の (小児科の先生).
    while (j < tokens.length && (tokens[j].pos[0] === '名詞' || (tokens[j].surface === 'の' && tokens[j + 1]?.pos[0] === '名詞'))) j++;
    if (j === k + 1 || /^(?:日|時|とき|時期|年|朝|晩|夜|意味|程度|こと|所|ところ)$/.test(tokens[k + 1].surface)) continue;
    // With `works`, only a source that owns a work, the source ending before its の: ある教育者の(この)言葉,
    // ある防災士さんのポストより.
    if (works) {
      const owned = works.find((w) => w.i > k + 2 && w.i <= j + 2 && (tokens[w.i - 1].surface === 'の' || (/^(?:この|その)$/.test(tokens[w.i - 1].surface) && tokens[w.i - 2].surface === 'の')));
      if (!owned) continue;
      j = tokens[owned.i - 1].surface === 'の' ? owned.i - 1 : owned.i - 2;
    }
    const last = tokens[j - 1];
    out.push({ start: t.start, end: last.start + last.surface.length, entry: { text: tokens.slice(k, j).map((x) => x.surface).join('') } });
  }
  return out;
}

/** Acquaintances count as a source only as the one who told it (toldBy), also where the media list holds them. */
const ACQUAINTANCE_WORDS = new Set(LEX.acquaintances);
/** The words before `j` are the one who told it: 友達が, 知人に聞いた, 友達の保育士さんが言ってた (not 親戚のおうちに, 友だちと). */
function toldBy(own: MorphToken[], j: number): boolean {
  // 知人に聞いた, 友達に教わった (not 知り合いに見てもらってください).
  if (own[j]?.surface === 'に') return /^(?:聞く|教わる|教える|言う)$/.test(own[j + 1]?.basic ?? '');
  if (SPEAKER_AFTER.has(own[j]?.surface ?? '')) return true;
  if (own[j]?.surface !== 'の') return false;
  let k = j + 1;
  while (own[k]?.pos[0] === '名詞') k++;
  return k > j + 1 && SPEAKER_AFTER.has(own[k]?.surface ?? '') && own[k].surface !== 'に';
}

/** A claim passed on in the passive (…とされています, …と報告されています, …と推計されています): hearsay where it ends the
 * sentence and names no document. */
const PASSIVE_CLAIM = new Set(['とされる', 'と報告される', 'と推計される', 'と推定される']);

/** Second-hand information with no named source: 「ある小児科医は…と話しています」「他市の投稿にあった…」「…と聞きました」. */
function judgeHearsay(ctx: RuleContext, post: Post, report: (start: number, end: number, what: string) => void): void {
  const a = analysis(ctx, post);
  if (!a) return;
  const link = urlsOf(post.text).length > 0 || /@\w/.test(post.text);
  // 「…といううわさが広がっていますが、そのような事実はありません」: a rumour named to deny it is not passed on.
  const denied = DENIAL.test(post.text);
  // Whether a client came or a plan is in the making: of the whole post, asked in each sentence below, tested once.
  let clientOrPlan: boolean | undefined;
  a.sentences.forEach((s, index) => {
    // 先日の「…」という投稿について補足します: our own post, followed up.
    if (OWN_POST_FOLLOWUP.test(s.text)) return;
    // 取扱注意の資料によると…: our own internal document is no source to cite (policy/secret and policy/undecided report it).
    if (namesOwnInternalDoc(s.text) || rebutted(ctx, a.sentences, index)) return;
    // …生活保護の申請も考えているそうです, 係長のTさん、…処分が出るそうです: what we know of a case, of our staff or from
    // our own documents is policy/secret's finding there, not a source to cite.
    // (Told by someone else, 保健センターの人から聞いた話だと…, it is both: a secret and hearsay with no source.)
    if (secretKnowledgeAt(ctx, post, s) && !TOLD_BY.test(s.text)) return;
    // …は将来ひきこもりになりやすいと言われています: a group generalised is policy/discrimination's finding; と言われています
    // carries the prejudice, it passes on no source's information.
    // A rumour stays one (…無能だって保護者の間でもっぱらの噂です).
    // (A friend who told it is named as the source: 知り合いの先生が言ってたんですが、ひとり親の子は…んだとか.)
    const own = s.own;
    const vagueHits = find(own, lex(ctx, 'vagueSources'));
    const friends = find(own, lex(ctx, 'acquaintances')).filter((h) => toldBy(own, h.j));
    // Asked only where the sentence would be reported (below): most report nothing, and the question is costly.
    const groupJudged = () => vagueHits.length === 0 && friends.length === 0 && discriminationIn(ctx, post, s);
    const hearsay = find(own, lex(ctx, 'hearsay')).filter((h) => {
      // と言わざるを得ない, 「ゼロ」と言うのは, 「…」と聞かれました: not words reported from someone else.
      const next = own.slice(h.j, h.j + 3).map((t) => t.basic);
      // 仲間と話してみませんか, 件名に「…」と書いてね: an invitation or an instruction, not a report.
      // 「子どもの意見表明」って聞いたことある？: the reader is asked, nothing is passed on.
      if (/聞く$/.test(h.entry.text) && ASKED_IF_KNOWN_AT.test(post.text.slice(h.end, h.end + 16))) return false;
      // 「…」って聞いてくれた方: someone asked us, nothing was heard from anyone.
      if (/聞く$/.test(h.entry.text) && ASKED_US.test(post.text.slice(h.start, h.end + 6))) return false;
      // …と話してくれました: told to us by the person themself, not second-hand.
      if (/^と(?:話す|言う|語る)$/.test(h.entry.text) && /^(?:し|っ)?てくれ/.test(post.text.slice(h.end, h.end + 6))) return false;
      if (/^と(?:言う|話す|語る|書く|聞く)$/.test(h.entry.text)) {
        // 課長と話しています: と after a noun is "with"; reported words end in a predicate or a quotation (…と聞きました).
        const before = own[h.i - 1];
        if (before && before.pos[0] === '名詞' && before.pos[1] !== '非自立' && before.pos[1] !== '特殊') return false;
        // …と言っていいでしょう: the writer's own assertion.
        if (next[0] === 'て' && (next[1] === 'いい' || next[1] === 'よい' || next[1] === 'も')) return false;
        return (next.includes('た') || next.includes('て') || next.includes('ます')) && !next.includes('ざる') && !next.includes('れる') && !next.includes('られる') && !INVITING.has(next[1] ?? '') && !INVITING.has(next[2] ?? '');
      }
      // …とされています ends the sentence (a claim passed on); 対象とされる世帯 names whom a rule covers.
      // A law, a guideline or a ministry named in the sentence (こども基本法第3条では…とされています) is the source.
      if (PASSIVE_CLAIM.has(h.entry.text) && (!/^(?:てい(?:ます|る)|ます|る|てきました)[。！!…\s\p{Extended_Pictographic}\uFE0F]*$/u.test(post.text.slice(h.end, s.end)) || NAMED_DOCUMENT.test(s.text) || HEARSAY_WORDS.test(s.text))) return false;
      // …と言われていた時代もありましたが: a view told as the past, to set it aside, not passed on.
      if (/^と言われる/.test(h.entry.text) && /^(?:てい)?た時代/.test(post.text.slice(h.end, h.end + 6))) return false;
      // 頼りない、と言われないよう: what we hope nobody says, not a report.
      if (/^と言われる/.test(h.entry.text) && own.slice(h.j, h.j + 3).some((t) => t.basic === 'ない' || t.basic === 'よう')) return false;
      // …で上尾市の保育所が紹介されました with the link or the account: we were featured, nothing is quoted.
      // 朝日新聞（5月3日朝刊）で…紹介されました: the paper is named.
      if (h.entry.text === '紹介される') return !link && !namesABody(ctx, own);
      // 子育てねっとに載っています: our own page, pointed to.
      // 居場所マップを作りました。…も載っています: what we made, pointed to.
      if (h.entry.text === '載る' && (OWN_PAGE_BEFORE.test(post.text.slice(Math.max(0, h.start - 14), h.start)) || OWN_PRODUCT.test(post.text.slice(0, h.start)))) return false;
      // 窓口に来られた方、…避難中とのこと / ご意見…取りにくいとのこと: what a client told us, not a source to cite;
      // 方向とのこと / 前向きとのこと: a decision in the making (policy/undecided's).
      if (h.entry.text === 'とのこと' && (CLIENT_TOLD.test(post.text) || OWN_INTERVIEW.test(post.text) || /(?:方向|前向き|検討中|調整中)$/.test(post.text.slice(Math.max(0, h.start - 6), h.start)))) return false;
      // 財政課とやりとり中: an exchange, not と(テレビで)やってた.
      if (h.entry.text === 'とやる' && /^とり|^取り/.test(post.text.slice(h.end - 1, h.end + 2).replace(/^り/, ''))) return false;
      // おままごととかお料理教室: a list, not 〜だとか (hearsay ends the sentence).
      if (h.entry.text.endsWith('とか') && h.entry.text !== 'だとか' && !/^[。！!？?…\s\p{Extended_Pictographic}\uFE0F\u200D]*$/u.test(post.text.slice(h.end, s.end))) return false;
      // 課内会議で…という話になりました, 部長協議で話題に: talk inside the office about a plan is policy/undecided's or
      // secret's, not a source to cite.
      if (INTERNAL_TALK.has(h.entry.text) && IN_THE_MAKING.test(post.text) && !HEARSAY_WORDS.test(s.text)) return false;
      return true;
    });
    // 見かけたら声をかけてね: a condition, not a report.
    // …に紹介されました／紹介していただきました with the link: we were featured, nothing is quoted.
    const cues = find(own, lex(ctx, 'reportingCues')).filter(
      // (あまり見かけないよね: not seeing is no report either.)
      (h) => !/^(?:たら|れば|ない|ません|なかっ)/.test(post.text.slice(h.end, h.end + 3)) && !(link && h.entry.text === '紹介' && /^(?:され|して(?:いただ|もら))/.test(post.text.slice(h.end, h.end + 5))),
    );
    const reporting = hearsay.length > 0 || cues.length > 0;
    // …そうです about a client we met (相談に来た中学生、…行けないそうです) is casework, not a source; about a plan in
    // the making (会議で…廃止する方向だそうです, 候補は3か所に絞られたみたい) it is policy/undecided's or secret's.
    // …保育所のゆうとくん、…暮らすことになったそうです / 園長先生も含めて5人が退職されるそうです: what we know of our own
    // children and staff is casework or a staff matter (policy/secret's), not a source to cite.
    const reported = (clientOrPlan ??= CLIENT_CAME.test(post.text) || OWN_INTERVIEW.test(post.text) || IN_THE_MAKING.test(post.text)) || aboutOurPeople(a.sentences, index) ? undefined : reportedForm(own) ?? quotedThenHeard(s);
    // A rumour named to deny it (…という情報は誤りです, 噂の…件、変更の予定はありません) is not passed on: nothing to cite.
    if (denied) return;
    // ある保護者 only as a determiner (ある保護者が…): ルーツのある保護者 is a verb and names a group, not a source.
    // 某保護者からのクレーム: 某 keeps someone anonymous; it is a source only where something is reported.
    const vagueWords = vagueHits.filter((h) => (!h.entry.text.startsWith('ある') || own[h.i].pos[0] === '連体詞') && !(h.entry.text === '某' && !reporting && !reported && s.quotes.length === 0));
    // ある教育者のこの言葉を胸に: an unnamed person's words or post is a source named by no one, with no reporting verb.
    const vague = [...vagueWords, ...(reporting || reported ? [...find(own, lex(ctx, 'media')).filter((h) => !namedMedium(own, h.i, h.j) && mediumAsSource(own, h.i, h.j) && !ACQUAINTANCE_WORDS.has(h.entry.text)), ...friends, ...indefiniteSources(own)] : indefiniteSources(own, find(own, lex(ctx, 'works'))))]
      // 転載歓迎・転載可: an invitation to share our own post; 子育てねっとより転載: from our own site. 写真は @… さんのものを
      // お借りしました: the owner is named.
      .filter((h) => !(h.entry.text === '転載' && (REPOST_ASKED.test(post.text.slice(h.end, h.end + 14)) || OWN_SITE_BEFORE.test(post.text.slice(Math.max(0, h.start - 16), h.start)))))
      .filter((h) => !(h.entry.text === 'お借りする' && mentionsOf(post.text).some((m) => m.indices[0] >= s.start && m.indices[0] < s.end)))
      // 「ありがとう」って言う人が増えると: someone who says a greeting passes on no information.
      .filter((h) => !(SAYS_PERSON.test(post.text.slice(h.start, h.end)) && SHORT_QUOTE_BEFORE.test(post.text.slice(Math.max(0, h.start - 10), h.start))))
      // 噂の「こまえ子育て応援券」: "the much-talked-about", our own product's name after it, not a rumour passed on.
      .filter((h) => !(/^(?:噂|うわさ)$/.test(h.entry.text) && /^の[「『]/.test(post.text.slice(h.end, h.end + 2))))
      .sort((x, y) => x.start - y.start);
    const named = find(own, lex(ctx, 'namedSources')).length > 0;
    // Our own staff as the speaker (保育士が話していました, 園長によると), not as a topic (保育士の配置基準が変わるらしい).
    // 友達の保育士から聞いた: someone else's staff is no voice of ours.
    const ownVoice =
      find(own, lex(ctx, 'ownVoices')).some((h) => !(own[h.i - 1]?.surface === 'の' && NOT_OURS.test(own[h.i - 2]?.surface ?? '')) && (SPEAKER_AFTER.has(own[h.j]?.surface ?? '') || (own[h.j]?.surface === 'の' && SAYING.has(own[h.j + 1]?.basic ?? '')))) &&
      vague.length === 0;
    if (vague.length > 0) {
      if (groupJudged()) return;
      const h = vague[0];
      // The range runs from the vague source through its reporting words (新聞報道によると, ある小児科医は…と話しています).
      const through = [...hearsay, ...cues].filter((x) => x.start >= h.start && x.start - h.end <= 12).map((x) => x.end);
      report(h.start, Math.max(h.end, ...through), `「${excerpt(s.text, 30)}」の情報（出所が「${post.text.slice(h.start, h.end)}」としか示されていません）`);
      return;
    }
    // An account named in the sentence (@tama_kosodate さんの投稿によると…そうです) is the source; policy/mention judges it.
    if (ownVoice || (named && link) || mentionsOf(post.text).some((m) => m.indices[0] >= s.start && m.indices[0] < s.end)) return;
    const cue = hearsay[0] ?? (reported ? { start: reported.start, end: reported.start + reported.surface.length } : undefined);
    // 「ありがとう」って言う人が増えると, 「いってきます」と言う: a greeting or a word said passes on no information.
    if (!cue || SHORT_QUOTE_BEFORE.test(post.text.slice(Math.max(0, cue.start - 10), cue.start))) return;
    // …OKとのことです。詳しくは主催者HPへ: the next sentence points to the page the words come from.
    if (DETAILS_AT_SOURCE.test(a.sentences[index + 1]?.text ?? '') && !vague.length) return;
    // 「…」と話していました with a named official body and no link still lacks where it is; a named body with a link passes.
    if (named && !hearsay.some((x) => /^と(?:聞く|言う|話す|発表|おっしゃる|される)$/.test(x.entry.text)) && !reported) return;
    if (groupJudged()) return;
    report(cue.start, cue.end, `「${excerpt(s.text, 30)}」は伝聞・又聞きの情報で、その情報`);
  });
}

/** A pointer to the page the words come from, right after them (詳しくは主催者HPへ, 詳細は〇〇の公式サイトをご覧ください). */
const DETAILS_AT_SOURCE = /^(?:詳しくは|詳細は)[^。\n]{1,20}?(?:HP|ホームページ|公式サイト|ウェブサイト|Webサイト)/;

/** Kinds of policy/secret's work knowledge that are our own (a case, a staff matter, an internal document, talks). */
const OWN_KNOWLEDGE = new Set(['casework', 'personnel', 'internalDoc', 'negotiation', 'channel', 'early', 'meeting']);
/** Whether policy/secret finds our own work knowledge in sentence `s` (its findings are computed once per post). */
function secretKnowledgeAt(ctx: RuleContext, post: Post, s: Sentence): boolean {
  const m = ctx.services.morphology;
  const a = analysis(ctx, post);
  return !!m && !!a && knowledgeFindings(m, post, a).some((k) => OWN_KNOWLEDGE.has(k.kind) && s.start < k.end && k.start < s.end);
}

/** One of our children or staff is the subject of sentence `index` or of the one before it (…園長先生をご紹介します！
 * 趣味は家庭菜園だそうです). */
function aboutOurPeople(sentences: readonly Sentence[], index: number): boolean {
  return [sentences[index], sentences[index - 1]].some((x) => !!x && OUR_PEOPLE.test(x.text));
}

/**
 * Others' words named only to be criticised (SNSで悪口を書いている人がいますが…やめてほしい, 新聞の記事、書き方がひどくて):
 * nothing is passed on as information; policy/opinion judges the criticism. Read in the sentence or the one after it.
 */
function rebutted(ctx: RuleContext, sentences: readonly Sentence[], index: number): boolean {
  return sentences.slice(index, index + 2).some((s) => find(s.own, lex(ctx, 'rebuttals')).length > 0);
}

/** After a saying, in the same sentence: but our own published figures (…が、上尾市の実績でも…（市HP公表データ）). */
const OWN_DATA_TAIL = String.raw`[^。\n]{0,8}?(?:が|けど|けれど)、?[^。\n]{0,60}[（(][^（）()\n]{0,10}(?:市HP|市ホームページ|市の?公表|本市|当課|当市)[^（）()\n]{0,10}[）)]`;
/** …right after the saying's verb (REPORTED_QUOTE ends there). */
const OWN_DATA_AFTER = new RegExp(`^${OWN_DATA_TAIL}`);
/** …anywhere in one sentence, from the saying's verb (for the statistical layer). */
const SAYING_CHECKED = new RegExp(`(?:言われ|いわれ)${OWN_DATA_TAIL}`);
/** A source line: `出典：…`, `【出典】…`, `Source: …`. Group 1 is the source itself (may be empty). */
const SOURCE_LINE = /^[ \t\u3000]*(?:[【［[](?:出典|引用元|出所|参考|参照|ソース|Source|source|SOURCE)[】］\]]|(?:出典|引用元|出所|参考資料|参考|参照|ソース|Source|source|SOURCE)[ \t\u3000]*[:：])[ \t\u3000]*(.*)$/gm;
const BLOCKQUOTE = /^[ \t\u3000]*[>＞][^\n]*/gm;
/** 「…」と発表した／との報道 … — reporting verbs after a quotation. */
const REPORTED_QUOTE = /「[^「」\n]{1,300}」[ \t\u3000]*と(?:の)?([^。\n「」]{0,20}?)(?:発表|公表|報告|報道|報じ|述べ|記載|発言|掲載|指摘|説明|明らかに|書かれ|書いて(?:あ|い)|記され|言われ|いわれ|コメント)/g;
/** 〇〇によると／によれば／より引用／から引用／調査では, with the source noun before it. */
const HEARSAY = /([^\s、。，,.「」『』（）()【】！？!?:：\p{S}]{0,20})(?:によると|によれば|より引用|から引用|調査では|統計では)/gu;
/** A document named before とされています (こども基本法第3条では, 保育所保育指針では, 「幼児期運動指針」では, (… 2020)):
 * the source and the place are shown; a body alone (WHOの推奨では, 厚労省では) is not the place. (…によると…とされています
 * is judged as …によると: hearsayWords.) */
const NAMED_DOCUMENT = /法|条|指針|白書|ガイドライン|guideline|解説|「[^」\n]{2,40}」|[（(][^）)\n]*[0-9０-９]{4}[^）)\n]*[）)]/i;
/** Particles after a speaker: 園長は, 保育士が, 職員から, 担当者より. */
const SPEAKER_AFTER = new Set(['は', 'が', 'も', 'から', 'より', 'いわく', '曰く', 'によると', 'によれば', 'に']);
/** 保育士の話, 園長の言葉: what a speaker said. */
const SAYING = new Set(['話', '声', '言葉', '説明', '感想', 'コメント', '報告']);
/** After と話して／と書いて: an invitation or an instruction (話してみませんか, 書いてね, 書いてください). */
const INVITING = new Set(['みる', 'ね', 'ください', 'くださる', 'ほしい']);
/** A body named only vaguely (他市の子育て課, よその自治体, ある県): no source. */
const VAGUE_BODY = /他市|他の市|他県|他自治体|他の自治体|よその|ある|某|どこか/;
/** Our own pages and prints before 載っています (子育てねっとに, ホームページに, 案内に). */
const OWN_PAGE_BEFORE = /(?:子育てねっと|ホームページ|HP|ウェブサイト|サイト|マップ|広報|チラシ|案内|お知らせ|一覧|ページ)(?:に|にも|で)?$/;
/** The weather service, whose forecasts and warnings a post relays. */
const WEATHER_SERVICE = /気象庁|気象台/;
/** Our own sites (子育てねっと, 市ホームページ): what is reposted from them is ours. */
const OWN_SITES = '子育てねっと|ホームページ|HP|公式サイト|ウェブサイト';
/** Our own site or page before より転載 (子育てねっとより, 市ホームページから, 広報あげおより). */
/** Someone who says something (って言う人, と言っている人). */
const SAYS_PERSON = /(?:って|と)(?:言う|いう|言っている)人$/;
/** A short quotation (「ありがとう」, 「いってきます」): a greeting or a word, not a claim. */
const SHORT_QUOTE = '[「『][^「」『』]{1,6}[」』]';
const SHORT_QUOTE_BEFORE = new RegExp(`${SHORT_QUOTE}$`);
/** A word or a greeting said (「ありがとう」って言う人, 「いってきます」と言う): no information passed on. */
const SHORT_QUOTE_SAID = new RegExp(`${SHORT_QUOTE}(?:って|と)(?:言う|いう|言え|言っ)`);
/** What we wrote or announced ourselves (と書きましたが, と記載しましたが, とお知らせしましたが). */
const OUR_WRITING = /と(?:書き|記載し|投稿し|ポストし|お知らせし|ご案内し|案内し|掲載し)ました/;
/** Our own site or page named before where something is found (市ホームページの「…」に, 子育てねっとに). */
const OUR_SITE_BEFORE = new RegExp(`(?:市|本市|当課|保育課|子ども若者政策課)の?(?:${OWN_SITES})|子育てねっと`);
const OWN_SITE_BEFORE = new RegExp(`(?:${OWN_SITES}|広報[^\\s、。]{0,6})(?:より|から)$`);
/** A sentence reposting from our own site (the statistical layer stays quiet there). */
const OWN_SITE_REPOST = new RegExp(`(?:${OWN_SITES})(?:より|から)転載`);
/** Something we made (マップを作りました, ガイドを更新しました): what is 載っている in it is ours. */
const OWN_PRODUCT = /(?:マップ|ホームページ|HP|冊子|ガイド|ブック|チラシ|パンフレット|子育てねっと|広報|一覧|カレンダー|だより|便り|リーフレット)[^。\n]{0,12}?(?:を|も)?(?:作り|作成し|更新し|発行し|公開し|掲載し|作っ|まとめ|リニューアル)/;
const DENIAL = /(?:そのような|その様な|そうした)(?:決定|事実|予定)は(?:して|ござい)?(?:いません|ありません|おりません)|決定はしていません|事実はありません|事実ではありません|事実はございません|誤った情報|デマ|誤りです|根拠のない|予定はありません|ことはありません|ことはございません|ことは一切ありません|事実無根|噂話ではなく/;
/** Whose staff is not ours (友達の保育士, 他園の園長, 近隣市の職員). */
const NOT_OURS = /^(?:友達|友だち|友人|知人|知り合い|他園|よその園|他市|近隣市|隣の市|他県|他自治体|親戚|姉|妹|兄|弟|夫|妻)$/;
/** A copy of another account's post in the old form (RT @handle: …). */
const RETWEET = /^[ \t\u3000]*RT[ \t\u3000]*[@＠]([A-Za-z0-9_]{1,15})[:：]?/;
/** RT or RP before a quotation, with no account: RT 「子育て世帯の7割が…」. */
const BARE_REPOST = /^[ \t\u3000]*(?:RT|RP|リポスト)[ \t\u3000]*[）):：]?[ \t\u3000]*[「『][^「」『』\n]{1,200}[」』]/;
/** A client who came, called or wrote to us (窓口に来られた方, 相談に来た高校生, ご意見ありがとうございます). */
const CLIENT_TOLD = /窓口に来|相談に来|来られた|来所|ご意見|お問い合わせ|お電話|申し出|ご相談(?:が|を|いただ)/;
/** A client we met or who came to us: what they told us is their case (policy/secret's), not a source. */
const CLIENT_CAME = /相談に来|窓口に来|来られた|来所|面談|市民相談|相談を受け/;
/** A plan or a decision in the making, or internal talk: a guess or hearsay about it is policy/undecided's or secret's. */
const IN_THE_MAKING = /案|内定|候補|正式(?:決定|発表)|方向|検討|調整中|内示|会議|庁議|非公開|部外秘|内部|感触/;
/** Words that pass on talk (という話, とのこと, 話題になる): inside the office, about a plan, they report no source. */
const INTERNAL_TALK = new Set(['という話', 'とのこと', 'との情報', '話題になる']);
/** One of our children or staff as the subject (〇〇保育所のゆうとくん, 〇〇保育所、来年度は園長先生も). */
// 年長さんが遠足に行きました。…ぐっすりだったそうです: our own class, told by its staff.
const OUR_PEOPLE = /(?:保育所|保育園|児童館|学童クラブ)の?[^。\n]{0,10}(?:くん|ちゃん|園長|所長|館長|先生|職員|保育士)|(?:年長|年中|年少|[0-5０-５]歳児)さん(?:が|は|も|たち)/;
/** After 転載: an invitation to share our post (歓迎, 可) or a request not to repost it (・拡散はしないでください, 禁止, はお控え). */
const REPOST_ASKED = /^(?:歓迎|可|OK|自由)|^[・、･]?[^。\n】\]]{0,8}?(?:お控え|ご遠慮|禁止|NG|不可|しないで|しない|できません|やめて)/;
/** 転載歓迎 (share our post), 無断転載禁止 (do not repost ours), 言葉を聞いたら…抱えずに (if you hear): nothing is passed on from anyone. Not 医師に聞いたら…
 * そうです, where たら is "when I asked". */
const INVITED_TO_SHARE = /転載(?:歓迎|可|OK|自由)|転載[^。\n】\]]{0,10}?(?:お控え|ご遠慮|禁止|NG|不可|しないで|できません|やめて)/;
const IF_YOU_HEAR = /(?:聞い|見|言われ|読ん)(?:たら|だら)|(?:聞け|見れ|言われれ)ば/;
const REPORTED_END = /そう(?:です|だ|な)|らしい|とのこと|んだって|だって/;
/** 「…」って聞いたことある？: the reader is asked whether they know it (in a sentence; ASKED_IF_KNOWN_AT right after 聞い). */
const ASKED_IF_KNOWN_TAIL = 'こと(?:が|は)?(?:ある|あり)[^。\\n]{0,6}[？?]';
const ASKED_IF_KNOWN = new RegExp(`(?:聞い|見)た${ASKED_IF_KNOWN_TAIL}`);
const ASKED_IF_KNOWN_AT = new RegExp(`^(?:いた|いたこと|た)?${ASKED_IF_KNOWN_TAIL}`);
/** 先日の「…」という投稿について補足します: our own earlier post, supplemented or corrected. */
const OWN_POST_FOLLOWUP = /[「『][^「」『』\n]{1,80}[」』][ \u3000]*(?:という|との)?(?:投稿|ポスト|お知らせ)(?:について|に|を|の)[^。\n]{0,6}(?:補足|訂正|追記|お詫び|おわび)/;
/** 「…」って聞いてくれた方: someone asked us. */
const ASKED_US = /(?:聞い|質問し|尋ね)て(?:くれ|くださ)|[」』]と(?:聞かれ|質問され|尋ねられ)|[？?][」』](?:って|という|との)?(?:ご?質問|お問い?合わせ|問い?合わせ)(?:が|を)(?:き|来|あ|いただ|受け|もら)/;
function nothingPassedOn(sentence: string): boolean {
  return SHORT_QUOTE_SAID.test(sentence) || ASKED_IF_KNOWN.test(sentence) || ASKED_US.test(sentence) || INVITED_TO_SHARE.test(sentence) || (IF_YOU_HEAR.test(sentence) && !REPORTED_END.test(sentence));
}
const RUMOUR = /^(?:うわさ|噂|デマ)$/;
/** Our own staff as the source: 園長によると, 市長は、式典で「…」. */
const OWN_STAFF_SPEAKING = new RegExp(`(?:${OWN_STAFF.source})(?:の方)?(?:は|が|も|から|より|によると|によれば|の話では)`);
const HEARSAY_WORDS = /によると|によれば|より引用|から引用|調査では|統計では/;
/** Someone else told the writer: 〜から聞いた(話), 噂では, 〜が言うには. */
const TOLD_BY = /(?:から|に)聞い|聞いた話|噂|言うには/;
/** Our own staff as the speaker of a quotation that follows: 市長は、式典で「…」. */
const STAFF_SPEAKER = new RegExp(`(?:${OWN_STAFF.source}(?:の方)?(?:は|が|も|から(?:は)?|より)|市(?:で|と)は)[^「」。]{0,12}$`);
/** Feedback received from participants (「楽しかった」とのコメントをいただきました): their words, not another source. */
const FEEDBACK_BEFORE = /(?:参加者|来場者|利用者|保護者|市民|皆さま|皆様|みなさん|皆さん|子どもたち|お子さん)(?:の方|の皆さま|の皆様)?(?:から|より)/;
const FEEDBACK_AFTER = /^(?:を|が)?(?:たくさん|多く|多数)?(?:いただ|頂|寄せられ|届き|あり)/;
/** A quotation named only as a saying: 「…」という言葉, 『…』って言葉, 「…」の一文, 「…」――あの言葉. */
const SAYING_AFTER = /[「『](?=[^「」『』\n]*[ぁ-ん])[^「」『』\n]{4,80}[」』][ \t\u3000]*(?:という|って|との|[―—─ー]+[ \t\u3000]*(?:あの|この))?[ \t\u3000]*(?:言葉|一文|名言|格言|金言|ことわざ)(?!遣い|づかい)/g;
/** A saying introduced by whose it is only vaguely: 有名な教育学者の言葉です。「…」. */
const SAYING_BEFORE = /(?:有名な|とある|ある|昔の|海外の)[^。\n「」]{0,12}?の(?:言葉|名言|格言)(?:です|より|があります)?[。：:！!]?[ \t\u3000\n]*[「『][^「」『』\n]{4,80}[」』]/g;
/** A named body (気象庁によると) with a link in the same post: the source and where it is are both shown. */
const NAMED_BODY = /(?:庁|省|府|県|都|局|署|センター|研究所|機構|協会|委員会|学会|大学|気象台)(?:の[^の]{0,8})?$/;
/** A document named by its title before より引用 (狛江市子ども・若者計画より引用, 保育所保育指針から引用). */
const NAMED_DOCUMENT_BEFORE = /(?:計画|白書|指針|ガイドライン|報告書|条例|要綱|方針|ビジョン|大綱|プラン)$/;
/** An interview or a visit we made ourselves (保育士さんにインタビューしました): what they told us is first-hand. */
const OWN_INTERVIEW = /(?:に|を)(?:インタビュー|取材)(?:しました|させていただ|してきました|を行い)/;

function sourceLines(post: Post): { value: string; start: number; end: number }[] {
  const out: { value: string; start: number; end: number }[] = [];
  SOURCE_LINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SOURCE_LINE.exec(post.text))) out.push({ value: m[1].trim(), start: m.index, end: m.index + m[0].length });
  return out;
}

function insertSourceFix(ctx: RuleContext, post: Post): Fix {
  const at = post.toDocumentRange(post.text.length, post.text.length).start;
  return {
    title: '投稿の末尾に「出典：」行を追加する（資料名や URL を記入）',
    edits: [{ range: { start: at, end: at }, newText: `${eolOf(ctx.doc.text)}出典：` }],
    isPreferred: true,
  };
}

/** A source named in brackets (（厚生労働省調べ）, （市HPより）); one that names no one (（ネット記事より）, （ある防災士さんの
 * ポストより）: an unnamed medium or an indefinite ある／某) is no source. */
function sourceInBrackets(ctx: RuleContext, post: Post): boolean {
  const a = analysis(ctx, post);
  for (const m of matchesOf(post.text, SOURCE_IN_BRACKETS)) {
    const from = m.index! + 1;
    const first = a?.sentences.flatMap((s) => s.tokens).find((t) => t.start >= from && t.start < from + m[1].length);
    if (!first) return true;
    const unnamed = (first.pos[0] === '連体詞' && /^(?:ある|或る|とある|某)$/.test(first.surface)) || find([first], lex(ctx, 'media')).length > 0;
    if (!unnamed) return true;
  }
  return false;
}

export const citation: Rule = {
  id: 'policy/citation',
  description: '他の情報を引用するとき、出所（出典）と引用箇所を示しているか',
  clause: '引用時の出所の明示（著作権法第 48 条）',
  defaultSeverity: 'warning',
  needsMorphology: true,
  check(ctx) {
    for (const post of ctx.doc.posts) {
      const sources = sourceLines(post);
      for (const s of sources) {
        if (s.value === '')
          ctx.report({ message: '出典の行に出所（資料名・URL など）が書かれていません。引用元と引用箇所を記入してください。', range: post.toDocumentRange(s.start, s.end) });
      }
      // An empty 出典 line is reported above (fill it in); it already marks where the source goes.
      if (sources.length > 0 || SOURCE_ANYWHERE.test(post.text) || sourceInBrackets(ctx, post)) continue;
      const reported: [number, number][] = [];
      const report = (start: number, end: number, what: string) => {
        reported.push([start, end]);
        ctx.report({
          message: `${what}の出所（出典）と引用箇所が示されていません。「出典：資料名・URL」の行を同じ投稿に書いてください。`,
          range: post.toDocumentRange(start, end),
          fixes: [insertSourceFix(ctx, post)],
        });
      };
      const quoted: [number, number][] = [];
      const rt = RETWEET.exec(post.text);
      if (rt) {
        quoted.push([rt.index, post.text.length]);
        report(rt.index, rt.index + rt[0].length, `@${rt[1]} の投稿の転載（RT）`);
      }
      // RT 「…」, RP）「…」: someone's words copied with no account named at all.
      const bare = rt ? null : BARE_REPOST.exec(post.text);
      if (bare) {
        quoted.push([bare.index, bare.index + bare[0].length]);
        report(bare.index, bare.index + bare[0].length, '出所の示されていない投稿の転載（RT）');
      }
      for (const m of matchesOf(post.text, BLOCKQUOTE)) {
        quoted.push([m.index!, m.index! + m[0].length]);
        report(m.index!, m.index! + m[0].length, '引用（> で始まる行）');
      }
      // A correction quotes our own earlier post (「…」という記載に誤り).
      const correction = /訂正|誤り|誤って|投稿した|ポストで|ポストした/.test(post.text);
      for (const m of matchesOf(post.text, REPORTED_QUOTE)) {
        if (correction) continue;
        const between = m[1];
        const before = post.text.slice(Math.max(0, post.text.lastIndexOf('。', m.index!) + 1), m.index!);
        // Our own staff's words are not another source: 「…」と園長が説明, 市長は「…」と述べました. A staff word that is
        // not the speaker (保育士不足が続き、「…」と報じられています) does not count.
        if (OWN_STAFF.test(between) || STAFF_SPEAKER.test(before)) continue;
        // 「里親って何？」という方向けの説明会: the quotation names an audience by its question, no one's words reported.
        if (/^いう方/.test(between)) continue;
        const after = post.text.slice(m.index! + m[0].length);
        if (/コメント$/.test(m[0]) && (FEEDBACK_BEFORE.test(before) || FEEDBACK_AFTER.test(after))) continue;
        // 「4月入所が一番入りやすい」とよく言われますが、…（市HP公表データ）: a saying checked against our own published figures.
        if (/言われ|いわれ/.test(m[0]) && OWN_DATA_AFTER.test(after)) continue;
        quoted.push([m.index!, m.index! + m[0].length]);
        report(m.index!, m.index! + m[0].length, '「」での引用');
      }
      // A saying quoted with no one named (「…」という言葉, 有名な教育学者の言葉です。「…」).
      if (!correction && (post.text.includes('「') || post.text.includes('『'))) {
        for (const re of [SAYING_AFTER, SAYING_BEFORE]) {
          for (const m of matchesOf(post.text, re)) {
            const start = m.index!;
            const end = start + m[0].length;
            if (quoted.some(([a, b]) => start < b && a < end)) continue;
            const before = post.text.slice(Math.max(0, start - 16), start);
            // Our staff's words; a speaker named (@… さんの「…」, 講師の〇〇先生の); words heard from someone (子どもから「…」).
            if (STAFF_SPEAKER.test(before) || /(?:さん|先生|氏|くん|ちゃん|[A-Za-z0-9_])の[ \t\u3000]*$|から[ \t\u3000]*$/.test(before)) continue;
            quoted.push([start, end]);
            report(start, end, '出所の示されていない言葉（名言・格言など）の引用');
          }
        }
      }
      const taken: [number, number][] = [];
      judgeHearsay(ctx, post, (start, end, what) => {
        // 「…」と言われています is reported once, as the quotation above.
        if (quoted.some(([a, b]) => start < b && a < end)) return;
        // 先日のポストで…と書きましたが、正しくは…: what we wrote ourselves, in a correction.
        if (correction && OUR_WRITING.test(post.text.slice(start, end + 8))) return;
        // 電話番号は市ホームページの「…」に載っています: our own site is where it is, not a source passed on.
        if (OUR_SITE_BEFORE.test(post.text.slice(Math.max(0, start - 30), start))) return;
        taken.push([start, end]);
        report(start, end, what);
      });
      if (taken.length === 0)
        hearsayWords(post, report, (start, end, body) => {
          reported.push([start, end]);
          ctx.report({
            message: `出所（${body}）は示されていますが、引用箇所（資料名・ページや URL）がありません。「出典：資料名・URL」の行を添えると、読み手が確かめられます。`,
            range: post.toDocumentRange(start, end),
            severity: 'info',
            fixes: [insertSourceFix(ctx, post)],
          });
        });
      // The statistical layer (nlp/model.ts) in sentences where nothing above was found.
      // Quiet in a correction (it quotes our own post), in a post naming a rumour to deny it, and where our own staff
      // are the ones speaking (園長によると, 市長は「…」と述べました).
      if (correction || DENIAL.test(post.text)) continue;
      // Also quiet where nothing is passed on: an invitation to share our post (転載歓迎) or a condition (…を聞いたら).
      const a = analysis(ctx, post);
      const ownSpeaker = (s: Sentence) => {
        const index = a ? a.sentences.indexOf(s) : -1;
        return (
          (find(s.own, lex(ctx, 'ownVoices')).length > 0 && find(s.own, lex(ctx, 'vagueSources')).length === 0) ||
          OWN_STAFF_SPEAKING.test(s.text) ||
          OWN_SITE_REPOST.test(s.text) ||
          OWN_INTERVIEW.test(post.text) ||
          OWN_POST_FOLLOWUP.test(s.text) ||
          nothingPassedOn(s.text) ||
          SAYING_CHECKED.test(s.text) ||
          (!!a && rebutted(ctx, a.sentences, index)) ||
          // 〇〇保育所の園長先生をご紹介します！趣味は家庭菜園だそうです: what we know of our own people.
          (!!a && REPORTED_END.test(s.text) && aboutOurPeople(a.sentences, index)) ||
          secretKnowledgeAt(ctx, post, s) ||
          // カフェ「Tama Leaf」、キッズスペースがあって最高だった: a shop recommended is the writer's view (policy/personal-opinion's).
          businessEndorsed(ctx.services.morphology!, post, s) !== undefined
        );
      };
      eachModelFinding(ctx.services.morphology, post, a, 'citation', (s) => reported.some(([a, b]) => s.start < b && a < s.end), ownSpeaker, (s, m) =>
        ctx.report({
          message: `「${excerpt(s.text, 30)}」は他から得た情報を伝えているようですが、その出所（出典）と引用箇所が示されていません（統計モデルによる判定、手がかり: ${cueList(m)}）。「出典：資料名・URL」の行を同じ投稿に書いてください。`,
          range: post.toDocumentRange(m.start, m.end),
          severity: atMost(ctx.severity, 'warning'),
          fixes: [insertSourceFix(ctx, post)],
        }),
      );
    }
  },
};

/** Where a 先生 or a doctor is not one of ours (大学の先生, 病院の先生, 他園の園長). */
const OTHER_INSTITUTION = /大学|病院|クリニック|医院|小児科|他園|よその|他市|塾|学会/;

/** 〇〇によると／によれば with no body or document named before it. */
function hearsayWords(post: Post, report: (start: number, end: number, what: string) => void, named: (start: number, end: number, body: string) => void): void {
  const links = urlsOf(post.text).length > 0;
  if (!HEARSAY_WORDS.test(post.text)) return;
  for (const m of matchesOf(post.text, HEARSAY)) {
    // 園長によると: our own staff; 大学の先生が書いたコラムによれば: someone else's teacher.
    if (OWN_STAFF.test(m[1]) && !OTHER_INSTITUTION.test(m[1])) continue;
    // 内部資料によると: our own internal document is no source to cite (policy/secret and policy/undecided report it).
    if (namesOwnInternalDoc(m[0])) continue;
    // A named body with the link shows both the source and where it is. A forecast or a warning relayed from the
    // weather service (気象庁によると…見込みです) is public information passed on, not a document quoted; a survey
    // (厚生労働省の調査によると) still needs which one. A post needs its link even from a named body (埼玉県の投稿によると).
    if (NAMED_BODY.test(m[1]) && (links || WEATHER_SERVICE.test(m[1])) && !/投稿|ポスト|ツイート|つぶやき/.test(m[1])) continue;
    // 狛江市子ども・若者計画より引用 with the plan's link: the document by its title, and where it is.
    if (/引用/.test(m[0]) && NAMED_DOCUMENT_BEFORE.test(m[1]) && !VAGUE_BODY.test(m[1]) && links) continue;
    // 埼玉県の発表によると with no link: the source is named (出所), only where to find it (引用箇所) is missing — a hint.
    // Passed on as hearsay (こども家庭庁によると…とのことです), it is second-hand still.
    const sentenceEnd = post.text.slice(m.index! + m[0].length).search(/[。\n！!？?]/);
    const rest = post.text.slice(m.index! + m[0].length, sentenceEnd < 0 ? undefined : m.index! + m[0].length + sentenceEnd + 1);
    if (NAMED_BODY.test(m[1]) && !/投稿|ポスト|ツイート|つぶやき/.test(m[1]) && !VAGUE_BODY.test(m[1]) && !REPORTED_END.test(rest)) {
      named(m.index!, m.index! + m[0].length, m[1]);
      continue;
    }
    // @JMA_bousai の情報によると: the account is named (policy/mention judges the account).
    if (/[@＠][A-Za-z0-9_]{1,15}[ \t\u3000]*$/.test(post.text.slice(Math.max(0, m.index! - 20), m.index!))) continue;
    // 東京都の発表（東京都福祉局ホームページ）によると／日本スポーツ協会「…」によると／狛江市の公式ホームページによると:
    // the body and the document are named.
    const prefix = post.text.slice(Math.max(0, post.text.lastIndexOf('。', m.index!) + 1, m.index! - 60), m.index!);
    // (大学の先生, ある研究所: a university or an institute with no name before it names no one.)
    if (/(?:庁|省|府|県|都|市|局|署|委員会|気象台|ホームページ|サイト)|[\p{Script=Han}\p{Script=Katakana}A-Za-z](?:センター|研究所|機構|協会|学会|大学)/u.test(prefix.replace(/(?:ある|とある|某)(?=[\p{Script=Han}\p{Script=Katakana}])/gu, '')) || (/ホームページ|サイト|HP|広報/.test(m[1]) && !VAGUE_BODY.test(m[1])) || /[」）)]$/.test(prefix)) continue;
    report(m.index!, m.index! + m[0].length, `「${m[0]}」の情報`);
  }
}
