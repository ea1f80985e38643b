// policy/undecided: unreliable information or information from the policy-making process (上尾 5(2)キ).
import type { Rule } from '../../engine/rule';
import type { Post } from '../../engine/document';
import type { PostAnalysis, Sentence } from '../../engine/postAnalysis';
import type { RuleContext } from '../../engine/rule';
import LEX from './lexicon/undecided.json';
import { analysis, excerpt } from './nlp/common';
import { classNames, find, lexicon, type Hit, type Lexicon } from './nlp/lexicon';
import { cueList, eachModelFinding } from './nlp/model';
import { businessEndorsed } from './nlp/endorsement';
import { knowledgeFindings } from './secretKnowledge';
import { atMost } from './util';
import { matchesOf } from '../../engine/text';

type Lists = Omit<typeof LEX, '$comment'>;
const className = classNames<keyof Lists>('undecided');
function lex(ctx: RuleContext, name: keyof Lists): Lexicon {
  return lexicon(ctx.services.morphology!, className(name), LEX[name]);
}

interface Verdict {
  cues: Hit[];
  kind: string;
  strong: boolean;
  /** Lowered to info (a pending detail announced as such). */
  ordinary?: boolean;
  /** Why it is ordinary, where not for a promise to announce it. */
  reason?: string;
}

const CONDITIONAL_AFTER = /^(?:され)?(?:れば|たら|なら|されれば)/;
const BEFORE_AFTER = /^(?:に(?:かける|出す|諮る)|を(?:する|行う|実施する))?前/;
/** 改めて話し合うことになりました: what was decided is to go on deliberating. */
const TO_DELIBERATE_BEFORE = /(?:話し合う|検討する|協議する|議論する|相談する|審議する)$/;
/** After a deliberation marker: it is over (検討を進めてきた, 検討を重ねた結果, 協議してまいりました). */
const DELIBERATION_DONE = /^(?:て(?:き|まいり)|た結果|の結果|を重ねた)/;
/** Many ideas, or residents or children whose ideas they are (たくさんの…, 子どもたちから…): before 案 they are no plan. */
const IDEAS = String.raw`(?:(?:たくさん|いろいろ|色々|様々|さまざま|多く|沢山|楽しい|面白い|おもしろい)の|(?:子ども|こども|保護者|皆さん|皆様|みなさん|参加者|住民|市民|中高生|若者)(?:たち|の皆さん|の方々)?から[、]?[^。！!]{0,12})`;
/** Right before a marker's 案 (たくさんの案, 子どもたちから…案). */
const IDEAS_BEFORE = new RegExp(`${IDEAS}$`);
/** Ideas that residents or children came up with (保護者の皆さんから、たくさんの案が出ました). */
const IDEAS_FROM = new RegExp(`${IDEAS}案`);
const NOTICE_NOUNS = new Set(['通知', '通知書', '者', '式', '証', '証明', '後', '数']);
/** 内定 in admissions or hiring (入所内定, 採用の内定): one applicant's result, policy/secret's when told early, not a policy. */
const SELECTION = /入所|選考|採用|合格|申込|申し込み|お子さん|内々定/;
/** Markers that only say something is not public yet (内緒, 公表前, 非公開): of a plan they are this rule's; of a result or
 * a case, policy/secret's. */
const CONFIDENTIAL = new Set(['内緒', 'ここだけの話', 'オフレコ', '公表前', '発表前', '正式発表前', '正式な発表はまだ', '非公開', '内部メモ', '言っちゃダメ', 'まだ言えない', '極秘', 'マル秘', '部外秘', '社外秘', '関係者外秘', '取扱注意']);
/** What a 内緒 is kept for in play: a surprise, a present, a quiz's answer. */
const PLAYFUL_SECRET = /サプライズ|誕生日|プレゼント|クイズ|答え|正解|サンタ|正体/;
/** 主役のみんなには内緒にしてね (a surprise party), 答えは内緒: a 内緒 in `words` is a game kept from the children, not the office's. */
function keptInPlay(words: string, postText: string): boolean {
  return /内緒|ないしょ/.test(words) && PLAYFUL_SECRET.test(postText);
}
/** Markers that only say a detail is not fixed yet (with a follow-up promise they are an ordinary notice). */
const PENDING = /^(?:調整中|未定|未確定|決まっていない|未決定)$/;
/** What a plan under consideration would be: a direction, a draft, a forecast, a figure or a date. */
const SPECIFIC_PLAN = /方向|案|見込み|予定|廃止|統合|値上げ|引き上げ|引き下げ|削減|[0-9０-９]+(?:円|%|％|割|人|園|か所|箇所|月)/;

/**
 * Whether the post states a decision (決定しました) or a draft published for comment (パブコメ): anywhere in the post
 * (no entry spans two sentences). 議決されれば…見込み is a condition, not a decision; パブコメにかける前の素案 is not
 * yet published.
 */
function settledIn(ctx: RuleContext, post: Post, a: PostAnalysis): Settled {
  let settled = settledOf.get(a);
  if (!settled) settledOf.set(a, (settled = computeSettled(ctx, post, a)));
  return settled;
}
interface Settled {
  decided: boolean;
  publicDraft: boolean;
}
/** Per analysis (one per post text): the detector, the term list and the statistical layer all ask. */
const settledOf = new WeakMap<PostAnalysis, Settled>();
function computeSettled(ctx: RuleContext, post: Post, a: PostAnalysis): Settled {
  const decided = a.sentences.some((s) =>
    find(s.tokens, lex(ctx, 'decided')).some((h) => !CONDITIONAL_AFTER.test(post.text.slice(h.end, h.end + 4)) && !TO_DELIBERATE_BEFORE.test(post.text.slice(Math.max(0, h.start - 8), h.start))),
  );
  const publicDraft = a.sentences.some((s) => find(s.tokens, lex(ctx, 'publicDraft')).some((h) => !BEFORE_AFTER.test(post.text.slice(h.end, h.end + 8))));
  return { decided, publicDraft };
}

/** The sentence-level detector: internal markers, an internal meeting deliberating, or a change stated before it is decided. */
function judgeSentences(ctx: RuleContext, post: Post, report: (start: number, end: number, message: string, strong: boolean, ordinary: boolean, confidentialOnly: boolean) => void): void {
  const a = analysis(ctx, post);
  if (!a) return;
  const followUp = promisesAnnouncement(post.text);
  const { decided, publicDraft } = settledIn(ctx, post, a);
  for (const s of a.sentences) {
    const resident = find(s.tokens, lex(ctx, 'residentSubjects'));
    const markers = find(s.tokens, lex(ctx, 'markers')).filter(
      (h) =>
        !resident.some((r) => r.start <= h.start && h.start < r.end + 2) &&
        !(publicDraft && /案|素案/.test(h.entry.text)) &&
        // 内定通知を発送しました: the notice of a decision, not the process.
        !NOTICE_NOUNS.has(s.tokens[h.j]?.basic ?? '') &&
        !(h.entry.text === '内定' && SELECTION.test(post.text)) &&
        // 検討を進めてきた…を4月から導入します: deliberation told as done, in a post that states the decision.
        !(decided && DELIBERATION_DONE.test(post.text.slice(h.end, h.end + 6))) &&
        !residentsOwnAffair(post.text, h.start) &&
        !RESIDENTS_AFTER.test(post.text.slice(h.end, h.end + 8)) &&
        !heldClosed(post.text, h) &&
        !keptInPlay(h.entry.text, post.text) &&
        !namedAsField(post.text, h.start, h.end) &&
        // 保護者の皆さんから、たくさんの案が出ました: ideas from residents, not a plan of the office's.
        !(/^案が/.test(h.entry.text) && IDEAS_BEFORE.test(post.text.slice(Math.max(0, h.start - 20), h.start))),
    );
    let v: Verdict | undefined;
    if (markers.length > 0) {
      // 「現在調整中です。決まり次第お知らせします」: a pending detail with a promise to announce it is an ordinary notice.
      // 「…について検討しています。決定しましたらお知らせします」: that a matter is being considered, with no plan, figure or
      // direction told, and a promise to announce the decision, is an ordinary notice too.
      const pending =
        (followUp && markers.every((h) => PENDING.test(h.entry.text))) ||
        ((ANNOUNCE_DECISION.test(post.text) || RESIDENTS_ASKED.test(post.text)) && markers.every((h) => /^検討/.test(h.entry.text)) && !SPECIFIC_PLAN.test(s.text));
      const asked = pending && !followUp;
      v = { cues: markers, kind: '意思形成過程・内部の情報', strong: !pending, ordinary: pending, reason: asked ? '皆さんのご意見を募っている' : undefined };
    }
    else {
      const meetings = find(s.tokens, lex(ctx, 'meetings'));
      const deliberation = find(s.tokens, lex(ctx, 'deliberation'));
      if (meetings.length > 0 && deliberation.length > 0 && !decided) v = { cues: [meetings[0], deliberation[0]], kind: '庁内の協議の途中経過', strong: true };
      else {
        const outlook = find(s.tokens, lex(ctx, 'outlook'));
        const changes = find(s.tokens, lex(ctx, 'changes'));
        if (outlook.length > 0 && changes.length > 0 && !decided && outlook.some((o) => o.entry.text !== '予定'))
          v = { cues: [changes[0], outlook.find((o) => o.entry.text !== '予定')!], kind: '決定前の施策の変更', strong: false };
      }
    }
    if (!v) continue;
    const start = Math.min(...v.cues.map((c) => c.start));
    const end = Math.max(...v.cues.map((c) => c.end));
    const words = [...new Set(v.cues.map((c) => post.text.slice(c.start, c.end)))].join('」「');
    report(
      start,
      end,
      v.ordinary
        ? `「${words}」: 確定していない事項です。${v.reason ?? '決まり次第お知らせする旨がある'}ので問題ない場合が多いですが、確定情報か確認してください。`
        : `「${excerpt(s.text)}」は${v.kind}に当たるおそれがあります（手がかり:「${words}」）。施策は決定・公表されてから発信してください（例:「決まり次第お知らせします」）。`,
      v.strong,
      v.ordinary ?? false,
      v.cues.every((c) => CONFIDENTIAL.has(c.entry.text)),
    );
  }
}

interface Term {
  re: RegExp;
  kind: string;
}

const TERMS: Term[] = [
  { re: /検討(?:中|段階|し始め)|前向きに(?:検討|考えて|考えてる)|協議中|調整中|審議中|意思決定前|(?:庁内|課内|部内|内部)で(?:の)?(?:話し合い|議論|協議|調整|検討)(?:を)?(?:進めて|して(?:いる|います|おり)|中)/g, kind: '意思形成過程の情報' },
  {
    re: /未定|未決定|未確定|確定(?:ではありません|していません)|正式(?:な)?(?:決定|発表)(?:前|ではありません|ではない|はまだ|していません)|まだ(?:正式に)?決まって(?:いません|いない|おらず)/g,
    kind: '確定していない情報',
  },
  { re: /未公表|未発表|公表前|発表前|非公開|内部資料|内部情報|庁内限り|課内限り|部外秘|社外秘|極秘|マル秘|㊙|取扱注意|オフレコ|ここだけの話|内緒|ないしょ/g, kind: '公表されていない情報' },
  { re: /[（(]案[)）]|素案|たたき台|原案段階|[【［\[（(](?:下書き|未承認|ドラフト)[・･]?[^】］\]）)\n]{0,6}[】］\]）)]/g, kind: '案の段階の情報' },
];

/** Where policy/secret finds a result, a case or a staff matter told before it is public (not whereabouts or a weak spot). */
function secretSpansOf(ctx: RuleContext, post: Post): [number, number][] {
  const m = ctx.services.morphology;
  const a = analysis(ctx, post);
  if (!m || !a) return [];
  return knowledgeFindings(m, post, a)
    .filter((k) => k.kind !== 'whereabouts' && k.kind !== 'weakSpot')
    .flatMap((k) => [[k.start, k.end] as [number, number], ...(k.around ?? [])]);
}

/** Words of a plan in the making (案, 予定, 方向, 検討, 見込み, 調整): a post with them is about policy-making too. */
const PLAN_WORDS = /(?<!答|法|提)案(?!内)|予定|方向|検討|見込|調整|かもしれ|予算要求/;

/** A resident's own affairs before 協議中 (離婚協議中, 遺産分割協議中). */
const PRIVATE_AFFAIR_BEFORE = /(?:離婚|遺産|分割|示談|親権)$/;
/** 離婚協議中の方: the words before `at` make it a resident's own affair, not the office's deliberation. */
function residentsOwnAffair(text: string, at: number): boolean {
  return PRIVATE_AFFAIR_BEFORE.test(text.slice(Math.max(0, at - 4), at));
}
/** 検討中の方（入所を検討中の保護者）: residents considering something, not the city's policy process. */
const RESIDENT_CONSIDERING = /^(?:の(?:方|皆さん|皆さま|皆様|保護者|ご家庭|ご家族|お客様)|ですか)/;
/** A draft published for public comment (パブリックコメント) is public, not the policy-making process. */
// (Not パブコメ前, パブコメに出す前の段階: a draft not yet put out, still in the making.)
const PUBLIC_COMMENT = /(?:パブリックコメント|パブコメ|意見公募)(?![^。\n]{0,6}?前)|(?:ご)?意見(?:を)?(?:募集|お寄せ)|縦覧/;
// Hearsay (うわさ・と聞きました・らしい) is second-hand information without a source: policy/citation reports it.

/** （「検討中」の欄は廃止しました）: the word named as a form's field, not used. */
function namedAsField(text: string, start: number, end: number): boolean {
  return /[「『]/.test(text[start - 1] ?? '') && /^[」』](?:の)?(?:欄|項目|チェック)/.test(text.slice(end, end + 4));
}
/** まだ入所が決まっていないご家庭: the residents' own matter not settled, not the office's. */
const RESIDENT_NOUNS = '(?:の)?(?:ご家庭|家庭|方|お子さん|皆さん|皆様|皆さま|保護者)';
const RESIDENTS_AFTER = new RegExp(`^${RESIDENT_NOUNS}`);
/** 本年度から…月額1万円に増額しています: a measure in effect, told as such. */
const IN_EFFECT = /(?:本年度|今年度|今年|昨年度|[0-9０-９]+月)から[^。\n]{0,40}(?:しています|しております|しました|始めました|開始しました)/;
/** 次回は12月、市長との意見交換を予定しています: the next meeting of a public series, announced. */
const NEXT_MEETING = /次回(?:は|の)[^。\n]{0,24}(?:予定|開催)/;
const RESIDENTS_UNSETTLED = new RegExp(`決まって(?:いない|ない)${RESIDENT_NOUNS}`);
/** 会議は非公開で行いました: that a meeting was held closed is said in public; what was said there is another matter. */
const HELD_CLOSED_AFTER = /^で(?:行い|開催し|実施し|行いま|開催いたし)(?:ました|ます)[。！!\s]/;
function heldClosed(text: string, h: { start: number; end: number }): boolean {
  return text.slice(h.start, h.end) === '非公開' && HELD_CLOSED_AFTER.test(text.slice(h.end, h.end + 12));
}
/** Residents asked for their views on what is being considered (ご意見をアンケートで募集しています): the consideration is public. */
const RESIDENTS_ASKED = /(?:ご)?(?:意見|要望|アイデア|リクエスト)[をは]?[^。\n]{0,10}?(?:募集|お寄せ|お聞かせ|聞かせて|教えて)/;
/** A follow-up promise makes 未定 / 調整中 an ordinary notice: lower to info. */
const ONCE_DECIDED = '決まり次第|決定次第|確定次第';
const FOLLOW_UP = new RegExp(`${ONCE_DECIDED}|改めて(?:お知らせ|ご案内|周知)|詳細は後日|後日(?:お知らせ|ご案内)`);
/** A promise to announce a decision, in the forms a notice uses (決定しましたら…お知らせします, 決まり次第…お知らせ). */
const ANNOUNCE_DECISION = new RegExp(`(?:${ONCE_DECIDED}|(?:決定|確定)(?:しましたら|いたしましたら)|決まりましたら)[^。\\n]{0,30}(?:お知らせ|ご案内|周知|掲載|公表)`);
/** 決まり次第お知らせします, 決定しましたらお知らせします: a promise to announce, in either form. */
function promisesAnnouncement(text: string): boolean {
  return FOLLOW_UP.test(text) || ANNOUNCE_DECISION.test(text);
}

export const undecided: Rule = {
  id: 'policy/undecided',
  description: '信頼性が確保できない情報や、施策の意思形成過程の情報（検討中・未定・内部資料・(案)など）がないか',
  clause: '信頼性が確保できない情報・意思形成過程の情報を発信しないこと',
  defaultSeverity: 'warning',
  needsMorphology: true,
  check(ctx) {
    for (const post of ctx.doc.posts) {
      // A result, a case or a staff matter told before it is public is policy/secret's finding (職務上知り得た秘密): its
      // 公表前・内緒・非公開 are not a second finding here. Computed only when needed.
      let secretSpans: [number, number][] | undefined;
      const secretAt = (start: number, end: number) => {
        secretSpans ??= secretSpansOf(ctx, post);
        return secretSpans.some(([x, y]) => start < y && x < end);
      };
      // …312世帯。公式発表前なので内緒で: policy/secret finds a result told early somewhere in a post that names no plan.
      const secretPostWithoutPlan = () => !PLAN_WORDS.test(post.text) && secretAt(0, post.text.length);
      // A draft put out for comment or shown to residents (（案）の住民説明会, 素案は市ホームページで公開しています).
      const a = analysis(ctx, post);
      const draftPublished = () => PUBLIC_COMMENT.test(post.text) || (!!a && settledIn(ctx, post, a).publicDraft);
      // 「まだ正式な発表前」: one finding for one phrase, even when two terms overlap.
      const taken: [number, number][] = [];
      judgeSentences(ctx, post, (start, end, message, strong, ordinary, confidentialOnly) => {
        // 内々定は12名です。発表は10月なので内緒で: a result told early is policy/secret's (職務上知り得た秘密); its
        // 内緒・公表前・非公開 are no second finding here, unless the post is about a plan in the making.
        if (confidentialOnly && secretPostWithoutPlan()) return;
        taken.push([start, end]);
        ctx.report({ message, range: post.toDocumentRange(start, end), severity: ordinary ? atMost(ctx.severity, 'info') : strong ? undefined : atMost(ctx.severity, 'warning') });
      });
      for (const term of TERMS) {
        for (const m of matchesOf(post.text, term.re)) {
          const start = m.index!;
          const end = start + m[0].length;
          if (term.kind === '公表されていない情報' && (secretAt(start, end) || secretPostWithoutPlan() || heldClosed(post.text, { start, end }))) continue;
          if (keptInPlay(m[0], post.text)) continue;
          // 正式な発表前 / 正式発表はまだ inside policy/secret's finding: a result not yet announced, reported there once.
          if (term.kind === '確定していない情報' && /発表|公表/.test(m[0]) && secretAt(start, end)) continue;
          // ご検討中の方／入所を検討中の方: the reader is considering, not the office.
          if (/^検討中/.test(m[0]) && (post.text[start - 1] === 'ご' || RESIDENT_CONSIDERING.test(post.text.slice(end)))) continue;
          if (namedAsField(post.text, start, end)) continue;
          if (/^(?:協議|調整)中/.test(m[0]) && residentsOwnAffair(post.text, start)) continue;
          if (term.kind === '確定していない情報' && RESIDENTS_AFTER.test(post.text.slice(end, end + 8))) continue;
          if (term.kind === '案の段階の情報' && draftPublished()) continue;
          if (taken.some(([a, b]) => start < b && a < end)) continue;
          taken.push([start, end]);
          const ordinary = (term.kind === '確定していない情報' || /調整中/.test(m[0])) && promisesAnnouncement(post.text);
          ctx.report({
            message: ordinary
              ? `「${m[0]}」: 確定していない事項です。決まり次第お知らせする旨があるので問題ない場合が多いですが、確定情報か確認してください。`
              : `「${m[0]}」は${term.kind}に当たるおそれがあります。確定・公表済みの情報か確認してください。`,
            range: post.toDocumentRange(start, end),
            severity: ordinary ? atMost(ctx.severity, 'info') : undefined,
          });
        }
      }
      // The statistical layer (nlp/model.ts) in sentences where the detector and the terms found nothing; with a
      // follow-up promise (決まり次第お知らせします) it is an ordinary notice, as above.
      // Quiet in a post that states a decision or a draft published for comment, and where residents are the ones
      // considering (ご検討中の方), as the detector above.
      const followUp = FOLLOW_UP.test(post.text);
      let settled: boolean | undefined;
      // A post recommending a shop (『ベーカリーこむぎ堂』さんのメロンパン、課内で大人気です…ぜひ寄ってみて) tells no plan.
      let shop: boolean | undefined;
      const quiet = (s: Sentence) =>
        (settled ??= PUBLIC_COMMENT.test(post.text) || Object.values(settledIn(ctx, post, a!)).some(Boolean)) ||
        (shop ??= a!.sentences.some((x) => businessEndorsed(ctx.services.morphology!, post, x) !== undefined)) ||
        find(s.tokens, lex(ctx, 'residentSubjects')).length > 0 ||
        RESIDENTS_UNSETTLED.test(s.text) ||
        IN_EFFECT.test(s.text) ||
        NEXT_MEETING.test(s.text) ||
        keptInPlay(s.text, post.text) ||
        IDEAS_FROM.test(s.text) ||
        // (内定予定: a result about to be told, not a plan.)
        (secretAt(s.start, s.end) && !/案|(?<!内定|決定)予定|方向|検討/.test(s.text));
      eachModelFinding(ctx.services.morphology, post, a, 'undecided', (s) => taken.some(([x, y]) => s.start < y && x < s.end), quiet, (s, m) =>
        ctx.report({
          message: followUp
            ? `「${excerpt(s.text)}」: 確定していない事項を述べているようです（統計モデルによる判定、手がかり: ${cueList(m)}）。決まり次第お知らせする旨があるので問題ない場合が多いですが、確定情報か確認してください。`
            : `「${excerpt(s.text)}」は意思形成過程の情報や確定していない情報に当たるおそれがあります（統計モデルによる判定、手がかり: ${cueList(m)}）。施策は決定・公表されてから発信してください（例:「決まり次第お知らせします」）。`,
          range: post.toDocumentRange(m.start, m.end),
          severity: atMost(ctx.severity, followUp ? 'info' : 'warning'),
        }),
      );
    }
  },
};
