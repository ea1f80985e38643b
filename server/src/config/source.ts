// Reads a config file's text (JSONC or YAML) into a value plus a way to find each path's position.
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { isCollection, isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { OffsetRange } from '../engine/types';

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

function readJsonc(text: string): ConfigSource {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems = errors.map((e) => ({
    message: `設定ファイルの JSON が正しくありません: ${JSON_ERRORS[printParseErrorCode(e.error)] ?? printParseErrorCode(e.error)}`,
    range: { start: e.offset, end: e.offset + Math.max(1, e.length) },
  }));
  const value = root && errors.length === 0 ? nodeValue(root) : undefined;
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
  return { value, problems, rangeOf };
}

function nodeValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object': {
      const o: Record<string, unknown> = {};
      for (const p of node.children ?? []) if (p.children?.[0] && p.children[1]) o[p.children[0].value] = nodeValue(p.children[1]);
      return o;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

function readYaml(text: string): ConfigSource {
  const doc = parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: true });
  const problems = doc.errors.map((e) => ({
    message: `設定ファイルの YAML が正しくありません: ${e.message.split('\n')[0]}`,
    range: { start: e.pos[0], end: Math.max(e.pos[1], e.pos[0] + 1) },
  }));
  const value = problems.length === 0 ? doc.toJS() ?? {} : undefined;
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
