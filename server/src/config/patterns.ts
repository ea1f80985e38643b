// Team patterns (`/regex/flags` in allow.* and terms[].pattern) run on re2js, a linear-time engine, so a
// team file can never hang an editor. Anything re2js cannot run in linear time is rejected with a message.
import { RE2JS } from 're2js';

export interface CompiledPattern {
  /** Source as written between the slashes (before translation to RE2 syntax). */
  source: string;
  flags: string;
  re: RE2JS;
}

export type PatternResult = { ok: true; pattern: CompiledPattern } | { ok: false; message: string };

/** `/…/flags` as written in a config file. */
const REGEX_ENTRY = /^\/(.*)\/([A-Za-z]*)$/s;

/** True when a config string is a `/regex/flags` entry rather than an exact value or literal word. */
export function isRegexEntry(entry: string): boolean {
  return entry.length >= 2 && REGEX_ENTRY.test(entry);
}

/** Splits `/…/flags`; undefined for a plain string. */
export function splitRegexEntry(entry: string): { source: string; flags: string } | undefined {
  const m = REGEX_ENTRY.exec(entry);
  return m && entry.length >= 2 ? { source: m[1], flags: m[2] } : undefined;
}

const FLAG_BITS: Record<string, number> = { i: RE2JS.CASE_INSENSITIVE, m: RE2JS.MULTILINE, s: RE2JS.DOTALL, u: 0, g: 0 };

/**
 * Translates the JavaScript spellings that RE2 writes differently: `\uXXXX` and `\u{X…}` become
 * `\x{…}`. Everything else is passed through for RE2 to accept or reject.
 */
export function toRe2Syntax(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const rest = source.slice(i + 1);
    const braced = /^u\{([0-9A-Fa-f]{1,6})\}/.exec(rest);
    const four = /^u([0-9A-Fa-f]{4})/.exec(rest);
    const m = braced ?? four;
    if (m) {
      out += `\\x{${m[1]}}`;
      i += m[0].length;
    } else {
      out += c + (source[i + 1] ?? '');
      i++;
    }
  }
  return out;
}

/** Why a pattern that JavaScript accepts cannot run in linear time, in Japanese; undefined if not known. */
function unsafeFeature(source: string): string | undefined {
  if (/\(\?<[=!]/.test(source)) return '後読み（(?<= ) や (?<! )）';
  if (/\(\?[=!]/.test(source)) return '先読み（(?= ) や (?! )）';
  if (/\\[1-9]|\\k</.test(source)) return '後方参照（\\1 や \\k<名前>）';
  return undefined;
}

/** Compiles a team pattern with re2js; an error message in Japanese when it is invalid or unsafe. */
export function compilePattern(source: string, flags = ''): PatternResult {
  const badFlags = [...flags].filter((f) => !(f in FLAG_BITS));
  if (badFlags.length > 0) return { ok: false, message: `正規表現のフラグ「${badFlags.join('')}」は使えません（使えるのは i, m, s, u, g）。` };
  let jsError: string | undefined;
  try {
    // Only compiled, never run: tells a syntax error from a construct RE2 refuses.
    new RegExp(source, flags.includes('u') ? 'u' : '');
  } catch (e) {
    jsError = (e as Error).message;
  }
  let bits = 0;
  for (const f of flags) bits |= FLAG_BITS[f];
  try {
    const re = RE2JS.compile(toRe2Syntax(source), bits);
    return { ok: true, pattern: { source, flags, re } };
  } catch (e) {
    const detail = (e as Error).message.replace(/^error parsing regexp: /, '');
    if (jsError !== undefined) return { ok: false, message: `正規表現の書き方が正しくありません: ${detail}` };
    const feature = unsafeFeature(source);
    return {
      ok: false,
      message: feature
        ? `${feature}は使えません。チームのパターンは線形時間で評価できる正規表現（RE2 構文）に限ります。`
        : `線形時間で評価できる正規表現（RE2 構文）として解釈できません: ${detail}`,
    };
  }
}

/** Compiles `/…/flags` or, for a plain string, a pattern matching that exact text. */
export function compileEntry(entry: string): PatternResult {
  const parts = splitRegexEntry(entry);
  if (!parts) return { ok: true, pattern: { source: entry, flags: '', re: RE2JS.compile(RE2JS.quote(entry)) } };
  if (parts.source === '') return { ok: false, message: '正規表現が空です。' };
  return compilePattern(parts.source, parts.flags);
}

const cache = new Map<string, PatternResult>();

/** compileEntry, remembered (configs are re-resolved often; patterns rarely change). */
export function compileEntryCached(entry: string): PatternResult {
  let r = cache.get(entry);
  if (!r) {
    if (cache.size > 2000) cache.clear();
    cache.set(entry, (r = compileEntry(entry)));
  }
  return r;
}

export interface PatternMatch {
  start: number;
  end: number;
  text: string;
  /** Capture groups by number (index 0 is the whole match) and by name. */
  groups: (string | undefined)[];
  named: Record<string, string | undefined>;
}

/** Every non-empty match, left to right, with UTF-16 offsets into `text`. */
export function findMatches(pattern: CompiledPattern, text: string): PatternMatch[] {
  const out: PatternMatch[] = [];
  for (const m of pattern.re.matchAll(text)) {
    if (m[0].length === 0) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], groups: [...m], named: (m.groups ?? {}) as Record<string, string | undefined> });
  }
  return out;
}

/** Longest expected wording after expansion: a term is a word or phrase, never a copy of the post. */
export const MAX_EXPANSION = 1000;

/**
 * Expands `$&`, `$1`…`$99`, `$<name>`, `` $` ``, `$'` and `$$` in `replacement` for one match,
 * as String.prototype.replace does; undefined when the result would exceed MAX_EXPANSION (`` $`$`$` `` on a
 * long post would otherwise grow to gigabytes).
 */
export function expandReplacement(replacement: string, m: PatternMatch, input: string): string | undefined {
  let out = '';
  let last = 0;
  for (const t of replacement.matchAll(/\$(\$|&|`|'|<([^>]*)>|\d\d?)/g)) {
    const piece = expandToken(t[0], t[1], t[2], m, input);
    out += replacement.slice(last, t.index);
    if (out.length + piece.length > MAX_EXPANSION) return undefined;
    out += piece;
    last = t.index! + t[0].length;
  }
  out += replacement.slice(last);
  return out.length > MAX_EXPANSION ? undefined : out;
}

function expandToken(all: string, token: string, name: string | undefined, m: PatternMatch, input: string): string {
  if (token === '$') return '$';
  if (token === '&') return m.text;
  // Sliced only when short enough to keep (the caller stops at MAX_EXPANSION).
  if (token === '`') return m.start > MAX_EXPANSION ? ' '.repeat(MAX_EXPANSION + 1) : input.slice(0, m.start);
  if (token === "'") return input.length - m.end > MAX_EXPANSION ? ' '.repeat(MAX_EXPANSION + 1) : input.slice(m.end);
  if (name !== undefined) return Object.keys(m.named).length > 0 ? m.named[name] ?? '' : all;
  const groupCount = m.groups.length - 1;
  const two = Number(token);
  if (token.length === 2 && two >= 1 && two <= groupCount) return m.groups[two] ?? '';
  const one = Number(token[0]);
  if (one >= 1 && one <= groupCount) return (m.groups[one] ?? '') + token.slice(1);
  return all;
}
