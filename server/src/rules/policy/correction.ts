// policy/correction: a correction post names the post it corrects and says so (狛江 第5条2; 上尾 4(3)ウ).
import type { Rule } from '../../engine/rule';
import { atMost, fmEntryRange, fmRange, fmStartRange, fmString, normalizeHandle, parseStatusUrl } from './util';

const SAYS_CORRECTION = /訂正|修正|誤り|誤って|正しくは|お詫び/;
/** 【訂正】…, or 「先ほどの投稿で日付に誤りがありました」: a correction of an earlier post. */
const LOOKS_LIKE_CORRECTION = /【訂正】|［訂正］|\[訂正\]|訂正のお知らせ|お詫びと訂正|(?:^|\n)訂正[:：]|(?:先ほど|先程|先日|昨日|本日|今朝|[0-9０-９]{1,2}月[0-9０-９]{1,2}日)の(?:投稿|ポスト|お知らせ)[^。\n]{0,30}(?:誤り|誤っ|間違い|間違え|誤記)/;

export const correction: Rule = {
  id: 'policy/correction',
  description: '訂正ポスト（type: correction）に元のポストの URL（corrects）と訂正の旨があるか',
  clause: '誤りの訂正',
  defaultSeverity: 'warning',
  check(ctx) {
    const { doc } = ctx;
    if (doc.frontMatter.errors.length > 0) return;
    const type = fmString(doc, 'type');
    const first = doc.posts[0];
    if (type !== 'correction' && type !== '訂正') {
      if (type === undefined && first && LOOKS_LIKE_CORRECTION.test(first.text)) {
        ctx.report({
          message: '訂正のポストのようです。front matter に type: correction と、訂正する元のポストの URL を corrects: に書いてください。',
          range: fmStartRange(doc),
          severity: atMost(ctx.severity, 'info'),
        });
      }
      return;
    }
    const corrects = fmString(doc, 'corrects');
    if (corrects === undefined) {
      ctx.report({
        message: '訂正ポストには、訂正する元のポストの URL（https://x.com/ユーザー名/status/番号）を corrects: に書いてください。誤った元のポストは削除し、訂正した情報を改めて発信します。',
        range: fmEntryRange(doc, 'type') ?? fmRange(doc, 'type'),
      });
    } else {
      const status = parseStatusUrl(corrects);
      const own = ctx.config.accounts.own.map(normalizeHandle);
      if (!status)
        ctx.report({ message: `corrects「${corrects}」を X のポストの URL（https://x.com/ユーザー名/status/番号）として読めません。`, range: fmRange(doc, 'corrects') });
      else if (own.length > 0 && !own.includes(normalizeHandle(status.user)))
        ctx.report({ message: `corrects の @${status.user} はこのチームのアカウントではありません。訂正するのは自分たちのポストです。`, range: fmRange(doc, 'corrects') });
    }
    if (first && first.text.length > 0 && !doc.posts.some((p) => SAYS_CORRECTION.test(p.text))) {
      const lineEnd = first.text.indexOf('\n');
      const at = first.toDocumentRange(0, 0).start;
      ctx.report({
        message: '本文に訂正である旨（何をどう訂正したか）が書かれていません。冒頭に【訂正】と書き、誤っていた内容と正しい内容を示してください。',
        range: first.toDocumentRange(0, lineEnd === -1 ? first.text.length : lineEnd),
        severity: atMost(ctx.severity, 'warning'),
        fixes: [{ title: '冒頭に【訂正】を追加する', edits: [{ range: { start: at, end: at }, newText: '【訂正】' }], isPreferred: true, safe: true }],
      });
    }
  },
};
