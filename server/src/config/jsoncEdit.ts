// A ConfigChange to a JSONC config as insertions in place: the file's newline (CRLF, LF, lone CR), indentation
// (tabs or its width of spaces), one-line objects and arrays, and comments stay as they are.
import { createScanner, findNodeAtLocation, getNodeValue, modify, parseTree, SyntaxKind, type Node as JsonNode } from 'jsonc-parser';
import { eolOf } from '../engine/text';
import type { ConfigChange, TextEdit } from '../engine/types';

interface Layout {
  eol: string;
  /** One indentation level: a tab, or the file's width of spaces. */
  unit: string;
}

/** Minimal edits turning `text` into the config with `change` applied; [] when the value is already there. */
export function jsoncEdits(text: string, change: ConfigChange): TextEdit[] {
  const layout = layoutOf(text);
  const root = parseTree(text);
  const existing = root ? findNodeAtLocation(root, change.path) : undefined;
  if (existing?.type === 'array') {
    const children = existing.children ?? [];
    const wanted = JSON.stringify(change.append);
    if (children.some((c) => JSON.stringify(getNodeValue(c)) === wanted)) return [];
    const last = children[children.length - 1];
    // An item written over several lines is followed by one in the same style; one-line items stay one line.
    const block = last !== undefined && /[\r\n]/.test(text.slice(last.offset, last.offset + last.length));
    return insertItem(text, existing, (indent) => (block ? blockJson(change.append, indent, layout) : inlineJson(change.append)), layout);
  }
  if (root && existing === undefined) {
    // The missing keys go under the deepest object that exists on the path.
    for (let depth = change.path.length - 1; depth >= 0; depth--) {
      const node = depth === 0 ? root : findNodeAtLocation(root, change.path.slice(0, depth));
      if (node === undefined) continue;
      if (node.type !== 'object') break;
      const [key, ...rest] = change.path.slice(depth);
      const value = rest.reduceRight<unknown>((v, k) => ({ [k]: v }), [change.append]);
      return insertItem(text, node, (indent, inline) => `${JSON.stringify(key)}: ${inline ? inlineJson(value) : blockJson(value, indent, layout)}`, layout);
    }
  }
  // No object to add to, or a scalar where the list belongs: jsonc-parser rewrites that value, in the file's layout.
  const formattingOptions = { insertSpaces: layout.unit !== '\t', tabSize: layout.unit === '\t' ? 4 : layout.unit.length, eol: layout.eol };
  const edits = modify(text, change.path, [change.append], { formattingOptions });
  return edits.map((e) => ({ range: { start: e.offset, end: e.offset + e.length }, newText: e.content }));
}

/**
 * Adds an item (array element or `"key": value`) after the container's last one, in the container's layout:
 * on the same line when the container is written on one line, else on a line of its own with the last item's
 * indentation, after that item's trailing comment (the comment stays with the item it annotated).
 */
function insertItem(text: string, container: JsonNode, item: (indent: string, inline: boolean) => string, layout: Layout): TextEdit[] {
  const { eol } = layout;
  const last = container.children?.[container.children.length - 1];
  if (!last) return insertFirst(text, container, item, layout);
  const at = last.offset + last.length;
  const indent = text.slice(lineStart(text, last.offset), last.offset);
  const tail = afterItem(text, at);
  const insert = (offset: number, newText: string): TextEdit => ({ range: { start: offset, end: offset }, newText });
  if (!/^[ \t]*$/.test(indent)) return [tail.comma === undefined ? insert(at, `, ${item('', true)}`) : insert(tail.comma + 1, ` ${item('', true)},`)];
  const line = `${eol}${indent}${item(indent, false)}`;
  // A trailing-comma style gets one on the new item too.
  if (tail.comma !== undefined) return [insert(tail.lineEnd ?? tail.comma + 1, `${line},`)];
  if (tail.lineEnd === undefined || !tail.comment) return [insert(at, `,${line}`)];
  return [insert(at, ','), insert(tail.lineEnd, line)];
}

/** The first item of an empty `{}`/`[]`: inside it on one line, or on a line of its own above a closing bracket that has one. */
function insertFirst(text: string, container: JsonNode, item: (indent: string, inline: boolean) => string, layout: Layout): TextEdit[] {
  const close = container.offset + container.length - 1;
  const closeLine = lineStart(text, close);
  const closeIndent = text.slice(closeLine, close);
  if (/[\r\n]/.test(text.slice(container.offset, close)) && /^[ \t]*$/.test(closeIndent)) {
    const indent = closeIndent + layout.unit;
    return [{ range: { start: closeLine, end: closeLine }, newText: `${indent}${item(indent, false)}${layout.eol}` }];
  }
  return [{ range: { start: container.offset + 1, end: container.offset + 1 }, newText: item('', true) }];
}

/** What follows an item on its line: its comma, whether a comment annotates it, and where the line ends (undefined when more JSON follows). */
function afterItem(text: string, at: number): { comma?: number; comment: boolean; lineEnd?: number } {
  const scanner = createScanner(text, false);
  scanner.setPosition(at);
  let comma: number | undefined;
  let comment = false;
  for (;;) {
    const kind = scanner.scan();
    const offset = scanner.getTokenOffset();
    if (kind === SyntaxKind.Trivia) continue;
    if (kind === SyntaxKind.CommaToken && comma === undefined) comma = offset;
    else if (kind === SyntaxKind.LineCommentTrivia) comment = true;
    else if (kind === SyntaxKind.BlockCommentTrivia && !/[\r\n]/.test(text.slice(offset, offset + scanner.getTokenLength()))) comment = true;
    else if (kind === SyntaxKind.LineBreakTrivia || kind === SyntaxKind.EOF) return { comma, comment, lineEnd: offset };
    else return { comma, comment };
  }
}

/** `{"a": [1, 2]}`: one line, spaced as people write it. */
function inlineJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inlineJson(v)}`).join(', ')}}`;
  return JSON.stringify(value);
}

/** One entry per line, nested with the file's unit, continuing lines at `indent`. */
function blockJson(value: unknown, indent: string, layout: Layout): string {
  return JSON.stringify(value, null, layout.unit).replace(/\n/g, `${layout.eol}${indent}`);
}

/** The file's newline and indentation unit: tabs when its first indented line uses one, else its narrowest indentation (2 by default). */
function layoutOf(text: string): Layout {
  let spaces = Infinity;
  for (const m of text.matchAll(/(?:^|[\r\n])([ \t]+)(?=[^\s])/g)) {
    if (m[1][0] === '\t') {
      if (spaces === Infinity) return { eol: eolOf(text), unit: '\t' };
      continue;
    }
    spaces = Math.min(spaces, m[1].length - m[1].replace(/^ +/, '').length);
  }
  return { eol: eolOf(text), unit: ' '.repeat(spaces === Infinity ? 2 : spaces) };
}

function lineStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}
