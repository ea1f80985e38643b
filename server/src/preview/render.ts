// HTML of a thread as X shows it, from the engine's parse and lint result (one source of truth for the editor's
// preview, the approver's report and any other client). Pure TypeScript: no vscode imports, no I/O — images are
// turned into URLs by a function the caller provides (webview.asWebviewUri, data: URIs…).
import type { ResolvedConfig } from '../config/resolved';
import { countPost, fullWidthUnits } from '../engine/count';
import type { ImageAttachment, Post } from '../engine/document';
import type { LintResult } from '../engine/lint';
import type { Finding, Severity } from '../engine/types';
import { fmString } from '../rules/policy/util';
import { findingsByPost, postGates, type PostGate } from './gate';
import { counterView, xEntities, type CounterView } from './xtext';

/** Images X attaches to one post. */
export const MAX_IMAGES = 4;

export interface RenderOptions {
  config?: ResolvedConfig;
  /** URL the page may load for an attached image; undefined shows the image's path instead. */
  imageSrc?: (image: ImageAttachment, post: Post) => string | undefined;
  /** The post under the cursor (highlighted). */
  activePost?: number;
  /** Per-post buttons (copy for X, X's compose page) and the thread toolbar: the editor's preview only. */
  actions?: boolean;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };
const SEVERITY_JA: Record<Severity, string> = { error: 'エラー', warning: '警告', info: '情報', hint: 'ヒント' };

export function severityLabel(s: Severity): string {
  return SEVERITY_JA[s];
}

function worst(findings: readonly Finding[]): Severity {
  return findings.reduce<Severity>((w, f) => (RANK[f.severity] > RANK[w] ? f.severity : w), 'hint');
}

/** Class of a finding mark: its worst severity. */
function markClass(findings: readonly Finding[]): string {
  return `pp-finding sev-${worst(findings)}`;
}

/** Data of a finding mark: the hover text and the document offset a click jumps to. */
function markData(findings: readonly Finding[]): string {
  const first = findings[0];
  const title = findings.map((f) => `${SEVERITY_JA[f.severity]}: ${f.message}（${f.rule}）`).join('\n');
  return `data-offset="${first.range.start}" data-end="${first.range.end}" data-rule="${escapeHtml(first.rule)}" title="${escapeHtml(title)}"`;
}

function markAttrs(findings: readonly Finding[]): string {
  return `class="${markClass(findings)}" ${markData(findings)}`;
}

/**
 * The post's text as X receives it, with entities styled and URLs in X's display form, and the characters that
 * findings cover underlined. Returns the HTML and the findings that cover no character of the text (images,
 * comments…), which the caller lists separately.
 */
export function renderPostText(post: Post, findings: readonly Finding[]): { html: string; unplaced: Finding[] } {
  const text = post.text;
  const docAt: number[] = [];
  for (let i = 0; i < text.length; i++) docAt.push(post.toDocumentOffset(i));
  // Findings covering each character of the text.
  const cover: number[][] = Array.from({ length: text.length }, () => []);
  const unplaced: Finding[] = [];
  findings.forEach((f, fi) => {
    let placed = false;
    for (let i = 0; i < text.length; i++) {
      const d = docAt[i];
      const hit = f.range.end > f.range.start ? d >= f.range.start && d < f.range.end : d === f.range.start;
      if (hit) {
        cover[i].push(fi);
        placed = true;
      }
    }
    if (!placed) unplaced.push(f);
  });
  // Units: an entity as a whole, otherwise one code point.
  const entities = xEntities(text);
  type Unit = { start: number; end: number; entity?: (typeof entities)[number] };
  const units: Unit[] = [];
  let e = 0;
  for (let i = 0; i < text.length; ) {
    while (e < entities.length && entities[e].end <= i) e++;
    if (e < entities.length && entities[e].start === i) {
      units.push({ start: i, end: entities[e].end, entity: entities[e] });
      i = entities[e].end;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    units.push({ start: i, end: i + len });
    i += len;
  }
  const keyOf = (u: Unit): string => {
    const set = new Set<number>();
    for (let i = u.start; i < u.end; i++) for (const fi of cover[i]) set.add(fi);
    return [...set].sort((a, b) => a - b).join(',');
  };
  let html = '';
  let k = 0;
  while (k < units.length) {
    const key = keyOf(units[k]);
    let run = '';
    let j = k;
    // Plain code points with the same findings form one run; an entity is always a run of its own.
    do {
      const u = units[j];
      run += u.entity ? entityHtml(text, u.entity) : escapeHtml(text.slice(u.start, u.end));
      j++;
    } while (j < units.length && !units[j - 1].entity && !units[j].entity && keyOf(units[j]) === key);
    html += key ? `<mark ${markAttrs(key.split(',').map((n) => findings[Number(n)]))}>${run}</mark>` : run;
    k = j;
  }
  return { html, unplaced };
}

function entityHtml(text: string, entity: ReturnType<typeof xEntities>[number]): string {
  const written = text.slice(entity.start, entity.end);
  const title = entity.kind === 'url' && entity.display !== written ? ` title="${escapeHtml(written)}"` : '';
  return `<span class="x-entity x-${entity.kind}"${title}>${escapeHtml(entity.display)}</span>`;
}

/** X's circular counter as SVG: ring filled by the share of the limit used, the remaining units from 20 left. */
export function counterHtml(view: CounterView): string {
  const r = 10;
  const c = 2 * Math.PI * r;
  const dash = (c * view.fill).toFixed(2);
  const label = view.label ? `<span class="pp-counter-label">${view.label}</span>` : '';
  const title = view.remaining >= 0 ? `あと ${view.remaining}（${view.weightedLength}/${view.limit}）` : `${-view.remaining} 超過（${view.weightedLength}/${view.limit}）`;
  return (
    `<span class="pp-counter counter-${view.state}" data-remaining="${view.remaining}" title="${escapeHtml(title)}">` +
    `<svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"><circle class="pp-ring-bg" cx="12" cy="12" r="${r}" fill="none" stroke-width="2"/>` +
    `<circle class="pp-ring" cx="12" cy="12" r="${r}" fill="none" stroke-width="2" stroke-dasharray="${dash} ${c.toFixed(2)}" transform="rotate(-90 12 12)"/></svg>${label}</span>`
  );
}

function imagesHtml(post: Post, findings: readonly Finding[], options: RenderOptions): { html: string; used: Set<Finding> } {
  const used = new Set<Finding>();
  if (post.images.length === 0) return { html: '', used };
  const shown = post.images.slice(0, MAX_IMAGES);
  const tiles = shown.map((img) => {
    const own = findings.filter((f) => f.range.start < img.range.end && img.range.start < Math.max(f.range.end, f.range.start + 1));
    own.forEach((f) => used.add(f));
    const src = options.imageSrc?.(img, post);
    const alt = img.alt ? `<span class="pp-alt" title="${escapeHtml(img.alt)}">ALT</span>` : '';
    const body = src
      ? `<img src="${escapeHtml(src)}" alt="${escapeHtml(img.alt)}">`
      : `<span class="pp-img-missing">画像を表示できません<br><code>${escapeHtml(img.path)}</code></span>`;
    const attrs = own.length
      ? `class="pp-img has-finding ${markClass(own)}" ${markData(own)}`
      : `class="pp-img" data-offset="${img.range.start}" data-end="${img.range.end}" title="${escapeHtml(img.path)}"`;
    return `<figure ${attrs}>${body}${alt}</figure>`;
  });
  const extra = post.images.length > MAX_IMAGES ? `<p class="pp-note">画像は 1 投稿 ${MAX_IMAGES} 枚までです。${post.images.length - MAX_IMAGES} 枚は添付されません。</p>` : '';
  return { html: `<div class="pp-media media-${shown.length}" data-count="${shown.length}">${tiles.join('')}</div>${extra}`, used };
}

function findingListHtml(findings: readonly Finding[]): string {
  if (findings.length === 0) return '';
  const items = findings.map(
    (f) => `<li ${markAttrs([f])}><span class="pp-sev">${SEVERITY_JA[f.severity]}</span> ${escapeHtml(f.message)} <code>${escapeHtml(f.rule)}</code></li>`,
  );
  return `<ul class="pp-findings">${items.join('')}</ul>`;
}

function avatarLetter(account: string | undefined): string {
  const c = account?.replace(/^@/, '').trim()[0];
  return c ? escapeHtml(c.toUpperCase()) : '？';
}

/** The thread: one article per post, in order, as X shows it. */
export function renderThread(result: LintResult, options: RenderOptions = {}): string {
  const { doc } = result;
  const account = fmString(doc, 'account')?.replace(/^@/, '');
  const byPost = findingsByPost(result);
  const gates = postGates(result, options.config);
  const limit = result.posts[0]?.limit ?? options.config?.limit ?? 280;
  const n = doc.posts.length;
  const articles = doc.posts.map((post) => {
    const findings = byPost.posts[post.index];
    const count = countPost(post, limit);
    const media = imagesHtml(post, findings, options);
    const text = renderPostText(post, findings.filter((f) => !media.used.has(f)));
    const other = text.unplaced;
    const gate = gates[post.index];
    const classes = ['pp-post', post.index === options.activePost ? 'active' : '', gate.allowed ? '' : 'blocked', n > 1 && post.index < n - 1 ? 'continues' : ''].filter(Boolean).join(' ');
    const counts = `${count.weightedLength}/${limit} · 全角${fullWidthUnits(count.weightedLength)}/${fullWidthUnits(limit)}`;
    return (
      `<article class="${classes}" data-post="${post.index}" data-start="${post.range.start}" data-end="${post.range.end}">` +
      `<div class="pp-rail"><div class="pp-avatar" aria-hidden="true">${avatarLetter(account)}</div><div class="pp-thread-line"></div></div>` +
      `<div class="pp-main">` +
      `<header class="pp-head"><span class="pp-name">${escapeHtml(account ?? '（account 未設定）')}</span>${account ? ` <span class="pp-handle">@${escapeHtml(account)}</span>` : ''}${n > 1 ? ` <span class="pp-index">${post.index + 1}/${n}</span>` : ''}</header>` +
      `<div class="pp-text" lang="ja">${text.html || '<span class="pp-empty">（本文なし）</span>'}</div>` +
      media.html +
      findingListHtml(other) +
      `<footer class="pp-foot">${counterHtml(counterView(count.weightedLength, limit))}<span class="pp-counts">${counts}</span>${options.actions ? actionsHtml(post.index, gate) : ''}</footer>` +
      (options.actions && !gate.allowed ? `<p class="pp-blocked-reason">投稿できません: ${gate.reasons.map(escapeHtml).join(' ')}</p>` : '') +
      `</div></article>`
    );
  });
  const meta = options.actions ? metaHtml(result) : '';
  const threadFindings = byPost.thread.length ? `<section class="pp-thread-findings"><h2>フロントマターへの指摘</h2>${findingListHtml(byPost.thread)}</section>` : '';
  return `<div class="pp-thread" data-body-start="${doc.bodyStart}" data-posts="${n}">${meta}${threadFindings}${articles.join('')}</div>`;
}

const STATUS_JA: Record<string, string> = { draft: '下書き', approved: '承認済み', posted: '投稿済み' };

/** One line of front matter for the preview: status, category, scheduled time. */
function metaHtml(result: LintResult): string {
  const { doc } = result;
  const status = fmString(doc, 'status');
  const parts = [
    status ? `状態: ${STATUS_JA[status] ?? status}` : '状態: 未記入',
    fmString(doc, 'category') ? `分類: ${fmString(doc, 'category')}` : '',
    fmString(doc, 'scheduled') ? `予定: ${fmString(doc, 'scheduled')}` : '',
    fmString(doc, 'posted_at') ? `投稿: ${fmString(doc, 'posted_at')}` : '',
  ].filter(Boolean);
  return `<p class="pp-meta">${parts.map(escapeHtml).join(' · ')}</p>`;
}

function actionsHtml(index: number, gate: PostGate): string {
  const refused = gate.allowed ? '' : ` aria-disabled="true" title="${escapeHtml(gate.reasons.join('\n'))}"`;
  return (
    `<span class="pp-actions">` +
    `<button type="button" class="pp-btn" data-action="copy" data-post="${index}"${refused}>X 用にコピー</button>` +
    `<button type="button" class="pp-btn" data-action="intent" data-post="${index}"${refused}>X の投稿画面を開く</button>` +
    `</span>`
  );
}

/** Colours and layout shared by the preview and the report; colours come from --pp-* variables each page defines. */
export const THREAD_CSS = `
.pp-thread{max-width:600px}
.pp-post{display:flex;gap:12px;padding:12px 16px 4px;border:1px solid transparent;border-left:3px solid transparent;border-radius:4px}
.pp-post.active{border-left-color:var(--pp-accent);background:var(--pp-active-bg)}
.pp-rail{display:flex;flex-direction:column;align-items:center;flex:0 0 40px}
.pp-avatar{width:40px;height:40px;border-radius:50%;background:var(--pp-accent);color:#fff;display:flex;align-items:center;justify-content:center;font-weight:700}
.pp-thread-line{flex:1;width:2px;margin-top:4px;background:transparent}
.pp-post.continues .pp-thread-line{background:var(--pp-border)}
.pp-main{flex:1;min-width:0;padding-bottom:8px}
.pp-head{margin-bottom:2px}
.pp-name{font-weight:700}
.pp-handle,.pp-index,.pp-counts{color:var(--pp-muted)}
.pp-text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.5;font-size:15px}
.pp-empty{color:var(--pp-muted)}
.x-entity{color:var(--pp-link)}
mark.pp-finding{background:transparent;color:inherit;text-decoration:underline wavy;text-decoration-skip-ink:none;text-underline-offset:3px;cursor:pointer}
.pp-finding.sev-error{text-decoration-color:var(--pp-error)}
.pp-finding.sev-warning{text-decoration-color:var(--pp-warning)}
.pp-finding.sev-info,.pp-finding.sev-hint{text-decoration-color:var(--pp-info)}
.pp-media{display:grid;gap:2px;margin-top:10px;border-radius:16px;overflow:hidden;border:1px solid var(--pp-border);aspect-ratio:16/9}
.pp-media.media-1{grid-template:1fr/1fr}
.pp-media.media-2{grid-template:1fr/1fr 1fr}
.pp-media.media-3{grid-template:1fr 1fr/1fr 1fr}
.pp-media.media-3 .pp-img:first-child{grid-row:1/span 2}
.pp-media.media-4{grid-template:1fr 1fr/1fr 1fr}
.pp-img{position:relative;margin:0;min-height:0;min-width:0;background:var(--pp-muted-bg);cursor:pointer}
.pp-img img{width:100%;height:100%;object-fit:cover;display:block}
.pp-img.has-finding{outline:3px solid var(--pp-warning);outline-offset:-3px}
.pp-img.has-finding.sev-error{outline-color:var(--pp-error)}
.pp-img.has-finding.sev-info,.pp-img.has-finding.sev-hint{outline-color:var(--pp-info)}
.pp-img-missing{display:flex;height:100%;align-items:center;justify-content:center;text-align:center;font-size:12px;color:var(--pp-muted);padding:4px}
.pp-alt{position:absolute;left:6px;bottom:6px;background:rgba(0,0,0,.75);color:#fff;font-size:11px;font-weight:700;padding:0 4px;border-radius:4px}
.pp-findings{margin:8px 0 0;padding-left:1.2em;font-size:13px}
.pp-findings li{cursor:pointer;margin:2px 0}
.pp-findings li.sev-error .pp-sev{color:var(--pp-error)}
.pp-findings li.sev-warning .pp-sev{color:var(--pp-warning)}
.pp-findings li.sev-info .pp-sev,.pp-findings li.sev-hint .pp-sev{color:var(--pp-info)}
.pp-findings code{color:var(--pp-muted);font-size:11px}
.pp-note{font-size:12px;color:var(--pp-error)}
.pp-foot{display:flex;align-items:center;gap:8px;margin-top:8px;flex-wrap:wrap}
.pp-counter{display:inline-flex;align-items:center;gap:4px}
.pp-ring-bg{stroke:var(--pp-border)}
.pp-ring{stroke:var(--pp-accent)}
.counter-warn .pp-ring{stroke:var(--pp-warning)}
.counter-warn .pp-counter-label{color:var(--pp-warning)}
.counter-over .pp-ring{stroke:var(--pp-error)}
.counter-over .pp-counter-label{color:var(--pp-error);font-weight:700}
.pp-meta{margin:0 16px 4px}
.pp-thread-findings h2{font-size:13px;margin:8px 16px 0}
.pp-thread-findings .pp-findings{margin:4px 16px 8px}
`;
