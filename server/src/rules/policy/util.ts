// Helpers shared by the policy rules: front-matter values and edits, pattern search over a post's X text.
import type { z } from 'zod';
import type { RuleContext } from '../../engine/rule';
import type { PostDocument, Post } from '../../engine/document';
import { eolOf } from '../../engine/text';
import type { OffsetRange, Severity, TextEdit } from '../../engine/types';

/** A top-level front-matter value as a trimmed string (numbers and booleans stringified); undefined when absent or empty. */
export function fmString(doc: PostDocument, key: string): string | undefined {
  const v = doc.frontMatter.data[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toISOString();
  return undefined;
}

/** Where to point for a front-matter key: its value, else the key, else the front matter's first line. */
export function fmRange(doc: PostDocument, key: string): OffsetRange {
  const value = doc.frontMatter.valueRange(key);
  // `key:` with nothing after it has an empty value range: point at the key instead.
  if (value && value.end > value.start) return value;
  return doc.frontMatter.keyRange(key) ?? fmStartRange(doc);
}

/** `key: value` as a whole (key start to value end). */
export function fmEntryRange(doc: PostDocument, key: string): OffsetRange | undefined {
  const k = doc.frontMatter.keyRange(key);
  if (!k) return undefined;
  const v = doc.frontMatter.valueRange(key);
  return { start: k.start, end: v ? Math.max(v.end, k.end) : k.end };
}

/** The opening `---` of the front matter, or an empty range at the start of the document. */
export function fmStartRange(doc: PostDocument): OffsetRange {
  return doc.frontMatter.present ? { start: 0, end: 3 } : { start: 0, end: 0 };
}

/** The whole line holding `offset`, including its line break (for deleting a front-matter line). */
export function lineWithBreak(text: string, offset: number): OffsetRange {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  if (text[end] === '\r' && text[end + 1] === '\n') end += 2;
  else if (end < text.length) end += 1;
  return { start, end };
}

/** End of the line holding `offset` (before the line break). */
export function lineEnd(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return end;
}

const PLAIN_SCALAR = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^#\r\n]*$/;
const LOOKS_TYPED = /^(?:true|false|yes|no|on|off|null|~|[-+]?[\d.]+(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+)$/i;

/** A YAML scalar for `value`: plain when safe, otherwise double-quoted (JSON strings are valid YAML). */
export function yamlScalar(value: string): string {
  if (value !== '' && PLAIN_SCALAR.test(value) && !/:\s|\s$/.test(value) && !LOOKS_TYPED.test(value)) return value;
  return JSON.stringify(value);
}

/**
 * Edits that set top-level front-matter keys to the given (already YAML-formatted) values: existing values are
 * replaced in place, missing keys are added before the closing `---`, and a front matter block is created when
 * the file has none. Throws when the front matter cannot be parsed (editing it blindly could lose data).
 */
export function setFrontMatterEdits(doc: PostDocument, all: [key: string, yamlValue: string | undefined][]): TextEdit[] {
  const text = doc.text;
  const eol = eolOf(text);
  const fm = doc.frontMatter;
  if (fm.errors.length > 0) throw new Error('フロントマターに誤りがあるため編集できません。先に YAML を直してください。');
  // An undefined value removes the key's line (when the key is a one-line entry).
  const entries = all.filter((e): e is [string, string] => e[1] !== undefined);
  if (!fm.present) {
    if (entries.length === 0) return [];
    const block = ['---', ...entries.map(([k, v]) => `${k}: ${v}`), '---'].join(eol) + eol;
    return [{ range: { start: 0, end: 0 }, newText: block }];
  }
  const edits: TextEdit[] = [];
  const added: string[] = [];
  for (const [key] of all.filter((e) => e[1] === undefined)) {
    const k = fm.keyRange(key);
    const v = fm.valueRange(key);
    if (k && (!v || lineEnd(text, k.start) >= v.end)) edits.push({ range: lineWithBreak(text, k.start), newText: '' });
  }
  for (const [key, value] of entries) {
    const k = fm.keyRange(key);
    const v = fm.valueRange(key);
    if (v && v.end > v.start) edits.push({ range: v, newText: value });
    else if (k) edits.push({ range: { start: k.start, end: lineEnd(text, k.start) }, newText: `${key}: ${value}` });
    else added.push(`${key}: ${value}`);
  }
  if (added.length > 0) {
    // Insert before the closing delimiter line.
    const at = fm.contentRange.end;
    const needsBreak = at > fm.contentRange.start && text[at - 1] !== '\n' && text[at - 1] !== '\r';
    edits.push({ range: { start: at, end: at }, newText: (needsBreak ? eol : '') + added.join(eol) + eol });
  }
  return edits;
}

export interface TextMatch {
  post: Post;
  /** Offsets in post.text. */
  start: number;
  end: number;
  match: RegExpExecArray;
}

/** Every match of a global regex in every post's X text. */
export function* matchPosts(doc: PostDocument, re: RegExp): Generator<TextMatch> {
  if (!re.global) throw new Error('matchPosts needs a global regex');
  for (const post of doc.posts) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(post.text))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      yield { post, start: m.index, end: m.index + m[0].length, match: m };
    }
  }
}

/** The sentence (up to 。！？ or a line break) around [start,end) in `text`, as offsets. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && !/[。！？!?\n]/.test(text[s - 1])) s--;
  let e = end;
  while (e < text.length && !/[。！？!?\n]/.test(text[e])) e++;
  return { start: s, end: Math.min(text.length, e + 1) };
}

/** Usernames compare case-insensitively, without a leading @. */
export function normalizeHandle(handle: string): string {
  return handle.trim().replace(/^[@＠]/, '').toLowerCase();
}

/** `https://x.com/<user>/status/<id>` (or twitter.com, mobile., www.) → user and id. */
export function parseStatusUrl(url: string): { user: string; id: string } | undefined {
  const m = /^(?:https?:\/\/)?(?:(?:www|mobile)\.)?(?:x|twitter)\.com\/([A-Za-z0-9_]{1,15})\/status(?:es)?\/(\d{1,25})(?:[/?#][^\s]*)?$/i.exec(url.trim());
  return m ? { user: m[1], id: m[2] } : undefined;
}

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

/** The configured severity, lowered to `cap` for weaker evidence (never raised). */
export function atMost(configured: Severity, cap: Severity): Severity {
  return RANK[configured] <= RANK[cap] ? configured : cap;
}

/** Options already validated, by options object and schema (invalid ones are validated, and reported, on every lint). */
const validOptions = new WeakMap<object, Map<z.ZodType<unknown>, unknown>>();
const NO_OPTIONS = {};
function isEmpty(o: object): boolean {
  for (const _ in o) return false;
  return true;
}

/** Validates a rule's options with zod; a bad option is reported once (warning) and the defaults are used. */
export function parseOptions<T>(ctx: RuleContext, ruleId: string, schema: z.ZodType<T>, defaults: T): T {
  // The config's options object is the same for every post it applies to: validate it once (zod was ~1 % of a CLI run).
  // No options (lint passes a fresh {} each time) all validate alike.
  const key = !ctx.options || isEmpty(ctx.options) ? NO_OPTIONS : ctx.options;
  let bySchema = validOptions.get(key);
  if (bySchema?.has(schema)) return bySchema.get(schema) as T;
  const parsed = schema.safeParse(ctx.options ?? {});
  if (parsed.success) {
    if (!bySchema) validOptions.set(key, (bySchema = new Map()));
    bySchema.set(schema, parsed.data);
    return parsed.data;
  }
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `「${issue.path.join('.')}」: ` : '';
  ctx.report({ message: `${ruleId} のオプションが正しくありません。${where}${issue?.message ?? ''}（既定値で検査します）`, range: fmStartRange(ctx.doc), severity: atMost(ctx.severity, 'warning') });
  return defaults;
}

/** Words for the office's own people: quoting them is not citing another source, and is the official voice. */
/** A clock time: 9:30, 10時, 10時半, 14時ごろ (features of the statistical layer, secretKnowledge's whereabouts). */
export const CLOCK = /(?<![0-9０-９])[0-9０-９]{1,2}(?:[:：][0-9０-９]{2}|時)/;
export const OWN_STAFF = /(?:園長|副園長|主任|保育士|保育教諭|栄養士|看護師|先生|職員|スタッフ|担当者?|課長|部長|市長|副市長|当課|本課|保育課|当園|本市|市(?:で|と)は)/;

export { twitter } from '../../engine/twitterText';

/** twitter-text's extraction, one scan per post text shared with the count (engine/entities.ts). */
export { entitiesOf, mentionsOf, urlsOf } from '../../engine/entities';
