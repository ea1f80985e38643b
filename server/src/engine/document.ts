// Parses a `.post.md` file into front matter and posts, and derives the exact text X receives.
import { parseFrontMatter, type FrontMatter } from './frontMatter';
import type { OffsetRange } from './types';

export interface ImageAttachment {
  alt: string;
  path: string;
  /** The whole `![alt](path)`. */
  range: OffsetRange;
  pathRange: OffsetRange;
}

export interface HtmlComment {
  /** Text between `<!--` and `-->`, untrimmed. */
  body: string;
  range: OffsetRange;
  closed: boolean;
}

/**
 * A stretch of published text with its own offset mapping: the post body, or an image's alt text (X sends it as
 * the image description and screen readers read it aloud). Rules that look for content read every segment;
 * counting rules read only `Post.text` (X does not count alt text).
 */
export interface TextSegment {
  kind: 'body' | 'alt';
  text: string;
  /** Maps an offset in `text` to a document offset. */
  toDocumentOffset(textOffset: number): number;
  /** Maps a [start,end) range in `text` to document offsets. */
  toDocumentRange(start: number, end: number): OffsetRange;
}

export interface Post {
  index: number;
  /** The post's region in the document, separator lines excluded. */
  range: OffsetRange;
  /** What X receives: comments, image lines and surrounding blank lines removed, line breaks as \n. */
  text: string;
  /** Maps an offset in `text` (0..text.length) to the document offset of that character. */
  toDocumentOffset(textOffset: number): number;
  /** Maps a [start,end) range in `text` to document offsets. */
  toDocumentRange(start: number, end: number): OffsetRange;
  images: ImageAttachment[];
  comments: HtmlComment[];
  /** Everything X publishes for this post: the body first, then each image's alt text (see TextSegment). */
  segments: TextSegment[];
}

export interface PostDocument {
  text: string;
  frontMatter: FrontMatter;
  bodyStart: number;
  posts: Post[];
  /** Ranges of the `---` thread separator lines (without their line break). */
  separators: OffsetRange[];
}

const IMAGE = /!\[([^\]\n]*)\]\(([^)\n]*)\)/g;
const IMAGE_LINE = /^[ \t\u3000]*(?:!\[[^\]\n]*\]\([^)\n]*\)[ \t\u3000]*)+$/;

interface Line {
  start: number;
  /** End of content, before the line break. */
  end: number;
  /** Start of the next line (after the line break). */
  next: number;
}

function splitLines(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      const next = c === 13 && text.charCodeAt(i + 1) === 10 && i + 1 < to ? i + 2 : i + 1;
      lines.push({ start, end: i, next });
      start = next;
      i = next - 1;
    }
  }
  if (start < to || lines.length === 0 || start === to) lines.push({ start, end: to, next: to });
  return lines;
}

/** A piece of X text copied from the document, or a synthetic \n standing for a line break. */
interface Piece {
  textStart: number;
  docStart: number;
  length: number;
}

function findComments(text: string, from: number, to: number): HtmlComment[] {
  const comments: HtmlComment[] = [];
  let i = text.indexOf('<!--', from);
  while (i !== -1 && i < to) {
    const close = text.indexOf('-->', i + 4);
    const closed = close !== -1 && close + 3 <= to;
    const end = closed ? close + 3 : to;
    comments.push({ body: text.slice(i + 4, closed ? close : to), range: { start: i, end }, closed });
    i = text.indexOf('<!--', end);
  }
  return comments;
}

function isBlank(s: string): boolean {
  return /^[\s\u3000]*$/.test(s);
}

/** The text of `spans` joined. A loop, not map/join: an empty list's array has another shape, which made V8 throw away
 * and recompile buildPost's optimised code for the first post with a comment (the same below for images). */
function spanText(text: string, spans: readonly OffsetRange[]): string {
  let out = '';
  for (const s of spans) out += text.slice(s.start, s.end);
  return out;
}

/** The body, then each image's alt text that is not blank. */
function segmentsOf(body: TextSegment, images: readonly ImageAttachment[]): TextSegment[] {
  const segments = [body];
  for (const img of images) if (img.alt.trim() !== '') segments.push(altSegment(img));
  return segments;
}

function buildPost(text: string, index: number, from: number, to: number): Post {
  const comments = findComments(text, from, to);
  const images: ImageAttachment[] = [];
  // Visible spans of each line after removing comments.
  const lines = splitLines(text, from, to);
  type Kept = { spans: OffsetRange[]; breakAt: number | null };
  const kept: Kept[] = [];
  let ci = 0;
  for (const line of lines) {
    const spans: OffsetRange[] = [];
    let pos = line.start;
    let hadHidden = false;
    while (ci < comments.length && comments[ci].range.end <= line.start) ci++;
    for (let k = ci; k < comments.length && comments[k].range.start < line.end; k++) {
      const c = comments[k];
      if (c.range.end <= pos) continue;
      if (c.range.start > pos) spans.push({ start: pos, end: c.range.start });
      pos = Math.max(pos, c.range.end);
      hadHidden = true;
    }
    if (pos < line.end) spans.push({ start: pos, end: line.end });
    if (pos > line.end) hadHidden = true; // a comment continues past this line
    // Lines covered by a multi-line comment have no spans at all.
    // Most lines are one span without images: no join, no regex (a 100,000-line file is parsed per line).
    const visible = spans.length === 1 ? text.slice(spans[0].start, spans[0].end) : spanText(text, spans);
    const isImageLine = visible.includes('![') && IMAGE_LINE.test(visible);
    if (isImageLine) {
      for (const s of spans) {
        IMAGE.lastIndex = 0;
        const seg = text.slice(s.start, s.end);
        let m: RegExpExecArray | null;
        while ((m = IMAGE.exec(seg))) {
          const start = s.start + m.index;
          const pathStart = start + 2 + m[1].length + 2;
          images.push({
            alt: m[1],
            path: m[2],
            range: { start, end: start + m[0].length },
            pathRange: { start: pathStart, end: pathStart + m[2].length },
          });
        }
      }
      continue;
    }
    // A line that held only comments disappears with its line break.
    if (hadHidden && isBlank(visible)) continue;
    kept.push({ spans, breakAt: line.next > line.end ? line.end : null });
  }
  // Drop leading and trailing blank lines.
  const blank = (k: Kept) => isBlank(spanText(text, k.spans));
  let a = 0;
  let b = kept.length;
  while (a < b && blank(kept[a])) a++;
  while (b > a && blank(kept[b - 1])) b--;
  const pieces: Piece[] = [];
  let out = '';
  for (let k = a; k < b; k++) {
    const { spans, breakAt } = kept[k];
    for (const s of spans) {
      if (s.end <= s.start) continue;
      pieces.push({ textStart: out.length, docStart: s.start, length: s.end - s.start });
      out += text.slice(s.start, s.end);
    }
    if (k < b - 1) {
      pieces.push({ textStart: out.length, docStart: breakAt ?? spans[spans.length - 1]?.end ?? from, length: 1 });
      out += '\n';
    }
  }
  // Trim spaces at both ends, as X does.
  const lead = out.length - out.replace(/^[\s\u3000]+/, '').length;
  const trail = out.length - out.replace(/[\s\u3000]+$/, '').length;
  const trimmed = out.slice(lead, out.length - trail);
  const trimmedPieces: Piece[] = [];
  for (const p of pieces) {
    const s = Math.max(p.textStart, lead);
    const e = Math.min(p.textStart + p.length, out.length - trail);
    if (e <= s) continue;
    trimmedPieces.push({ textStart: s - lead, docStart: p.docStart + (p.length === 1 && isLineBreakPiece(text, p) ? 0 : s - p.textStart), length: e - s });
  }
  // Last piece whose text starts before t (strict) or at/before t.
  const pieceAt = (t: number, strict: boolean): Piece | undefined => {
    let lo = 0;
    let hi = trimmedPieces.length - 1;
    let found: Piece | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const ok = strict ? trimmedPieces[mid].textStart < t : trimmedPieces[mid].textStart <= t;
      if (ok) {
        found = trimmedPieces[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  // Where a range ending at text offset t ends in the document.
  const mapEnd = (t: number): number => {
    const p = pieceAt(t, true);
    if (!p) return trimmedPieces[0]?.docStart ?? from;
    if (isLineBreakPiece(text, p)) return lineBreakEnd(text, p.docStart);
    return p.docStart + Math.min(t - p.textStart, p.length);
  };
  // Where a range starting at text offset t starts in the document.
  const mapStart = (t: number): number => {
    if (t >= trimmed.length) return mapEnd(trimmed.length);
    const p = pieceAt(t, false);
    if (!p) return trimmedPieces[0]?.docStart ?? from;
    return p.docStart + (t - p.textStart);
  };
  const toDocumentRange = (s: number, e: number): OffsetRange => {
    const start = mapStart(s);
    return { start, end: e <= s ? start : Math.max(start, mapEnd(e)) };
  };
  const body: TextSegment = { kind: 'body', text: trimmed, toDocumentOffset: mapStart, toDocumentRange };
  return {
    index,
    range: { start: from, end: to },
    text: trimmed,
    toDocumentOffset: mapStart,
    toDocumentRange,
    images,
    comments,
    segments: segmentsOf(body, images),
  };
}

/** An image's alt text as a segment: a contiguous stretch of the document right after `![`. */
/**
 * A long segment cut at line breaks into pieces of about `size` characters (one piece when it is short), each a
 * segment of its own mapping back through the original: rules that never look across a line can work through a
 * huge post piece by piece and let the server breathe in between.
 */
export function piecesOf(seg: TextSegment, size = 4096): TextSegment[] {
  if (seg.text.length <= size) return [seg];
  const out: TextSegment[] = [];
  for (let from = 0; from < seg.text.length; ) {
    let to = Math.min(seg.text.length, from + size);
    if (to < seg.text.length) {
      const nl = seg.text.lastIndexOf('\n', to);
      // No line break in the piece: cut after a sentence end or a space near the size (a name is never cut in two),
      // else anyway, at a code-point boundary.
      if (nl > from) to = nl + 1;
      else {
        const end = lastBreakBefore(seg.text, to, Math.max(from + 1, to - 512));
        if (end > from) to = end;
        else if (/[\uDC00-\uDFFF]/.test(seg.text[to] ?? '')) to--;
      }
    }
    const at = from;
    out.push({
      kind: seg.kind,
      text: seg.text.slice(from, to),
      toDocumentOffset: (t) => seg.toDocumentOffset(at + t),
      toDocumentRange: (a, b) => seg.toDocumentRange(at + a, at + b),
    });
    from = to;
  }
  return out;
}

const PIECE_BREAK = new Set([...'。！？!?\u3000 \t']);
/** Just after the last sentence end or space in [floor, to), or -1. */
function lastBreakBefore(text: string, to: number, floor: number): number {
  for (let i = to - 1; i >= floor; i--) if (PIECE_BREAK.has(text[i])) return i + 1;
  return -1;
}

function altSegment(img: ImageAttachment): TextSegment {
  const at = img.range.start + 2;
  const n = img.alt.length;
  const clamp = (t: number) => Math.max(0, Math.min(n, t));
  return {
    kind: 'alt',
    text: img.alt,
    toDocumentOffset: (t) => at + clamp(t),
    toDocumentRange: (s, e) => ({ start: at + clamp(s), end: at + Math.max(clamp(s), clamp(e)) }),
  };
}

function isLineBreakPiece(text: string, p: Piece): boolean {
  if (p.length !== 1) return false;
  const c = text.charCodeAt(p.docStart);
  return c === 10 || c === 13;
}

function lineBreakEnd(text: string, at: number): number {
  return text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
}

const SEPARATOR = /^---[ \t]*$/;

export function parsePostDocument(text: string): PostDocument {
  const { frontMatter, bodyStart } = parseFrontMatter(text);
  const posts: Post[] = [];
  const separators: OffsetRange[] = [];
  const lines = splitLines(text, bodyStart, text.length);
  let postStart = bodyStart;
  // Separators inside an HTML comment do not split the thread (lines and comments both in order: one pass).
  const comments = findComments(text, bodyStart, text.length);
  let ci = 0;
  const inComment = (o: number) => {
    while (ci < comments.length && comments[ci].range.end <= o) ci++;
    return ci < comments.length && comments[ci].range.start <= o;
  };
  for (const line of lines) {
    if (SEPARATOR.test(text.slice(line.start, line.end)) && !inComment(line.start)) {
      posts.push(buildPost(text, posts.length, postStart, line.start));
      separators.push({ start: line.start, end: line.end });
      postStart = line.next;
    }
  }
  posts.push(buildPost(text, posts.length, postStart, text.length));
  return { text, frontMatter, bodyStart, posts, separators };
}
