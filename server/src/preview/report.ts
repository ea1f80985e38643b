// The approver's sheet (上尾 4(3)ア, ウ・エ): one self-contained printable page for one post or a folder of posts —
// the preview of each post, its counts, every finding with its clause, the approval block and the front matter.
// HTML (A4, Japanese fonts with fallbacks, no external resources: images come in as data: URIs or are named by
// path) or Markdown. Pure: the caller lints and reads images.
import { createHash } from 'node:crypto';
import type { ResolvedConfig } from '../config/resolved';
import { countPost, fullWidthUnits } from '../engine/count';
import type { ImageAttachment, Post } from '../engine/document';
import { LineIndex } from '../engine/lineIndex';
import type { LintResult } from '../engine/lint';
import { fmString } from '../rules/policy/util';
import { approvalState, BUCKET_LABELS, statusBucket, type ApprovalState } from './gate';
import { escapeHtml, renderThread, severityLabel, THREAD_CSS } from './render';

export interface ReportItem {
  /** As given on the command line (shown). */
  file: string;
  text: string;
  result: LintResult;
  config?: ResolvedConfig;
  /** A data: URI for an attached image, or undefined to name its path instead. */
  imageSrc?: (image: ImageAttachment, post: Post) => string | undefined;
}

export interface ReportOptions {
  /** When the sheet was made (shown in JST). */
  now?: Date;
  title?: string;
}

const STATUS_JA: Record<string, string> = { draft: '下書き', approved: '承認済み', posted: '投稿済み' };

function jst(date: Date): string {
  const t = new Date(date.getTime() + 9 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${t.getUTCFullYear()}-${p(t.getUTCMonth() + 1)}-${p(t.getUTCDate())} ${p(t.getUTCHours())}:${p(t.getUTCMinutes())}`;
}

interface Summary {
  item: ReportItem;
  approval: ApprovalState;
  errors: number;
  warnings: number;
  infos: number;
  bucket: string;
}

function summarize(item: ReportItem): Summary {
  const { findings, doc } = item.result;
  const approval = approvalState(doc, item.config);
  return {
    item,
    approval,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info' || f.severity === 'hint').length,
    bucket: BUCKET_LABELS[statusBucket(approval, findings)],
  };
}

/** 一致 / 不一致 / — for the approval hash. */
function matchText(a: ApprovalState): string {
  if (a.matches === undefined) return '—（承認の記録なし）';
  return a.matches ? '一致（承認後に本文の変更なし）' : '不一致（承認後に本文が変更されています。改めて承認が必要です）';
}

const REPORT_CSS = `
@page{size:A4;margin:14mm 12mm}
:root{--pp-fg:#0f1419;--pp-bg:#fff;--pp-muted:#536471;--pp-border:#cfd9de;--pp-link:#1d9bf0;--pp-accent:#1d9bf0;--pp-active-bg:transparent;--pp-muted-bg:#eff3f4;--pp-error:#d0021b;--pp-warning:#b26a00;--pp-info:#1d6fb8}
*{box-sizing:border-box}
body{margin:0;color:var(--pp-fg);background:#fff;font-size:10.5pt;line-height:1.5;
font-family:"Hiragino Sans","Hiragino Kaku Gothic ProN","Noto Sans CJK JP","Noto Sans JP","Source Han Sans JP","Yu Gothic","YuGothic","Meiryo","IPAexGothic","TakaoGothic",sans-serif,"Apple Color Emoji","Segoe UI Emoji","Noto Color Emoji";
-webkit-print-color-adjust:exact;print-color-adjust:exact}
main{max-width:186mm;margin:0 auto;padding:8mm 0}
h1{font-size:16pt;margin:0 0 2mm}
h2{font-size:13pt;margin:0 0 3mm;padding-bottom:1mm;border-bottom:2px solid var(--pp-fg)}
h3{font-size:11pt;margin:5mm 0 2mm}
.generated{color:var(--pp-muted);font-size:9pt;margin:0 0 4mm}
table{border-collapse:collapse;width:100%;margin:0 0 3mm;font-size:9.5pt}
th,td{border:1px solid #98a4ab;padding:1mm 2mm;text-align:left;vertical-align:top}
th{background:#eff3f4;font-weight:600;white-space:nowrap}
td.num{text-align:right;white-space:nowrap}
code{font-family:"Noto Sans Mono CJK JP","Source Han Code JP",monospace;font-size:8.5pt;overflow-wrap:anywhere}
section.post-file{break-before:page;page-break-before:always}
section.post-file:first-of-type{break-before:auto;page-break-before:auto}
.summary + section.post-file{break-before:auto;page-break-before:auto;margin-top:6mm}
.preview{border:1px solid var(--pp-border);border-radius:3mm;padding:1mm 0;margin:0 0 3mm;break-inside:avoid}
.pp-post{break-inside:avoid}
.sev-error .sev,.sev-error.sev{color:var(--pp-error);font-weight:700}
.sev-warning .sev{color:var(--pp-warning);font-weight:700}
.sev-info .sev,.sev-hint .sev{color:var(--pp-info)}
.ok{color:#00703c;font-weight:700}
.ng{color:var(--pp-error);font-weight:700}
.sign{display:flex;gap:4mm;margin-top:4mm;break-inside:avoid}
.sign div{flex:1;border:1px solid #98a4ab;height:24mm;padding:1mm 2mm;font-size:9pt;color:var(--pp-muted)}
mark.pp-finding{cursor:default}
.findings td:last-child code{white-space:nowrap;overflow-wrap:normal}
`;

/** A self-contained HTML page: the strict CSP allows only this page's own style (by hash) and data: images. */
export function renderReportHtml(items: ReportItem[], options: ReportOptions = {}): string {
  const now = options.now ?? new Date();
  const title = options.title ?? (items.length === 1 ? `投稿の確認票: ${items[0].file}` : `投稿の確認票（${items.length} 件）`);
  const summaries = items.map(summarize);
  const css = REPORT_CSS + THREAD_CSS;
  const styleHash = createHash('sha256').update(css, 'utf8').digest('base64');
  const csp = `default-src 'none'; img-src data:; style-src 'sha256-${styleHash}'; base-uri 'none'; form-action 'none'`;
  const summary = items.length > 1 ? summaryHtml(summaries) : '';
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p class="generated">作成: ${jst(now)}（日本時間） · Post Policy</p>
${summary}${summaries.map(fileHtml).join('\n')}
</main>
</body>
</html>
`;
}

function summaryHtml(summaries: Summary[]): string {
  const rows = summaries.map(({ item, approval, errors, warnings, bucket }) => {
    const posted = approval.postedAt ? `${escapeHtml(approval.postedAt)}${approval.postedUrl ? `<br><code>${escapeHtml(approval.postedUrl)}</code>` : ''}` : '';
    return `<tr><td><code>${escapeHtml(item.file)}</code></td><td>${bucket}</td><td>${escapeHtml(fmString(item.result.doc, 'scheduled') ?? '')}</td><td>${posted}</td><td class="num${errors ? ' ng' : ''}">${errors}</td><td class="num">${warnings}</td></tr>`;
  });
  const posted = summaries.filter((s) => s.approval.status === 'posted').length;
  return (
    `<section class="summary"><h2>一覧（${summaries.length} 件、うち投稿済み ${posted} 件）</h2>` +
    `<table><thead><tr><th>ファイル</th><th>状態</th><th>予定日時</th><th>投稿日時・URL</th><th>エラー</th><th>警告</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>\n`
  );
}

function fileHtml(s: Summary): string {
  const { item, approval } = s;
  const { doc, findings } = item.result;
  const limit = item.result.posts[0]?.limit ?? item.config?.limit ?? 280;
  const index = new LineIndex(item.text);
  const fm = (k: string) => escapeHtml(fmString(doc, k) ?? '—');
  const status = approval.status ? `${STATUS_JA[approval.status] ?? approval.status}（${escapeHtml(approval.status)}）` : '未記入';
  const front =
    `<table class="front"><tbody>` +
    `<tr><th>アカウント</th><td>${fmString(doc, 'account') ? `@${escapeHtml(fmString(doc, 'account')!.replace(/^@/, ''))}` : '—'}</td><th>分類</th><td>${fm('category')}</td></tr>` +
    `<tr><th>予定日時</th><td>${fm('scheduled')}</td><th>状態</th><td>${status} · ${s.bucket}</td></tr>` +
    (approval.postedAt || approval.postedUrl ? `<tr><th>投稿日時</th><td>${fm('posted_at')}</td><th>投稿 URL</th><td><code>${fm('posted_url')}</code></td></tr>` : '') +
    `</tbody></table>`;
  const counts = doc.posts.map((p) => {
    const c = countPost(p, limit);
    return `<tr><td class="num">${p.index + 1}/${doc.posts.length}</td><td class="num${c.weightedLength > limit ? ' ng' : ''}">${c.weightedLength}/${limit}</td><td class="num">全角${fullWidthUnits(c.weightedLength)}/${fullWidthUnits(limit)}</td><td class="num">${p.images.length}</td></tr>`;
  });
  const countTable = `<table class="counts"><thead><tr><th>投稿</th><th>文字数（X の数え方）</th><th>全角換算</th><th>画像</th></tr></thead><tbody>${counts.join('')}</tbody></table>`;
  const rows = findings.map((f) => {
    const p = index.positionAt(f.range.start);
    const message = f.clause ? f.message.replace(`［${f.clause}］`, '') : f.message;
    return `<tr class="sev-${f.severity}"><td class="num">${p.line + 1}:${p.character + 1}</td><td><span class="sev">${severityLabel(f.severity)}</span></td><td>${escapeHtml(message)}</td><td>${escapeHtml(f.clause ?? '—')}</td><td><code>${escapeHtml(f.rule)}</code></td></tr>`;
  });
  const findingTable = findings.length
    ? `<table class="findings"><thead><tr><th>位置</th><th>重大度</th><th>内容</th><th>条項</th><th>ルール</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    : '<p class="ok">指摘はありません。</p>';
  const matchClass = approval.matches === true ? 'ok' : approval.matches === false ? 'ng' : '';
  const approvalTable =
    `<table class="approval"><tbody>` +
    `<tr><th>承認者</th><td>${escapeHtml(approval.approvedBy ?? '—')}</td><th>承認日時</th><td>${escapeHtml(approval.approvedAt ?? '—')}</td></tr>` +
    `<tr><th>承認時の本文ハッシュ</th><td colspan="3"><code>${escapeHtml(approval.approvedHash ?? '—')}</code></td></tr>` +
    `<tr><th>現在の本文ハッシュ</th><td colspan="3"><code>${escapeHtml(approval.currentHash)}</code></td></tr>` +
    `<tr><th>本文の一致</th><td colspan="3" class="${matchClass}">${matchText(approval)}</td></tr>` +
    (approval.override ? `<tr><th>エラーがあるままの承認</th><td colspan="3" class="ng">理由: ${escapeHtml(approval.override)}（${escapeHtml(fmString(doc, 'approved_override_errors') ?? '')}）</td></tr>` : '') +
    `<tr><th>承認の要否</th><td colspan="3">${approval.required ? 'このチームの設定では投稿前の承認が必要です（policy/approval）' : '設定上の承認の記録は不要（policy/approval は off）'}</td></tr>` +
    `</tbody></table>`;
  const preview = renderThread(item.result, { config: item.config, imageSrc: item.imageSrc });
  return (
    `<section class="post-file" data-file="${escapeHtml(item.file)}">` +
    `<h2>${escapeHtml(item.file)}</h2>` +
    front +
    `<h3>X での表示</h3><div class="preview">${preview}</div>` +
    `<h3>文字数</h3>${countTable}` +
    `<h3>指摘（エラー ${s.errors} 件・警告 ${s.warnings} 件・情報 ${s.infos} 件）</h3>${findingTable}` +
    `<h3>承認</h3>${approvalTable}` +
    `<div class="sign"><div>確認者（担当）</div><div>承認者（所属長）</div><div>投稿確認・報告日</div></div>` +
    `</section>`
  );
}

/** The same sheet as Markdown (for a pull request or a wiki). */
export function renderReportMarkdown(items: ReportItem[], options: ReportOptions = {}): string {
  const now = options.now ?? new Date();
  const summaries = items.map(summarize);
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
  const out: string[] = [];
  out.push(`# ${options.title ?? (items.length === 1 ? `投稿の確認票: ${items[0].file}` : `投稿の確認票（${items.length} 件）`)}`, '', `作成: ${jst(now)}（日本時間） · Post Policy`, '');
  if (items.length > 1) {
    const posted = summaries.filter((s) => s.approval.status === 'posted').length;
    out.push(`## 一覧（${items.length} 件、うち投稿済み ${posted} 件）`, '', '| ファイル | 状態 | 予定日時 | 投稿日時・URL | エラー | 警告 |', '|---|---|---|---|---:|---:|');
    for (const s of summaries) {
      const posted = [s.approval.postedAt, s.approval.postedUrl].filter(Boolean).join(' ');
      out.push(`| \`${s.item.file}\` | ${s.bucket} | ${cell(fmString(s.item.result.doc, 'scheduled') ?? '')} | ${cell(posted)} | ${s.errors} | ${s.warnings} |`);
    }
    out.push('');
  }
  for (const s of summaries) {
    const { item, approval } = s;
    const { doc, findings } = item.result;
    const limit = item.result.posts[0]?.limit ?? 280;
    const index = new LineIndex(item.text);
    const fm = (k: string) => cell(fmString(doc, k) ?? '—');
    out.push(`## ${item.file}`, '');
    out.push(`- アカウント: ${fmString(doc, 'account') ? `@${fmString(doc, 'account')!.replace(/^@/, '')}` : '—'}`, `- 分類: ${fm('category')}`, `- 予定日時: ${fm('scheduled')}`, `- 状態: ${approval.status ?? '未記入'}（${s.bucket}）`);
    if (approval.postedAt || approval.postedUrl) out.push(`- 投稿: ${fm('posted_at')} ${approval.postedUrl ?? ''}`.trimEnd());
    out.push('');
    for (const p of doc.posts) {
      const c = countPost(p, limit);
      out.push(`### 投稿 ${p.index + 1}/${doc.posts.length}（${c.weightedLength}/${limit}、全角${fullWidthUnits(c.weightedLength)}/${fullWidthUnits(limit)}）`, '');
      let fence = '```';
      while (p.text.includes(fence)) fence += '`';
      out.push(`${fence}text`, p.text, fence, '');
      for (const img of p.images) out.push(`- 画像: \`${img.path}\`${img.alt ? `（${img.alt}）` : ''}`);
      if (p.images.length) out.push('');
    }
    out.push(`### 指摘（エラー ${s.errors} 件・警告 ${s.warnings} 件・情報 ${s.infos} 件）`, '');
    if (findings.length === 0) out.push('指摘はありません。', '');
    else {
      out.push('| 位置 | 重大度 | 内容 | 条項 | ルール |', '|---:|---|---|---|---|');
      for (const f of findings) {
        const pos = index.positionAt(f.range.start);
        const message = f.clause ? f.message.replace(`［${f.clause}］`, '') : f.message;
        out.push(`| ${pos.line + 1}:${pos.character + 1} | ${severityLabel(f.severity)} | ${cell(message)} | ${cell(f.clause ?? '—')} | \`${f.rule}\` |`);
      }
      out.push('');
    }
    out.push('### 承認', '', `- 承認者: ${cell(approval.approvedBy ?? '—')}`, `- 承認日時: ${cell(approval.approvedAt ?? '—')}`, `- 承認時の本文ハッシュ: \`${approval.approvedHash ?? '—'}\``, `- 現在の本文ハッシュ: \`${approval.currentHash}\``, `- 本文の一致: ${matchText(approval)}`);
    if (approval.override) out.push(`- エラーがあるままの承認: 理由「${cell(approval.override)}」`);
    out.push('');
  }
  return out.join('\n');
}
