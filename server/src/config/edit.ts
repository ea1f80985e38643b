// Applies a ConfigChange to a config file's text, preserving comments and formatting.
import { applyEdits, findNodeAtLocation, modify, parseTree } from 'jsonc-parser';
import { isSeq, parseDocument } from 'yaml';
import type { ConfigChange, TextEdit } from '../engine/types';
import { isYamlPath } from './source';

/** Content of a new config file holding just this change. */
export function newConfigText(change: ConfigChange, path: string): string {
  if (isYamlPath(path)) return applyToYaml('', change).text;
  const empty = '{\n}\n';
  return applyEditsToText(empty, configEdits(empty, change, path));
}

/** Minimal edits turning `text` into the config with `change` applied; [] when already present. */
export function configEdits(text: string, change: ConfigChange, path: string): TextEdit[] {
  if (isYamlPath(path)) {
    const { text: next, changed } = applyToYaml(text, change);
    return changed ? [{ range: { start: 0, end: text.length }, newText: next }] : [];
  }
  const root = parseTree(text);
  const existing = root ? findNodeAtLocation(root, change.path) : undefined;
  if (existing?.type === 'array' && (existing.children ?? []).some((c) => JSON.stringify(c.value) === JSON.stringify(change.append))) return [];
  if (existing?.type === 'array' && existing.children?.length) return [appendToArray(text, existing.children, change.append)];
  const edits = existing?.type === 'array'
    ? modify(text, [...change.path, -1], change.append, { isArrayInsertion: true, formattingOptions: { insertSpaces: true, tabSize: 2 } })
    : modify(text, change.path, [change.append], { formattingOptions: { insertSpaces: true, tabSize: 2 } });
  return edits.map((e) => ({ range: { start: e.offset, end: e.offset + e.length }, newText: e.content }));
}

/** Inserts after the last element, in the array's own layout: `[a, b]` stays on one line, one-per-line stays so. */
function appendToArray(text: string, children: { offset: number; length: number }[], value: unknown): TextEdit {
  const last = children[children.length - 1];
  const at = last.offset + last.length;
  const lineStart = text.lastIndexOf('\n', last.offset - 1) + 1;
  const before = text.slice(lineStart, last.offset);
  const multiLine = /^[ \t]*$/.test(before);
  const json = JSON.stringify(value);
  return { range: { start: at, end: at }, newText: multiLine ? `,\n${before}${json}` : `, ${json}` };
}

export function applyEditsToText(text: string, edits: TextEdit[]): string {
  return applyEdits(text, edits.map((e) => ({ offset: e.range.start, length: e.range.end - e.range.start, content: e.newText })));
}

function applyToYaml(text: string, change: ConfigChange): { text: string; changed: boolean } {
  const doc = parseDocument(text);
  const current = doc.getIn(change.path);
  if (isSeq(current)) {
    if (current.items.some((i) => JSON.stringify((i as { value?: unknown }).value ?? i) === JSON.stringify(change.append))) return { text, changed: false };
    current.add(change.append);
  } else doc.setIn(change.path, [change.append]);
  return { text: doc.toString(), changed: true };
}
