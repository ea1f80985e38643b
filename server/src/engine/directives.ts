// Inline disable directives in posts (HTML comments, so X never sees them):
//   <!-- post-policy-disable-next-line pii/phone -- 公式の連絡先 -->   the next line that is not only comments
//   text <!-- post-policy-disable-line pii/phone -- 理由 -->          the line(s) the comment is on
//   <!-- post-policy-disable pii/person -- 理由 --> … <!-- post-policy-enable -->   a block (to the end if not enabled)
// The reason after `--` is required because reviewers read it: a directive without one (or with the
// quick fix's placeholder 「理由を記入」 still in place) suppresses nothing and is reported. A directive that
// suppresses nothing, names an unknown rule, or has no rule id is reported too (`directives/…`).
import type { PostDocument } from './document';
import { LineIndex } from './lineIndex';
import { eolOf } from './text';
import type { Finding, Fix, OffsetRange, SeverityOrOff } from './types';

/** Findings about the directives themselves; their severity can be set in `rules` (default warning). */
export const DIRECTIVE_RULES: Record<string, string> = {
  'directives/missing-reason': '無効化コメントに理由（-- のあと）が書かれているか',
  'directives/unused': '無効化コメントが実際に指摘を抑えているか（不要な無効化がないか）',
  'directives/unknown-rule': '無効化コメントのルール ID が存在するか',
  'directives/malformed': '無効化コメントにルール ID が書かれているか',
};
export const DIRECTIVE_RULE_IDS: readonly string[] = Object.keys(DIRECTIVE_RULES);

/** Reason the "この行で無効化" quick fix writes; it does not count as a reason until replaced. */
export const REASON_PLACEHOLDER = '理由を記入';
export const DISABLE_FIX_TITLE = 'この行で無効化（理由を記入）';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

export interface Directive {
  kind: DirectiveKind;
  rules: { id: string; range: OffsetRange }[];
  /** Trimmed text after `--`; undefined when there is none. */
  reason?: string;
  /** Range of the reason text (or of the directive name when there is no reason). */
  reasonRange: OffsetRange;
  /** The whole `<!-- … -->`. */
  comment: OffsetRange;
}

const DIRECTIVE = /^(\s*)post-policy-(disable-next-line|disable-line|disable|enable)(?=\s|$)/;

/** Directives in the posts of a document, in document order (front matter is never scanned). */
export function parseDirectives(doc: PostDocument): Directive[] {
  const out: Directive[] = [];
  for (const post of doc.posts) {
    for (const c of post.comments) {
      if (!c.closed) continue;
      const m = DIRECTIVE.exec(c.body);
      if (!m) continue;
      const bodyStart = c.range.start + 4;
      const restStart = m[0].length;
      const rest = c.body.slice(restStart);
      const sep = /(^|\s)--(?=\s|$)/.exec(rest);
      const rulesPart = sep ? rest.slice(0, sep.index + sep[1].length) : rest;
      const rules: Directive['rules'] = [];
      for (const r of rulesPart.matchAll(/[^\s,]+/g)) {
        const start = bodyStart + restStart + r.index!;
        rules.push({ id: r[0], range: { start, end: start + r[0].length } });
      }
      let reason: string | undefined;
      let reasonRange: OffsetRange = { start: bodyStart + m[1].length, end: bodyStart + restStart };
      if (sep) {
        const afterSep = sep.index + sep[0].length;
        const raw = rest.slice(afterSep);
        const lead = raw.length - raw.trimStart().length;
        reason = raw.trim();
        const start = bodyStart + restStart + afterSep + lead;
        if (reason) reasonRange = { start, end: start + reason.length };
      }
      out.push({ kind: m[2] as DirectiveKind, rules, reason: reason || undefined, reasonRange, comment: c.range });
    }
  }
  return out;
}

export interface DirectiveOptions {
  /** Rule ids a directive may name. */
  knownRules: ReadonlySet<string>;
  /** Rules not run this time (e.g. waiting for morphology): a directive for them is not reported as unused. */
  skippedRules?: ReadonlySet<string>;
  /** Configured severity of a `directives/…` id. */
  severityOf?: (id: string) => SeverityOrOff | undefined;
}

interface Scope {
  directive: Directive;
  ruleId: string;
  idRange: OffsetRange;
  /** Lines (for line directives) or an offset range (for blocks). */
  lines?: Set<number>;
  block?: OffsetRange;
  used: boolean;
}

/**
 * Removes findings suppressed by effective directives, adds findings about the directives themselves,
 * and gives every remaining finding the "この行で無効化" quick fix.
 */
export function applyDirectives(doc: PostDocument, findings: Finding[], options: DirectiveOptions): Finding[] {
  const text = doc.text;
  const index = new LineIndex(text);
  const comments = doc.posts.flatMap((p) => p.comments);
  const directives = parseDirectives(doc);
  const problems: { id: string; message: string; range: OffsetRange; fixes?: Fix[] }[] = [];
  const scopes: Scope[] = [];
  const open = new Map<string, Scope>();
  // Everything below is near-linear: 3,200 directives once took 44 s (each scanned every comment and line).
  const firstCommentEndingAfter = (offset: number) => lowerBound(comments, (c) => c.range.end > offset);

  const commentOnly = (line: number): boolean => {
    const start = index.offsetAt({ line, character: 0 });
    const end = lineContentEnd(text, start);
    let visible = '';
    let pos = start;
    let any = false;
    for (let k = firstCommentEndingAfter(start); k < comments.length && comments[k].range.start < end; k++) {
      const c = comments[k];
      any = true;
      if (c.range.start > pos) visible += text.slice(pos, c.range.start);
      pos = Math.max(pos, c.range.end);
    }
    if (pos < end) visible += text.slice(pos, end);
    return any && /^[\s\u3000]*$/.test(visible);
  };
  /** The first line at or after `line` that is not only comments (memoised: runs of directive lines are walked once). */
  const contentLineMemo = new Map<number, number>();
  const nextContentLine = (line: number): number => {
    const walked: number[] = [];
    let l = line;
    let found: number | undefined;
    while (found === undefined) {
      const known = contentLineMemo.get(l);
      if (known !== undefined) found = known;
      else if (l >= index.lineCount || !commentOnly(l)) found = l;
      else walked.push(l++);
    }
    for (const w of walked) contentLineMemo.set(w, found);
    contentLineMemo.set(line, found);
    return found;
  };

  for (const d of directives) {
    if (d.kind === 'enable') {
      const ids = d.rules.length > 0 ? d.rules.map((r) => r.id) : [...open.keys()];
      if (ids.length === 0) problems.push({ id: 'directives/unused', message: 'この post-policy-enable に対応する post-policy-disable がありません。', range: d.comment, fixes: [removeFix(text, index, d)] });
      for (const r of d.rules) {
        if (!open.has(r.id)) problems.push({ id: 'directives/unused', message: `「${r.id}」は post-policy-disable で無効化されていないため、この enable は不要です。`, range: r.range });
      }
      for (const id of ids) {
        const s = open.get(id);
        if (!s) continue;
        s.block!.end = d.comment.start;
        open.delete(id);
      }
      continue;
    }
    if (d.rules.length === 0) {
      problems.push({ id: 'directives/malformed', message: `無効化するルール ID を書いてください（例: <!-- post-policy-${d.kind} pii/phone -- 理由 -->）。`, range: d.comment });
      continue;
    }
    const known = d.rules.filter((r) => {
      if (options.knownRules.has(r.id)) return true;
      problems.push({ id: 'directives/unknown-rule', message: `不明なルール ID「${r.id}」です。${suggest(r.id, options.knownRules)}`, range: r.range });
      return false;
    });
    if (!d.reason || d.reason === REASON_PLACEHOLDER) {
      const placeholder = d.reason === REASON_PLACEHOLDER;
      problems.push({
        id: 'directives/missing-reason',
        message: placeholder
          ? `無効化の理由を「${REASON_PLACEHOLDER}」の代わりに書いてください。理由が書かれるまで、この無効化は効きません。`
          : '無効化には理由が必要です（例: <!-- post-policy-disable-next-line pii/phone -- 公式の連絡先 -->）。理由が書かれるまで、この無効化は効きません。',
        range: d.reasonRange,
      });
      continue;
    }
    const startLine = index.positionAt(d.comment.start).line;
    const endLine = index.positionAt(d.comment.end - 1).line;
    for (const r of known) {
      const scope: Scope = { directive: d, ruleId: r.id, idRange: r.range, used: false };
      if (d.kind === 'disable') {
        scope.block = { start: d.comment.end, end: text.length };
        const previous = open.get(r.id);
        if (previous) previous.block!.end = d.comment.start;
        open.set(r.id, scope);
      } else if (d.kind === 'disable-line') {
        scope.lines = new Set(range(startLine, endLine));
      } else {
        scope.lines = new Set([nextContentLine(endLine + 1)]);
      }
      scopes.push(scope);
    }
  }

  // Scopes by rule: line scopes by line, blocks in document order (a rule's blocks never overlap).
  const byLine = new Map<string, Map<number, Scope[]>>();
  const blocks = new Map<string, Scope[]>();
  for (const s of scopes) {
    if (s.block) {
      const list = blocks.get(s.ruleId) ?? [];
      list.push(s);
      blocks.set(s.ruleId, list);
      continue;
    }
    const lines = byLine.get(s.ruleId) ?? new Map<number, Scope[]>();
    for (const l of s.lines!) {
      const list = lines.get(l);
      if (list) list.push(s);
      else lines.set(l, [s]);
    }
    byLine.set(s.ruleId, lines);
  }
  const kept: Finding[] = [];
  for (const f of findings) {
    const line = index.positionAt(f.range.start).line;
    let suppressed = false;
    for (const s of byLine.get(f.rule)?.get(line) ?? []) {
      s.used = true;
      suppressed = true;
    }
    const ruleBlocks = blocks.get(f.rule);
    if (ruleBlocks) {
      // The last block starting at or before the finding is the only one that can hold it.
      const i = lowerBound(ruleBlocks, (s) => s.block!.start > f.range.start) - 1;
      const s = ruleBlocks[i];
      if (s && s.block!.start <= f.range.start && f.range.start < s.block!.end) {
        s.used = true;
        suppressed = true;
      }
    }
    if (!suppressed) kept.push(f);
  }

  // Unused: per directive, either the whole comment (every rule unused) or the single rule id.
  const byDirective = new Map<Directive, Scope[]>();
  for (const s of scopes) {
    const list = byDirective.get(s.directive) ?? [];
    list.push(s);
    byDirective.set(s.directive, list);
  }
  for (const [d, list] of byDirective) {
    const unused = list.filter((s) => !s.used && !options.skippedRules?.has(s.ruleId));
    if (unused.length === 0) continue;
    const where = d.kind === 'disable' ? 'この範囲' : d.kind === 'disable-line' ? 'この行' : '次の行';
    if (unused.length === list.length && list.length === d.rules.length) {
      const ids = unused.map((s) => `「${s.ruleId}」`).join('');
      problems.push({ id: 'directives/unused', message: `${where}に ${ids} の指摘はないため、この無効化コメントは不要です。`, range: d.comment, fixes: [removeFix(text, index, d)] });
    } else {
      for (const s of unused)
        problems.push({ id: 'directives/unused', message: `${where}に「${s.ruleId}」の指摘はないため、このルール ID の無効化は不要です。`, range: s.idRange });
    }
  }

  const eol = eolOf(text);
  const insideComment = (at: number) => {
    const c = comments[firstCommentEndingAfter(at)];
    return !!c && c.range.start < at && at < c.range.end;
  };
  for (const f of kept) {
    const fix = disableFix(doc, index, insideComment, eol, f);
    if (fix) f.fixes = [...f.fixes, fix];
  }
  for (const p of problems) {
    const severity = options.severityOf?.(p.id) ?? 'warning';
    if (severity === 'off') continue;
    kept.push({ rule: p.id, severity, message: p.message, range: p.range, fixes: p.fixes ?? [] });
  }
  return kept;
}

/** Index of the first element for which `after` holds (`after` is false, then true, along the array). */
function lowerBound<T>(items: readonly T[], after: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(items[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

function lineContentEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

function suggest(id: string, known: ReadonlySet<string>): string {
  const name = id.split('/').pop();
  const same = [...known].find((k) => k.split('/').pop() === name);
  return same ? `「${same}」のことですか？` : '';
}

/** Deletes a directive comment, with its line when nothing else is on it. */
function removeFix(text: string, index: LineIndex, d: Directive): Fix {
  // From the line index: lastIndexOf('\r') on a file without \r scans back to the start, for every directive.
  const lineStart = index.offsetAt({ line: index.positionAt(d.comment.start).line, character: 0 });
  const contentEnd = lineContentEnd(text, d.comment.end);
  const alone = /^[ \t\u3000]*$/.test(text.slice(lineStart, d.comment.start)) && /^[ \t\u3000]*$/.test(text.slice(d.comment.end, contentEnd));
  const breakLen = text.startsWith('\r\n', contentEnd) ? 2 : contentEnd < text.length ? 1 : 0;
  const r = alone ? { start: lineStart, end: contentEnd + breakLen } : d.comment;
  return { title: '不要な無効化コメントを削除', edits: [{ range: r, newText: '' }] };
}

/** "この行で無効化（理由を記入）": a disable-next-line comment above the finding's line. */
function disableFix(doc: PostDocument, index: LineIndex, insideComment: (at: number) => boolean, eol: string, f: Finding): Fix | undefined {
  if (f.rule.startsWith('directives/') || f.range.start < doc.bodyStart) return undefined;
  const line = index.positionAt(f.range.start).line;
  const at = index.offsetAt({ line, character: 0 });
  if (at < doc.bodyStart || insideComment(at)) return undefined;
  let indentEnd = at;
  while (indentEnd < doc.text.length && /[ \t\u3000]/.test(doc.text[indentEnd])) indentEnd++;
  const indent = doc.text.slice(at, indentEnd);
  return {
    title: DISABLE_FIX_TITLE,
    edits: [{ range: { start: at, end: at }, newText: `${indent}<!-- post-policy-disable-next-line ${f.rule} -- ${REASON_PLACEHOLDER} -->${eol}` }],
  };
}
