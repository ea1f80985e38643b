// YAML front matter at the very start of a post file, parsed with positions.
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { OffsetRange } from './types';
import { parseFlatYaml, type FlatEntry } from './flatYaml';
import { duplicateKeyRanges, DUPLICATE_KEY_MESSAGE } from './yamlKeys';
import { loneCrAsLf } from './text';

/** Front matter is a handful of keys; a larger block is reported instead of parsed (the yaml library costs ~2–3 ms/KB). */
export const MAX_FRONT_MATTER = 8 * 1024;

export interface FrontMatterError {
  message: string;
  range: OffsetRange;
}

export interface FrontMatter {
  /** Whole block including both `---` lines; empty range at 0 when absent. */
  range: OffsetRange;
  /** The YAML text between the delimiters. */
  contentRange: OffsetRange;
  present: boolean;
  /** Parsed mapping; unknown keys are kept. Empty when the YAML is broken. */
  data: Record<string, unknown>;
  errors: FrontMatterError[];
  /** Document offsets of a top-level key's value, when present. */
  valueRange(key: string): OffsetRange | undefined;
  /** Document offsets of a top-level key itself, when present. */
  keyRange(key: string): OffsetRange | undefined;
}

const OPEN = /^---[ \t]*(\r\n|\n|\r)/;
const CLOSE = /^(---|\.\.\.)[ \t]*(\r\n|\n|\r|$)/gm;

export function absentFrontMatter(): FrontMatter {
  return {
    range: { start: 0, end: 0 },
    contentRange: { start: 0, end: 0 },
    present: false,
    data: {},
    errors: [],
    valueRange: () => undefined,
    keyRange: () => undefined,
  };
}

/** Finds and parses front matter; returns where the body starts. */
export function parseFrontMatter(text: string): { frontMatter: FrontMatter; bodyStart: number } {
  return findFrontMatter(text, true);
}

/** The same with the yaml library only and no cache: the reference the fast path is tested and measured against. */
export function parseFrontMatterSlow(text: string): { frontMatter: FrontMatter; bodyStart: number } {
  return findFrontMatter(text, false);
}

function findFrontMatter(text: string, fast: boolean): { frontMatter: FrontMatter; bodyStart: number } {
  const open = OPEN.exec(text);
  if (!open) return { frontMatter: absentFrontMatter(), bodyStart: 0 };
  const contentStart = open[0].length;
  CLOSE.lastIndex = contentStart;
  const close = CLOSE.exec(text);
  if (!close) {
    // Unclosed: report on the opening line and lint the rest as body so no text is ignored.
    const fm = absentFrontMatter();
    fm.errors.push({
      message: 'フロントマターが閉じられていません。2 行目以降のどこかに `---` だけの行を置いてください。',
      range: { start: 0, end: 3 },
    });
    return { frontMatter: fm, bodyStart: contentStart };
  }
  const contentEnd = close.index;
  const end = close.index + close[0].length;
  if (!fast) return { frontMatter: parseBlock(text, contentStart, contentEnd, end), bodyStart: end };
  // Typing in the body leaves the front matter unchanged: reuse its parse (YAML parsing dominates a small post's lint).
  const block = text.slice(0, end);
  const cached = recent.get(block);
  if (cached) {
    recent.delete(block);
    recent.set(block, cached);
    return { frontMatter: cached, bodyStart: end };
  }
  const frontMatter = parseFlatBlock(text, contentStart, contentEnd, end) ?? parseBlock(text, contentStart, contentEnd, end);
  recent.set(block, frontMatter);
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value!);
  return { frontMatter, bodyStart: end };
}

/** Recently parsed front-matter blocks (exact text → result); results are treated as immutable. */
const recent = new Map<string, FrontMatter>();
const RECENT_MAX = 32;

/** Flat `key: value` front matter read without the yaml library (an archive of distinct posts misses the cache). */
function parseFlatBlock(text: string, contentStart: number, contentEnd: number, end: number): FrontMatter | undefined {
  if (contentEnd - contentStart > MAX_FRONT_MATTER) return undefined;
  const entries = parseFlatYaml(text.slice(contentStart, contentEnd));
  if (!entries) return undefined;
  const errors: FrontMatterError[] = [];
  const first = new Map<string, FlatEntry>();
  for (const e of entries) {
    if (!first.has(e.key)) first.set(e.key, e);
    // Same message and range as duplicateKeyRanges on the library's document.
    else errors.push({ message: `フロントマターの YAML が正しくありません: ${DUPLICATE_KEY_MESSAGE}`, range: { start: contentStart + e.keyStart, end: contentStart + Math.max(e.keyEnd, e.keyStart + 1) } });
  }
  const data: Record<string, unknown> = {};
  if (errors.length === 0) for (const e of entries) data[e.key] = e.value;
  const rangeOf = (key: string, which: 'key' | 'value'): OffsetRange | undefined => {
    const e = first.get(key);
    if (!e) return undefined;
    return which === 'key' ? { start: contentStart + e.keyStart, end: contentStart + e.keyEnd } : { start: contentStart + e.valueStart, end: contentStart + e.valueEnd };
  };
  return {
    range: { start: 0, end },
    contentRange: { start: contentStart, end: contentEnd },
    present: true,
    data,
    errors,
    valueRange: (key) => rangeOf(key, 'value'),
    keyRange: (key) => rangeOf(key, 'key'),
  };
}

function parseBlock(text: string, contentStart: number, contentEnd: number, end: number): FrontMatter {
  const yamlText = text.slice(contentStart, contentEnd);
  const errors: FrontMatterError[] = [];
  let data: Record<string, unknown> = {};
  let doc: Document | undefined;
  if (yamlText.length > MAX_FRONT_MATTER) {
    errors.push({
      message: `フロントマターが大きすぎます（${Math.ceil(yamlText.length / 1024)} KB、上限 ${MAX_FRONT_MATTER / 1024} KB）。投稿の設定だけを書いてください。`,
      range: { start: 0, end: 3 },
    });
    return frontMatterOf(contentStart, contentEnd, end, data, errors, undefined);
  }
  try {
    doc = parseDocument(loneCrAsLf(yamlText), { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: false });
    for (const [s, t] of duplicateKeyRanges(doc)) {
      errors.push({ message: `フロントマターの YAML が正しくありません: ${DUPLICATE_KEY_MESSAGE}`, range: { start: contentStart + s, end: contentStart + Math.max(t, s + 1) } });
    }
    for (const e of doc.errors) {
      const [s, t] = e.pos;
      errors.push({
        message: `フロントマターの YAML が正しくありません: ${e.message.split('\n')[0]}`,
        range: { start: contentStart + s, end: contentStart + Math.max(t, s + 1) },
      });
    }
    if (errors.length === 0) {
      const js = doc.toJS();
      if (js === null || js === undefined) data = {};
      else if (typeof js === 'object' && !Array.isArray(js)) data = js as Record<string, unknown>;
      else
        errors.push({
          message: 'フロントマターは「キー: 値」の形で書いてください。',
          range: { start: contentStart, end: contentEnd },
        });
    }
  } catch (e) {
    errors.push({
      message: `フロントマターを読み込めません: ${(e as Error).message}`,
      range: { start: contentStart, end: contentEnd },
    });
  }
  return frontMatterOf(contentStart, contentEnd, end, data, errors, doc);
}

function frontMatterOf(contentStart: number, contentEnd: number, end: number, data: Record<string, unknown>, errors: FrontMatterError[], doc: Document | undefined): FrontMatter {
  const rangeOf = (key: string, which: 'key' | 'value'): OffsetRange | undefined => {
    if (!doc || !isMap(doc.contents)) return undefined;
    for (const pair of doc.contents.items) {
      const k = pair.key;
      if (isScalar(k) && String(k.value) === key) {
        const node = which === 'key' ? k : (pair.value as { range?: [number, number, number] } | null);
        const r = node && 'range' in node ? node.range : undefined;
        if (!r) return undefined;
        return { start: contentStart + r[0], end: contentStart + r[1] };
      }
    }
    return undefined;
  };
  return {
    range: { start: 0, end },
    contentRange: { start: contentStart, end: contentEnd },
    present: true,
    data,
    errors,
    valueRange: (key) => rangeOf(key, 'value'),
    keyRange: (key) => rangeOf(key, 'key'),
  };
}
