// policy/secret: passwords, PINs, login IDs and API tokens in a post (上尾 5(2)ケ). The message never repeats the value.
import type { Rule } from '../../engine/rule';
import type { Fix, OffsetRange } from '../../engine/types';
import LEX from './lexicon/secret.json';
import { analysis, excerpt } from './nlp/common';
import { eachModelFinding } from './nlp/model';
import { invitesPublic, knowledgeFindings, type KnowledgeKind } from './secretKnowledge';
import { atMost, entitiesOf } from './util';
import { matchesOf } from '../../engine/text';

/** What each kind of work knowledge puts at risk (上尾 5(2)カ). */
const KNOWLEDGE_MESSAGE: Record<KnowledgeKind, string> = {
  whereabouts: '子どもたちがいつ・どこにいるかが分かる情報です（日時・場所の特定が可能となる情報）',
  casework: '特定の子どもや家庭の事情で、職務上知り得た秘密のおそれがあります',
  results: '特定の人の選考や試験の結果で、職務上知り得た秘密のおそれがあります',
  early: 'まだ公表されていない結果や数字で、職務上知り得た秘密のおそれがあります',
  internalDoc: '内部資料に書かれた数字や事業者名で、職務上知り得た秘密のおそれがあります',
  circular: '内部限りの資料を添付・共有する職員向けの文面で、職務上知り得た秘密のおそれがあります（公開の投稿に誤って書いていないか確認してください）',
  unpublished: '投稿自身がまだ公表していない・広めないでほしいと書いている情報で、職務上知り得た秘密のおそれがあります',
  weakSpot: 'アカウント・端末・鍵の弱い運用を明かしており、情報セキュリティを脅かすおそれがあります',
  system: '庁内で使うシステムの名前とその使い方や障害の様子で、不正アクセスの手がかりになり、情報セキュリティを脅かすおそれがあります',
  flaw: '修正前のシステムの不具合（他の人の情報が見えてしまう操作など）を明かしており、悪用されて情報セキュリティを脅かすおそれがあります。修正してから、操作の手順を書かずにお知らせしてください',
  personnel: '職員の健康・処分・人事に関する情報で、職務上知り得た秘密のおそれがあります',
  negotiation: '交渉・見積・審査の途中の金額や条件で、職務上知り得た秘密のおそれがあります',
  channel: '職員用の連絡グループ・チャンネルの名前や招待で、部外者が入り込む手がかりになります（情報セキュリティ）',
  meeting: '内部の会議での個人の発言や指示・賛否で、職務上知り得た秘密のおそれがあります',
  inspection: '抜き打ちの検査・監査・調査の日程で、職務上知り得た秘密のおそれがあります',
  exam: '試験や面接の問題・質問（これから出るもの、公表していない過去の問題）で、受験者に先に知られてはならない職務上の秘密のおそれがあります',
  audit: '検査・監査で特定の施設に見つかった指摘で、結果の公表前なら職務上知り得た秘密のおそれがあります',
  contact: '職員や関係者の個人の携帯電話の番号で、職務上知り得た情報として公開しないものです（番号そのものは pii/phone も指摘します）',
};

const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length;
/** A credential keyword (lexicon/secret.json), then up to 20 characters of sentence, then the value. */
const KEYWORD = new RegExp(`(?<![A-Za-zァ-ヶー])(?:${[...LEX.credentialKeywords, ...LEX.contextualKeywords].sort(byLength).map(esc).join('|')})(?![A-Za-zァ-ヶー])`, 'gi');
const CONTEXTUAL = new Set(LEX.contextualKeywords);
const LOCK = new RegExp(LEX.lockWords.map(esc).join('|'));
const PASSWORDISH = new RegExp(`^(?:${LEX.passwordWords.map(esc).join('|')})`, 'i');
/** A value: an ASCII run with a digit, a symbol or mixed case; digits with separators (4-2-7-5, 193 557, 左34→右12); or 「quoted」. */
const VALUE = /「([^「」\n]{2,30})」|((?:[左右]?\d{1,6}(?:[\-‐ \u3000→・]+[左右]?[\d*#]{1,6}){1,7}#?)|[\x21-\x7E\uFF01-\uFF5E]{3,})/g;
const NOT_VALUE = new RegExp(`^(?:${LEX.notValues.map(esc).join('|')})`);
/** Where a credential keyword stops applying: end of sentence. */
const STOP = /[。\n]/;
/** Private IPv4 ranges (10/8, 172.16/12, 192.168/16), not inside a longer dotted number. */
const PRIVATE_IP = /(?<![\d.])(?:10\.\d{1,3}|172\.(?:1[6-9]|2\d|3[01])|192\.168)\.\d{1,3}\.\d{1,3}(?![\d.]*\d)(?::\d+)?/g;
const INTERNAL_HOST = new RegExp(`(?<![\\w.-])(?:[a-z0-9-]+\\.)+(?:${LEX.internalSuffixes.join('|')})(?![\\w-])(?::\\d+)?|(?<![\\w.-])(?:[a-z0-9-]+\\.)*(?:${LEX.internalLabels.join('|')})\\.(?:[a-z0-9-]+\\.)*[a-z]{2,}(?::\\d+)?`, 'gi');
const UNC = /\\\\[A-Za-z0-9._$-]+(?:\\[^\s\\]*)*\\?/g;
const FILE_URL = /file:\/\/[^\s　]+|(?<![A-Za-z])[A-Z]:[\\/][^\s　]+/g;
const CREDENTIAL_URL = /[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:[^\s:/@]+@[^\s]+/gi;
/** Links that grant access by themselves: edit links of shared forms, private calendar feeds, key= / token= queries. */
// …and invitations to private groups and file-service share links (line.me/R/ti/g/…, box.com/s/…, 1drv.ms).
const SECRET_LINK = /https?:\/\/[^\s]*(?:\/edit\b|\/private-[0-9a-f]+|[?&](?:key|token|access_token|sig)=)[^\s]*|https?:\/\/(?:hooks\.slack\.com\/services\/|(?:discord|discordapp)\.com\/api\/webhooks\/|line\.me\/R\/ti\/g\/|[\w.-]*box\.com\/s\/|(?:www\.)?dropbox\.com\/(?:s|scl)\/|1drv\.ms\/)[^\s]*/gi;
/** A site's administration pages: a host whose first label is named for it (admin., cms-admin., manage.) or an administration path (/admin,
 * /wp-admin, /cms/login): where staff edit the public site, no page for the public. */
const ADMIN_LINK = /https?:\/\/(?:\w+-)?(?:admin|manage|management|cms|backend|console)[.-][^\s）)」]*|https?:\/\/[^\s/）)」]+(?:\/[^\s/）)」]*)*?\/(?:admin|wp-admin|wp-login\.php|administrator|manage|management|dashboard|cms)(?=[/?#\s）)」]|$)[^\s）)」]*/gi;
/** A line giving a new value (新：…, 変更後：…): something of 6+ printable ASCII characters with a letter and a digit. */
const NEW_VALUE_LINE = /(?:^|\n)[ \t\u3000]*(?:新|変更後|新しい(?:もの|の)?)[ \t\u3000]*[：:][ \t\u3000]*((?=[\x21-\x7E]*[A-Za-z])(?=[\x21-\x7E]*\d)[\x21-\x7E]{6,40})(?![\x21-\x7E])/g;
/** A credential changed, just before (パスワードを変更しました。). */
const CREDENTIAL_CHANGED_BEFORE = /(?:パスワード|暗証番号|PW|pw|パス)[^\n]{0,20}(?:変更|変え|更新)[^\n]{0,12}\n?[^\n]{0,4}$/;
/** A link followed by a note that only staff may open it. */
const STAFF_ONLY_LINK = /(https?:\/\/[^\s（(]+)[ \t\u3000]*[（(【]?(?:職員|庁内|課内|関係者|担当者)(?:のみ|限り|限定|専用)(?:閲覧|アクセス|利用)?/g;
/** user=… pass=…, user:pass (after an authentication word), id / pass pairs after a login word. */
const PAIR = /(?<![\w@/.])([A-Za-z][\w.-]{2,})[ \u3000]*(?:\/|／|:)[ \u3000]*([\x21-\x7E]{4,})(?![\w])/g;
const LOGIN_CONTEXT = /ログイン|サインイン|アカウント|認証|ID|ＩＤ|ユーザー|user|パスワード|管理画面/i;
const PERSONAL_LIST = new RegExp(`(?:リスト|一覧|シート|票|データ|名簿|ファイル)[^。\\n]{0,4}[（(][^）)]*(?:${LEX.personalLists.map(esc).join('|')})[^）)]*[）)]|[（(][^）)]*(?:${LEX.personalLists.map(esc).join('|')})[^）)]*[）)][^。\\n]{0,4}(?:リスト|一覧|シート|票|データ|名簿|ファイル)`, 'g');

/** A file named with what it holds (jidouteate_R7_all.csv（個人情報含む）). */
/** Extensions of the documents an office shares (.csv, .xlsx, .pdf …). */
const DOCUMENT_EXTENSIONS = 'csv|xlsx?|docx?|pdf|zip|txt';
const PERSONAL_FILE = new RegExp(String.raw`[\w.-]+\.(?:${DOCUMENT_EXTENSIONS})[ \u3000]*[（(][^）)\n]*個人情報[^）)\n]*[）)]`, 'gi');

function looksLikeValue(v: string): boolean {
  if (/^\d{1,2}$/.test(v)) return false;
  if (/^[\d,.]+(?:円|人|時|分|日|月|年|名|件|桁|%|階|号|番|回|歳|か月|cm|kg|MB|GB)/.test(v)) return false;
  if (/^(?:https?:|www\.|#|@)/i.test(v)) return false;
  if (/^[A-Z]{2,5}$/.test(v) || /^(?:SSID|Wi-?Fi|Zoom|ID|PIN|URL|PDF|LINE|SNS|OK|NG)$/i.test(v)) return false;
  return /\d/.test(v) || /[_!@#$%&*+=]/.test(v) || (/[a-z]/.test(v) && /[A-Z]/.test(v)) || /^[a-z][a-z-]{3,}$/.test(v);
}

const MASK = '********';

/** A label, a separator, then the value (group 1). */
const KEYED = /(?:パスワード|ﾊﾟｽﾜｰﾄﾞ|(?<![ァ-ヶー])パス(?![ァ-ヶー])|パスコード|合言葉|暗証番号|PINコード|PIN|ＰＩＮ|ピン番号|ログイン\s?(?:ID|ＩＤ)|ユーザー?\s?(?:ID|ＩＤ)|利用者\s?(?:ID|ＩＤ)|アカウント\s?(?:ID|ＩＤ)|認証コード|セキュリティコード|確認コード|API\s?キー|APIキー|アクセスキー|シークレット(?:キー)?|トークン|(?<![A-Za-z])(?:password|passwd|passcode|PW|Pw|pw|ＰＷ|api[_ -]?key|secret|token)(?![A-Za-z]))[ \t\u3000]*(?:は|:|：|=|＝|→)[ \t\u3000]*(?:は[ \t\u3000]*)?([\x21-\x7E\uFF01-\uFF5E]+)/gi;

/** Well-known credential formats. */
const TOKEN_FORMATS: RegExp[] = [
  /\bgh[pousr]_[A-Za-z0-9]{20,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{22,}\b/g,
  /\bsk-(?:proj-)?[A-Za-z0-9_-]{12,}\b/g,
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
  /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g,
  /\bAIza[0-9A-Za-z_-]{35}\b/g,
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/g,
  // Payment-service keys (sk_live_…, rk_test_…).
  /\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,}\b/g,
];
/** A password changed, with the new value (PW変更しました → 旧: Kodomo2023 新: Kodomo2024): group 1 is the new one. */
const ROTATED = /(?:パスワード|(?<![A-Za-z])(?:PW|pw|Pw)(?![A-Za-z])|ＰＷ|暗証番号|パス(?![ァ-ヶー]))[^。\n]{0,12}?(?:変更|変え|更新)[^。\n]{0,24}?(?:新(?:しい(?:パスワード|PW)?)?|→|⇒)[ \t\u3000]*[:：は]?[ \t\u3000]*([\x21-\x7E]{4,})/g;
/** The new value before what it became (Wi-Fiパスワード、kodomo#2024 に変わった): group 1, which must look like a value. */
const CHANGED_TO = /(?:パスワード|(?<![A-Za-z])(?:PW|pw|Pw)(?![A-Za-z])|ＰＷ|暗証番号|パスコード)[^。\n]{0,6}?[、,は：:\s]+[ \t\u3000]*([\x21-\x7E]{4,})[ \t\u3000]*(?:に|へ)(?:変わ|変更|更新|な[りっ])/g;
/** Patterns whose group 1 is a credential value: the pattern, what the message calls it, whether it must look like one. */
const LABELLED_VALUES: readonly [RegExp, string, boolean][] = [
  [ROTATED, '変更後のパスワード', true],
  [CHANGED_TO, '変更後のパスワード', true],
  [KEYED, 'パスワード・暗証番号などの認証情報', false],
];

/** What every TOKEN_FORMATS pattern contains: a run of ten letters, digits, _ or -, or a key's BEGIN line. */
const TOKEN_LIKE = /[A-Za-z0-9_-]{10}|-----BEGIN /;

/** A fee set for a class of households (生活保護を受給している世帯の保育料は0円です): a published rule, no one's case. */
const FEE_RULE = /(?:世帯|家庭|方|場合|児)の[^。\n]{0,12}(?:保育料|利用料|料金|負担額?|副食費)は[^。\n]{0,16}(?:円|無料|無償|免除|減免|かかりません)/;
/** A file extension right after a run (….pdf, ….xlsx). */
const FILE_EXTENSION_AFTER = new RegExp(`^\\.(?:${DOCUMENT_EXTENSIONS}|pptx?|png|jpe?g)(?![A-Za-z0-9])`, 'i');
/** Long runs that look random: letters of both cases and digits, high entropy. */
const CANDIDATE = /(?<![A-Za-z0-9+/_=-])[A-Za-z0-9+/_=-]{20,}(?![A-Za-z0-9+/_=-])/g;

function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) h -= (n / s.length) * Math.log2(n / s.length);
  return h;
}

export function looksRandom(s: string): boolean {
  return /[a-z]/.test(s) && /[A-Z]/.test(s) && /\d/.test(s) && entropy(s) >= 3.5;
}

/** `****`, `非公開`, `（各自設定）`: not a value. */
function isPlaceholder(value: string): boolean {
  return /^[*＊●•・xX×○〇_＿\-ー.…]+$/.test(value) || value.length < 3;
}

/** A notice about a service's maintenance or outage (システムメンテナンスのため…一時停止, …復旧しました): told to everyone on purpose. */
const SERVICE_NOTICE = /メンテナンス|復旧しました|復旧いたしました|ご不便をおかけ/;
/** …but an internal system's (庁内グループウェア「komaenet」のメンテナンス) names what outsiders should not know. */
const INTERNAL_SYSTEM = /庁内|課内|部内|職員用|内部/;

/** A sentence of English prose (Information for parents: Applications for nursery school …): the statistical layer
 * learned Japanese; a value-like word (komae_editor, Koso-date_88, a1b2) keeps it in play. */
function englishProse(text: string): boolean {
  const words = text.match(/[A-Za-z]+(?:['’-][A-Za-z]+)*/g) ?? [];
  return words.length >= 6 && !/[_/@#$%&*=][A-Za-z0-9]|[A-Za-z][0-9]|[0-9][A-Za-z]/.test(text);
}

export const secret: Rule = {
  id: 'policy/secret',
  description: 'パスワード・暗証番号・ログイン ID・API トークンなどの認証情報が書かれていないか',
  clause: '情報セキュリティ（パスワード等の漏えい防止）',
  defaultSeverity: 'error',
  check(ctx) {
    for (const post of ctx.doc.posts) {
      const text = post.text;
      const taken: [number, number][] = [];
      // URLs, mentions and hashtags are not secrets.
      const skip = entitiesOf(text).map((e) => e.indices);
      const overlaps = (s: number, e: number, list: [number, number][]) => list.some(([a, b]) => s < b && a < e);
      // Each stretch of the text is reported once: the first finding over it claims it.
      const claim = (start: number, end: number) => {
        if (overlaps(start, end, taken)) return false;
        taken.push([start, end]);
        return true;
      };
      const report = (start: number, end: number, what: string) => {
        if (!claim(start, end)) return;
        const range: OffsetRange = post.toDocumentRange(start, end);
        const fixes: Fix[] = [{ title: `値を伏せ字（${MASK}）にする`, edits: [{ range, newText: MASK }], isPreferred: true, safe: true }];
        ctx.report({ message: `${what}が書かれています（${end - start} 文字）。認証情報は投稿せず、直ちに値を削除し、漏えいした場合は変更してください。`, range, fixes });
      };
      const internal = (start: number, end: number, what: string) => {
        if (!claim(start, end)) return;
        ctx.report({
          message: `${what}（庁内でしか使えない情報）が書かれています。内部の接続先・保存場所は公開すると攻撃の手がかりになるため、投稿から削除してください。`,
          range: post.toDocumentRange(start, end),
        });
      };
      // Cheap tests for what several patterns need (a scheme, a drive or file URL, a UNC path, a long ASCII run), so a
      // post without it is not scanned by each of them.
      const scheme = text.includes('://');
      if (scheme) for (const m of matchesOf(text, CREDENTIAL_URL)) report(m.index!, m.index! + m[0].length, '認証情報を含む接続先');
      for (const m of matchesOf(text, PRIVATE_IP)) internal(m.index!, m.index! + m[0].length, '庁内ネットワークの IP アドレス');
      for (const m of matchesOf(text, INTERNAL_HOST)) {
        if (/@/.test(text[m.index! - 1] ?? '')) {
          // kodomo-scan@komae-lg.local: a mailbox on an internal host; a bare @… is a mention, not a host.
          const local = /[\w.+-]+$/.exec(text.slice(Math.max(0, m.index! - 65), m.index! - 1));
          if (local) internal(m.index! - 1 - local[0].length, m.index! + m[0].length, '庁内のメールアドレス');
          continue;
        }
        internal(m.index!, m.index! + m[0].length, '庁内のサーバー名');
      }
      // https://…/k/42/ （職員のみ閲覧可）: a link the post itself says is for staff only.
      if (scheme) for (const m of matchesOf(text, STAFF_ONLY_LINK)) internal(m.index!, m.index! + m[1].length, '職員向けの非公開のリンク');
      if (text.includes('\\\\')) for (const m of matchesOf(text, UNC)) internal(m.index!, m.index! + m[0].length, '共有フォルダ・プリンターのパス');
      if (text.includes(':/') || text.includes(':\\')) for (const m of matchesOf(text, FILE_URL)) internal(m.index!, m.index! + m[0].length, '庁内のファイルの場所');
      if (scheme) for (const m of matchesOf(text, SECRET_LINK)) report(m.index!, m.index! + m[0].length, '編集用・非公開のリンク');
      // パスワードを変更しました。⏎新：Hoiku#2025ageo: the new value on a line of its own after a credential's change.
      for (const m of matchesOf(text, NEW_VALUE_LINE)) {
        if (!CREDENTIAL_CHANGED_BEFORE.test(text.slice(Math.max(0, m.index! - 60), m.index!))) continue;
        const start = m.index! + m[0].length - m[1].length;
        report(start, start + m[1].length, 'パスワード・暗証番号などの認証情報（変更後の値）');
      }
      if (scheme) {
        for (const m of matchesOf(text, ADMIN_LINK)) {
          const [start, end] = [m.index!, m.index! + m[0].length];
          if (!claim(start, end)) continue;
          ctx.report({ message: 'サイトの管理画面のリンクが書かれています。職員が更新に使う入口は、公開すると不正アクセスの手がかりになるため、投稿から削除してください。', range: post.toDocumentRange(start, end) });
        }
      }
      for (const m of [...matchesOf(text, PERSONAL_LIST), ...matchesOf(text, PERSONAL_FILE)]) {
        if (overlaps(m.index!, m.index! + m[0].length, taken)) continue;
        // 委員名簿（氏名・所属）は、ご本人の同意を得て市HPに掲載: published with consent, no internal list.
        if (/同意/.test(text.slice(m.index!, m.index! + m[0].length + 30).split(/[。\n]/)[0])) continue;
        taken.push([m.index!, m.index! + m[0].length]);
        ctx.report({ message: '個人情報を含む内部資料の共有が書かれています。職務上知り得た情報は公式アカウントで扱わないでください。', range: post.toDocumentRange(m.index!, m.index! + m[0].length), severity: atMost(ctx.severity, 'warning') });
      }
      // Credentials in any syntax: a keyword, a short stretch of the sentence, then something that looks like a value.
      for (const k of matchesOf(text, KEYWORD)) {
        const from = k.index! + k[0].length;
        const sentenceStart = Math.max(text.lastIndexOf('。', k.index!), text.lastIndexOf('\n', k.index!)) + 1;
        const sentence = text.slice(sentenceStart, text.slice(from).search(STOP) < 0 ? text.length : from + text.slice(from).search(STOP));
        // 番号 or コード counts beside a lock, or after a sentence naming the credential (暗証番号が変わりました。新しい番号は…).
        const before = text.slice(Math.max(text.lastIndexOf('。', sentenceStart - 2), text.lastIndexOf('\n', sentenceStart - 2)) + 1, sentenceStart);
        if (CONTEXTUAL.has(k[0]) && !LOCK.test(sentence) && !(/新しい|新/.test(sentence) && CREDENTIAL_WORD.test(before))) continue;
        // 公式アカウントのユーザー名は komae_kosodate です: an official account's public handle, told so it can be checked.
        if (/^(?:アカウント|アカウント名|ユーザー名|ユーザーネーム|ユーザーID|アカウントID)$/.test(k[0]) && /公式(?:アカウント|X|SNS)?の?[ \u3000]*$/.test(text.slice(Math.max(0, k.index! - 12), k.index!))) continue;
        // 「そうま、パス！」: a pass in a game, called out.
        if (k[0] === 'パス' && /^[！!ー〜～」』]/.test(text.slice(from, from + 1))) continue;
        let to = from;
        while (to < text.length && to - from < 24 && !STOP.test(text[to])) to++;
        // Past the separator first, so a value in groups (ID：482 119 730) is read whole, not as 「：482」.
        VALUE.lastIndex = from + /^[ \t\u3000:：=＝→]*/.exec(text.slice(from, from + 8))![0].length;
        let v: RegExpExecArray | null;
        while ((v = VALUE.exec(text)) && v.index < to) {
          const gap = text.slice(from, v.index);
          if (NOT_VALUE.test(gap.replace(/^[はをがの:：=＝\s、]+/, ''))) break;
          const quoted = v[1] !== undefined;
          const whole = quoted ? v[1] : v[2];
          const lead = quoted ? 0 : whole.length - whole.replace(/^[:：=＝→\s]+/, '').length;
          const raw = whole.slice(lead).replace(/[。、，,．)）」』]+$/, '');
          const start = v.index + (quoted ? 1 : 0) + lead;
          if (isPlaceholder(raw)) break;
          if (overlaps(start, start + raw.length, skip) || overlaps(start, start + raw.length, taken)) continue;
          if (quoted ? NOT_VALUE.test(raw) || raw.length > 20 || /[ぁ-んァ-ヶ一-龠]{6,}/.test(raw) || (!PASSWORDISH.test(k[0]) && !/[A-Za-z0-9]/.test(raw)) : !looksLikeValue(raw) && !/^[左右\d][\d\-‐ \u3000→・左右*#]+$/.test(raw)) continue;
          if (/^[\d\- ]+$/.test(raw) && raw.replace(/\D/g, '').length < 3) continue;
          // An account or user name is a value only with letters in it (018サポート is not a login ID).
          if (/^(?:アカウント|ユーザー|ID|user|login)/i.test(k[0]) && !/[A-Za-z]/.test(raw)) continue;
          report(start, start + raw.length, 'パスワード・暗証番号などの認証情報');
          break;
        }
      }
      for (const m of matchesOf(text, PAIR)) {
        const sentence = text.slice(Math.max(0, text.lastIndexOf('\n', m.index!)), m.index!);
        if (!LOGIN_CONTEXT.test(sentence) || !/\d|[!@#$%&*+]/.test(m[2]) || /^https?$/i.test(m[1])) continue;
        const start = m.index! + m[0].length - m[2].length;
        if (overlaps(start, start + m[2].length, skip)) continue;
        report(start, start + m[2].length, 'ログイン ID とパスワードの組');
      }
      // A changed password's new value (only one that looks like a value), then a value after its label.
      for (const [re, what, valueOnly] of LABELLED_VALUES) {
        for (const m of matchesOf(text, re)) {
          const value = m[1].replace(/[。、，,．)）」』]+$/, '');
          if ((valueOnly && !looksLikeValue(value)) || isPlaceholder(value)) continue;
          // Group 1 ends the match, or stands before what it became (CHANGED_TO).
          const start = m.index! + m[0].lastIndexOf(m[1]);
          if (overlaps(start, start + value.length, skip)) continue;
          report(start, start + value.length, what);
        }
      }
      if (TOKEN_LIKE.test(text)) for (const re of TOKEN_FORMATS) for (const m of matchesOf(text, re)) report(m.index!, m.index! + m[0].length, 'API トークンなどの認証情報');
      for (const m of matchesOf(text, CANDIDATE)) {
        const start = m.index!;
        const end = start + m[0].length;
        if (overlaps(start, end, skip) || !looksRandom(m[0])) continue;
        // R7_jidouteate_shinseisho.pdf: a file's name, made of words, not a random key.
        if (FILE_EXTENSION_AFTER.test(text.slice(end, end + 6)) && /[a-z]{4,}/.test(m[0])) continue;
        report(start, end, 'トークンや鍵とみられるランダムな文字列');
      }
      // The statistical layer (nlp/model.ts), when the tokenizer is loaded, in sentences where nothing above was
      // found and no credential word stands (after パスワード・PIN the value checks above have the last word: no value,
      // a placeholder, a length or a delivery is no leak). The message names the cue words but never a value (a run
      // of ASCII with digits or symbols is shown as ＊＊＊).
      if (!ctx.services.morphology) continue;
      const a = analysis(ctx, post);
      // A post that invites the public tells an event's time and place (the model stays quiet there but on values).
      const invites = !!a && invitesPublic(ctx.services.morphology, a);
      if (a) {
        for (const k of knowledgeFindings(ctx.services.morphology, post, a)) {
          if (overlaps(k.start, k.end, taken)) continue;
          taken.push([k.start, k.end]);
          ctx.report({
            message: `「${excerpt(masked(post.text.slice(k.start, k.end)))}」は${KNOWLEDGE_MESSAGE[k.kind]}（手がかり: ${k.cues.map((c) => `『${masked(c)}』`).join('')}）。公表してよい情報か確認し、そうでなければ削除してください。`,
            range: post.toDocumentRange(k.start, k.end),
            severity: atMost(ctx.severity, 'warning'),
          });
        }
      }
      // A plan still in the making (駅の東側が候補です, 統合する案) is policy/undecided's to report, not a second warning here.
      eachModelFinding(ctx.services.morphology, post, a, 'secret', (s) => overlaps(s.start, s.end, taken), (s) => credentialWord(s.text) || onlyKnownNumbers(s.text) || FEE_RULE.test(s.text) || (invites && masked(s.text) === s.text) || (PLAN_IN_MAKING.test(s.text) && masked(s.text) === s.text) || (SERVICE_NOTICE.test(post.text) && !INTERNAL_SYSTEM.test(post.text)) || englishProse(s.text), (s, m) =>
        ctx.report({
          message: modelMessage(s.text, m.cues.map((c) => `『${masked(c.text)}』`).join('')),
          range: post.toDocumentRange(m.start, m.end),
          severity: atMost(ctx.severity, 'warning'),
        }),
      );
    }
  },
};

/** Words of a plan not yet made (候補, 案, 検討, 見込み, 方向で). */
const PLAN_IN_MAKING = /候補|[^答法提]案|検討|見込み|方向で|方針案|になりそう/;

/**
 * A model finding's message. With a value-like run in the sentence it is about credentials (ケ); otherwise about what
 * staff know from their work (上尾 5(2)カ: a closed meeting, a family's circumstances, a weak spot of a building, a
 * group of children's time and place) — the message never repeats a value.
 */
function modelMessage(sentence: string, cues: string): string {
  // 120世帯, 3,480万円: a count with its unit is no credential; where every value-like run is one, the message is about
  // what staff know from their work and may show the count.
  const rest = sentence.replace(QUANTITY, '');
  if (masked(rest) !== rest) {
    const shown = excerpt(masked(sentence));
    return `「${shown}」に認証情報（パスワード・暗証番号・ログイン情報など）が書かれているおそれがあります（統計モデルによる判定、手がかり: ${cues}）。認証情報は投稿せず、書かれていれば値を削除してください。`;
  }
  const shown = excerpt(sentence);
  return `「${shown}」は職務上知り得た秘密（非公開の会議の内容、個別の家庭の事情、施設の防犯上の弱点など）や、日時と場所から子どもの居場所が分かる情報のおそれがあります（統計モデルによる判定、手がかり: ${cues}）。公表してよい情報か確認し、そうでなければ削除してください。`;
}

/** A number with its counter or unit (120世帯, 1,980万円, 32％, 3.5倍): a quantity, not a value someone logs in with. */
const QUANTITY = /(?<![\x21-\x7E\uFF01-\uFF5E])[0-9０-９][0-9０-９,，.．]*(?=[ \u3000]*(?:世帯|人|名|件|円|万|千|億|年|か月|ヶ月|カ月|月|日|時|分|秒|歳|才|[%％]|回|個|枚|台|か所|箇所|校|園|所|クラス|倍|割|点|本|冊|位|週|組|部|号|番目|キロ|メートル))/g;

/** Numbers of a known public kind: a phone number, an extension (内線 1234), an amount of money (500円). */
const KNOWN_NUMBER = /(?<![0-9０-９])0[0-9０-９]{1,4}[-‐－ー][0-9０-９]{1,4}[-‐－ー][0-9０-９]{3,4}|内線[ \u3000]*[0-9０-９]+|[0-9０-９][0-9０-９,，]*[ \u3000]*(?:万|千)?円/g;
/** The sentence's value-like runs are all numbers of a known public kind: no credential the model could mean. */
function onlyKnownNumbers(sentence: string): boolean {
  if (!/[0-9０-９]/.test(sentence)) return false;
  const rest = sentence.replace(KNOWN_NUMBER, '');
  return masked(rest) === rest && masked(sentence) !== sentence;
}

const CREDENTIAL_WORD = new RegExp(`(?<![A-Za-zァ-ヶー])(?:${[...LEX.credentialKeywords].sort(byLength).map(esc).join('|')})(?![A-Za-zァ-ヶー])`, 'i');
function credentialWord(sentence: string): boolean {
  return CREDENTIAL_WORD.test(sentence);
}

/** What a message must not repeat: runs of three or more ASCII (or full-width) characters with a digit or a symbol
 * in them, or of six letters or more (a PIN, a password, a login name). */
const VALUE_RUN = /[\x21-\x7E\uFF01-\uFF5E]{3,}/g;
function masked(text: string): string {
  return text.replace(VALUE_RUN, (r) => (/[^A-Za-zＡ-Ｚａ-ｚ]/.test(r) || r.length >= 6 ? '＊＊＊' : r));
}
