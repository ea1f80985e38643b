// Applies a ConfigChange to a config file's text, preserving comments and formatting.
import { applyEdits } from 'jsonc-parser';
import { isMap, isSeq, parseDocument, stringify, type Node as YamlNode } from 'yaml';
import { eolOf } from '../engine/text';
import type { ConfigChange, TextEdit } from '../engine/types';
import { jsoncEdits } from './jsoncEdit';
import { isYamlPath } from './source';

/** Content of a new config file holding just this change. */
export function newConfigText(change: ConfigChange, path: string): string {
  if (isYamlPath(path)) return applyToYaml('', change).text;
  const empty = '{\n}\n';
  return applyEditsToText(empty, configEdits(empty, change, path));
}

/** Minimal edits turning `text` into the config with `change` applied; [] when already present. */
export function configEdits(text: string, change: ConfigChange, path: string): TextEdit[] {
  try {
    return editsFor(text, change, path);
  } catch {
    // A shape the editors cannot take (a scalar where a mapping belongs, an array at the root): no edit; the
    // config's own diagnostic already says what is wrong with it.
    return [];
  }
}

function editsFor(text: string, change: ConfigChange, path: string): TextEdit[] {
  if (isYamlPath(path)) {
    const inPlace = yamlInPlace(text, change);
    if (inPlace) return inPlace;
    // Layouts the in-place edit does not handle (flow maps, a scalar where a list belongs): rewrite the file.
    const { text: next, changed } = applyToYaml(text, change);
    return changed ? [{ range: { start: 0, end: text.length }, newText: next }] : [];
  }
  return jsoncEdits(text, change);
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

/**
 * The YAML change as one insertion, leaving every other byte as it was (BOM, CRLF, spacing, comments):
 * after the list's last item, or a new key under the deepest existing block mapping. Undefined when the
 * layout is not one of those (the caller then rewrites the file).
 */
function yamlInPlace(text: string, change: ConfigChange): TextEdit[] | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return undefined;
  const eol = eolOf(text);
  const value = stringify(change.append, { collectionStyle: 'flow', lineWidth: 0 }).trimEnd();
  const insert = (at: number, newText: string): TextEdit[] => [{ range: { start: at, end: at }, newText }];
  const current = doc.getIn(change.path, true) as YamlNode | undefined;
  if (isSeq(current)) {
    if (current.items.some((i) => JSON.stringify((i as { toJSON?: () => unknown }).toJSON?.() ?? i) === JSON.stringify(change.append))) return [];
    const last = current.items[current.items.length - 1] as YamlNode | undefined;
    if (current.flow) {
      if (!current.range) return undefined;
      return last?.range ? insert(last.range[1], `, ${value}`) : insert(current.range[0] + 1, value);
    }
    if (!last?.range) return undefined;
    // The last item's line (with its trailing comment) ends here; the new item copies its "- " indentation.
    const end = lineEnd(text, contentEnd(text, last.range[1]));
    const itemStart = lastIndexOfDash(text, last.range[0]);
    if (itemStart === undefined) return undefined;
    const indent = text.slice(lineStart(text, itemStart), itemStart);
    return insert(end, `${eol}${indent}- ${value}`);
  }
  if (current !== undefined) return undefined;
  // The deepest existing mapping on the path; the missing keys are written under it.
  for (let depth = change.path.length - 1; depth >= 0; depth--) {
    const node = (depth === 0 ? doc.contents : doc.getIn(change.path.slice(0, depth), true)) as YamlNode | null | undefined;
    if (node === undefined) continue;
    const rest = change.path.slice(depth);
    if (node === null && depth === 0) {
      const prefix = text.length === 0 || /[\r\n]$/.test(text) ? '' : eol;
      return insert(text.length, `${prefix}${nested(rest, '', value, eol)}${eol}`);
    }
    if (!isMap(node) || node.flow || node.items.length === 0) return undefined;
    const firstKey = node.items[0].key as YamlNode | null;
    const lastPair = node.items[node.items.length - 1];
    const lastNode = (lastPair.value ?? lastPair.key) as YamlNode | null;
    if (!firstKey?.range || !lastNode?.range) return undefined;
    const indent = text.slice(lineStart(text, firstKey.range[0]), firstKey.range[0]);
    if (!/^[ ]*$/.test(indent)) return undefined;
    const end = lineEnd(text, contentEnd(text, lastNode.range[1]));
    return insert(end, `${eol}${nested(rest, indent, value, eol)}`);
  }
  return undefined;
}

/** `a:\n  b:\n    - value` at `indent`, for the keys still missing on the path. */
function nested(keys: string[], indent: string, value: string, eol: string): string {
  const lines = keys.map((k, i) => `${indent}${'  '.repeat(i)}${stringify(k).trimEnd()}:`);
  lines.push(`${indent}${'  '.repeat(keys.length)}- ${value}`);
  return lines.join(eol);
}

function lineStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

function lineEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** `at` moved back over the line breaks and spaces a YAML node range may include at its end. */
function contentEnd(text: string, at: number): number {
  let i = at;
  while (i > 0 && /[\s]/.test(text[i - 1])) i--;
  return i;
}

/** The `-` that introduces the block-sequence item starting at `at` (the item's range starts after it). */
function lastIndexOfDash(text: string, at: number): number | undefined {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i >= 0 && text[i] === '-' ? i : undefined;
}
