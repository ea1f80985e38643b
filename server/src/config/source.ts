// Reads a config file's text (JSONC or YAML) into a value plus a way to find each path's position.
import { createScanner, findNodeAtLocation, parseTree, printParseErrorCode, SyntaxKind, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { isCollection, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node as YamlNode } from 'yaml';
import type { OffsetRange } from '../engine/types';
import { loneCrAsLf } from '../engine/text';
import { duplicateKeyRanges, DUPLICATE_KEY_MESSAGE } from '../engine/yamlKeys';

export interface ConfigProblem {
  message: string;
  range: OffsetRange;
}

export interface ConfigSource {
  value: unknown;
  problems: ConfigProblem[];
  /** Range of the value at `path` (or the nearest existing parent). */
  rangeOf(path: readonly (string | number)[], which?: 'value' | 'key'): OffsetRange;
}

const JSON_ERRORS: Record<string, string> = {
  InvalidSymbol: '不正な文字があります',
  InvalidNumberFormat: '数値の形式が正しくありません',
  PropertyNameExpected: 'キー名（"..."）が必要です',
  ValueExpected: '値が必要です',
  ColonExpected: '「:」が必要です',
  CommaExpected: '「,」が必要です',
  CloseBraceExpected: '「}」が必要です',
  CloseBracketExpected: '「]」が必要です',
  EndOfFileExpected: 'ファイルの終わりに余分な内容があります',
  InvalidCommentToken: 'コメントの書き方が正しくありません',
  UnexpectedEndOfComment: 'コメントが閉じられていません',
  UnexpectedEndOfString: '文字列が閉じられていません',
  UnexpectedEndOfNumber: '数値が途中で終わっています',
  InvalidUnicode: 'Unicode エスケープが正しくありません',
  InvalidEscapeCharacter: 'エスケープ文字が正しくありません',
  InvalidCharacter: '不正な文字があります',
};

export function isYamlPath(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}

export function readConfigSource(text: string, yaml: boolean): ConfigSource {
  return yaml ? readYaml(text) : readJsonc(text);
}

/** Deeper nesting is no team config; the parsers recurse per level and would overflow the stack. */
export const MAX_NESTING = 64;
const nestingMessage = `設定ファイルの入れ子が深すぎます（${MAX_NESTING} 段まで）。`;
const protoMessage = 'キー「__proto__」は使えません（設定の検証を迂回できてしまうため）。';

/** Offset of the first bracket nesting deeper than MAX_NESTING (JSONC tokens, so strings and comments are skipped). */
function tooDeepJson(text: string): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let t = scanner.scan(); t !== SyntaxKind.EOF; t = scanner.scan()) {
    if (t === SyntaxKind.OpenBraceToken || t === SyntaxKind.OpenBracketToken) {
      if (++depth > MAX_NESTING) return scanner.getTokenOffset();
    } else if (t === SyntaxKind.CloseBraceToken || t === SyntaxKind.CloseBracketToken) depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/** The same for YAML flow collections (`[[[…`), skipping quoted text and comments. */
function tooDeepYaml(text: string): number | undefined {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"') i++;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? text.length : nl;
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_NESTING) return i;
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
}

function readJsonc(text: string): ConfigSource {
  const deep = tooDeepJson(text);
  if (deep !== undefined) return unparsable(text, nestingMessage, deep);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems = errors.map((e) => ({
    message: `設定ファイルの JSON が正しくありません: ${JSON_ERRORS[printParseErrorCode(e.error)] ?? printParseErrorCode(e.error)}`,
    range: { start: e.offset, end: e.offset + Math.max(1, e.length) },
  }));
  const protoAt: JsonNode[] = [];
  const value = root && errors.length === 0 ? nodeValue(root, protoAt) : undefined;
  for (const key of protoAt) problems.push({ message: protoMessage, range: { start: key.offset, end: key.offset + key.length } });
  const rangeOf = (path: readonly (string | number)[], which: 'value' | 'key' = 'value'): OffsetRange => {
    if (!root) return { start: 0, end: Math.min(1, text.length) };
    for (let n = path.length; n >= 0; n--) {
      const node = findNodeAtLocation(root, path.slice(0, n) as (string | number)[]);
      if (!node) continue;
      // For an unknown key, point at the key itself rather than its value.
      const target = which === 'key' && n === path.length && node.parent?.type === 'property' ? node.parent.children![0] : node;
      return { start: target.offset, end: target.offset + target.length };
    }
    return { start: root.offset, end: root.offset + 1 };
  };
  return { value: protoAt.length ? undefined : value, problems, rangeOf };
}

/** A source that could not be read at all: one problem at `at`. */
function unparsable(text: string, message: string, at: number): ConfigSource {
  const range = { start: at, end: Math.min(text.length, at + 1) };
  return { value: undefined, problems: [{ message, range }], rangeOf: () => range };
}

/** Plain data in null-prototype objects; `__proto__` keys are collected (reported) rather than assigned. */
function nodeValue(node: JsonNode, protoAt: JsonNode[]): unknown {
  switch (node.type) {
    case 'object': {
      const o: Record<string, unknown> = Object.create(null);
      for (const p of node.children ?? []) {
        const [k, v] = p.children ?? [];
        if (!k || !v) continue;
        if (k.value === '__proto__') protoAt.push(k);
        else o[k.value] = nodeValue(v, protoAt);
      }
      return o;
    }
    case 'array':
      return (node.children ?? []).map((c) => nodeValue(c, protoAt));
    default:
      return node.value;
  }
}

function readYaml(text: string): ConfigSource {
  const deep = tooDeepYaml(text);
  if (deep !== undefined) return unparsable(text, nestingMessage, deep);
  // uniqueKeys: false and our own one-pass check (the library's is quadratic in the number of keys).
  const doc = parseDocument(loneCrAsLf(text), { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: false });
  const duplicates = duplicateKeyRanges(doc).map(([s, t]) => ({ message: `設定ファイルの YAML が正しくありません: ${DUPLICATE_KEY_MESSAGE}`, range: { start: s, end: Math.max(t, s + 1) } }));
  const problems = [
    ...duplicates,
    ...doc.errors.map((e) => ({
      message: `設定ファイルの YAML が正しくありません: ${e.message.split('\n')[0]}`,
      range: { start: e.pos[0], end: Math.max(e.pos[1], e.pos[0] + 1) },
    })),
  ].sort((a, b) => a.range.start - b.range.start);
  // Keys the JSON path rejects are rejected here too; aliases are found for the alias-bomb message.
  let firstAlias: OffsetRange | undefined;
  visit(doc, {
    Pair(_, pair) {
      const k = pair.key;
      if (isScalar(k) && k.value === '__proto__' && k.range) problems.push({ message: protoMessage, range: { start: k.range[0], end: k.range[1] } });
    },
    Alias(_, node) {
      if (!firstAlias && node.range) firstAlias = { start: node.range[0], end: node.range[1] };
    },
  });
  let value: unknown;
  if (problems.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: 100 }) ?? {};
    } catch (e) {
      // The yaml library refuses to expand too many aliases (a "billion laughs" file): say so, at the first alias.
      const alias = /alias/i.test((e as Error).message);
      problems.push({
        message: alias ? '設定ファイルの YAML のエイリアス（*名前）の展開が多すぎます。エイリアスを使わずに書いてください。' : `設定ファイルの YAML を読み込めません: ${(e as Error).message.split('\n')[0]}`,
        range: (alias && firstAlias) || { start: 0, end: Math.min(1, text.length) },
      });
    }
  }
  const rangeOf = (path: readonly (string | number)[], which: 'value' | 'key' = 'value'): OffsetRange => {
    let node: unknown = doc.contents;
    let best: OffsetRange = { start: 0, end: Math.min(1, text.length) };
    const rangeOfNode = (n: unknown) => {
      const r = (n as YamlNode | null)?.range;
      return r ? { start: r[0], end: r[1] } : undefined;
    };
    best = rangeOfNode(node) ?? best;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      if (isMap(node)) {
        const pair = node.items.find((p) => String((p.key as { value?: unknown })?.value ?? p.key) === String(seg));
        if (!pair) break;
        const last = i === path.length - 1;
        const r = last && which === 'key' ? rangeOfNode(pair.key) : rangeOfNode(pair.value) ?? rangeOfNode(pair.key);
        if (r) best = r;
        node = pair.value;
      } else if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg];
        const r = rangeOfNode(item);
        if (!r) break;
        best = r;
        node = item;
      } else break;
      if (!isCollection(node) && i < path.length - 1) break;
    }
    return best;
  };
  return { value, problems, rangeOf };
}
