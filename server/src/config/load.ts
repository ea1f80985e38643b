// Finds the team config for a post, validates it with zod, resolves `extends`, and reports problems
// as positioned diagnostics in the config file (never a crash, never silence).
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import type { OffsetRange } from '../engine/types';
import { readBoundedText, RefusedFileError } from '../io/boundedRead';
import { isInside, outsideMessage } from '../io/confine';
import { presets } from './presets';
import { dedupeLayers, isPresetName, presetLayers, type Layer } from './layers';
export { isPresetName, type Layer };
import { emptyConfig, mergeConfig, type ResolvedConfig } from './resolved';
import { configSchema, type RawConfig } from './schema';
import { checkSemantics, nearest } from './semantics';
import { isYamlPath, readConfigSource, type ConfigSource } from './source';

// zod's own Japanese messages for schema errors.
z.config(z.locales.ja());

export { CONFIG_FILE_NAMES } from './fileNames';
import { CONFIG_FILE_NAMES } from './fileNames';
export const DEFAULT_PRESET = 'recommended';

export interface ConfigDiagnostic {
  /** Absolute path of the config file the problem is in. */
  file: string;
  message: string;
  range: OffsetRange;
  /** Points at an `extends` entry whose file has its own diagnostics (the CLI prints only the root causes). */
  reference?: true;
}

export interface LoadedConfig {
  /** The effective config; undefined when the nearest file (or one it extends) is invalid. */
  config?: ResolvedConfig;
  /** The nearest config file, if any. */
  path?: string;
  diagnostics: ConfigDiagnostic[];
  /** Presets and files applied in order, nearest last (empty when invalid). */
  layers?: Layer[];
  /** Every file read while loading (the nearest file and the files it extends), to watch for changes. */
  files?: string[];
}

/**
 * Reads files; the editor passes one that prefers unsaved buffers. Undefined when the file does not exist;
 * may throw RefusedFileError for a file that exists but must not be read (device, FIFO, too large).
 */
export type ReadText = (path: string) => string | undefined;

/** Regular files only, at most READ_CAPS.config bytes (see io/boundedRead.ts). */
export const readTextFromDisk: ReadText = (path) => readBoundedText(path, 'config');

/**
 * True when `path` exists for `read`: a refused file exists too (so it is reported, not skipped). A file on disk is
 * not read to know it (a link out of the workspace is then refused by the loader, unread); else an unsaved buffer may be.
 */
export function existsFor(read: ReadText): (path: string) => boolean {
  return (p) => {
    try {
      if (!statSync(p).isDirectory()) return true;
    } catch {
      /* not on disk */
    }
    try {
      return read(p) !== undefined;
    } catch {
      return true;
    }
  };
}

/** The nearest config file walking up from `startDir` (inclusive), stopping at `root` if given. */
export function findConfigFile(startDir: string, root?: string, exists: (p: string) => boolean = existsSync): string | undefined {
  let dir = resolve(startDir);
  const stop = root ? resolve(root) : undefined;
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (exists(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir || (stop && dir === stop)) return undefined;
    dir = parent;
  }
}

/**
 * Where a config may read from (issue 14): files it extends must really lie (symlinks resolved) inside `roots`, so a
 * team file cannot make the checker read, and its messages describe, a file elsewhere on the machine.
 */
export interface ConfigScope {
  /** The workspace folders (the repository in the CLI); default: the config file's own folder. */
  roots?: readonly string[];
  /** The user named this file (`--config`): it is read even when it is a link to a file outside the roots. */
  named?: boolean;
}

/**
 * Loads the config that applies to a post at `postPath` (or the built-in default when none is found); `rootsOf`
 * gives the roots for the config file found (ConfigScope.roots).
 */
export function loadConfigForPost(postPath: string, read: ReadText = readTextFromDisk, root?: string, rootsOf?: (configFile: string) => readonly string[]): LoadedConfig {
  const path = findConfigFile(dirname(postPath), root, existsFor(read));
  if (!path) return { config: defaultConfig(), diagnostics: [], layers: [{ raw: presets[DEFAULT_PRESET] ?? {}, source: `preset:${DEFAULT_PRESET}` }] };
  return loadConfigFile(path, read, { roots: rootsOf?.(path) });
}

export function defaultConfig(): ResolvedConfig {
  return mergeConfig(emptyConfig(), presets[DEFAULT_PRESET], `preset:${DEFAULT_PRESET}`);
}

/**
 * Loads one config file and what it extends. Never throws: a file that makes a library throw (YAML alias
 * bombs, nesting deep enough to overflow the stack, a refused device…) becomes a diagnostic like any other.
 */
export function loadConfigFile(path: string, read: ReadText = readTextFromDisk, scope: ConfigScope = {}): LoadedConfig {
  const file = resolve(path);
  const roots = scope.roots ?? [dirname(file)];
  // A file found by its name may still be a link to one elsewhere (its own folder counts: links within it are fine).
  if (!scope.named && !isInside(file, [...roots, dirname(file)])) {
    return { path: file, diagnostics: [{ file, message: `${outsideMessage(file)}（設定ファイルがワークスペースの外を指すシンボリックリンクです）`, range: { start: 0, end: 0 } }], files: [file] };
  }
  const files = new Set<string>();
  // Each file is read once per load, however often a diamond of extends reaches it.
  const texts = new Map<string, { text?: string; refused?: string }>();
  const tracked: ReadFile = (p) => {
    files.add(p);
    let r = texts.get(p);
    if (!r) {
      try {
        r = { text: read(p) };
      } catch (e) {
        r = { refused: e instanceof RefusedFileError ? e.message : `設定ファイルを読み込めません: ${p}（${(e as Error).message}）` };
      }
      texts.set(p, r);
    }
    return r;
  };
  const diagnostics: ConfigDiagnostic[] = [];
  try {
    const layers = collectLayers(file, { read: tracked, roots }, [], diagnostics, new Map());
    if (diagnostics.length > 0) return { path: file, diagnostics: dedupe(diagnostics), files: [...files] };
    const config = layers.reduce((acc, layer) => mergeConfig(acc, layer.raw, layer.source), emptyConfig());
    return { config, path: file, diagnostics, layers, files: [...files] };
  } catch (e) {
    // Last line of defence: whatever a hostile file makes throw, checking goes on with a positioned message.
    return { path: file, diagnostics: [{ file, message: `設定ファイルを処理できません（${limitMessage(e)}）`, range: { start: 0, end: 0 } }], files: [...files] };
  }
}

/** A thrown error as one Japanese line (stack overflows and out-of-range strings are limits, not bugs). */
function limitMessage(e: unknown): string {
  if (e instanceof RangeError) return '入れ子が深すぎるか、内容が大きすぎます';
  return String((e as Error)?.message ?? e).split('\n')[0];
}

/** Read result inside one load: text, undefined text (missing) or a refusal message. */
type ReadFile = (path: string) => { text?: string; refused?: string };

/** How one load reads: each file once, and `extends` only inside the roots. */
interface Reader {
  read: ReadFile;
  roots: readonly string[];
}

export function parseConfigText(text: string, file: string): { raw?: RawConfig; source: ConfigSource; diagnostics: ConfigDiagnostic[] } {
  const source = readConfigSource(text, isYamlPath(file));
  const diagnostics: ConfigDiagnostic[] = source.problems.map((p) => ({ file, ...p }));
  if (diagnostics.length > 0) return { source, diagnostics };
  const parsed = configSchema.safeParse(source.value ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      if (unknownKeys.length > 0) {
        for (const key of unknownKeys)
          diagnostics.push({ file, message: `不明なキー「${key}」です。`, range: source.rangeOf([...(issue.path as (string | number)[]), key], 'key') });
      } else {
        const path = issue.path as (string | number)[];
        diagnostics.push({ file, message: schemaIssueMessage(path, issue.message, source.value), range: source.rangeOf(path) });
      }
    }
    // Report a misspelt preset now too, so one run shows every problem of the file.
    const entries = (source.value as { extends?: unknown } | undefined)?.extends;
    if (Array.isArray(entries)) {
      entries.forEach((entry, i) => {
        if (typeof entry === 'string' && isPresetName(entry) && !presets[entry]) diagnostics.push({ file, message: unknownPresetMessage(entry), range: source.rangeOf(['extends', i]) });
      });
    }
    return { source, diagnostics };
  }
  diagnostics.push(...checkSemantics(parsed.data, source).map((p) => ({ file, ...p })));
  return { raw: parsed.data, source, diagnostics };
}

/** Resolved layers and problems of one file, computed once per load (an extends diamond is not re-resolved). */
type Memo = Map<string, { layers: Layer[]; diagnostics: ConfigDiagnostic[] }>;

function collectLayers(file: string, reader: Reader, stack: string[], diagnostics: ConfigDiagnostic[], memo: Memo): Layer[] {
  const known = memo.get(file);
  if (known) {
    diagnostics.push(...known.diagnostics);
    return known.layers;
  }
  const own: ConfigDiagnostic[] = [];
  const layers = resolveFile(file, reader, stack, own, memo);
  const result = { layers: dedupeLayers(layers), diagnostics: dedupe(own) };
  memo.set(file, result);
  diagnostics.push(...result.diagnostics);
  return result.layers;
}

function resolveFile(file: string, reader: Reader, stack: string[], diagnostics: ConfigDiagnostic[], memo: Memo): Layer[] {
  const { read, roots } = reader;
  const { text, refused } = read(file);
  if (refused !== undefined || text === undefined) {
    diagnostics.push({ file, message: refused ?? `設定ファイルを読み込めません: ${file}`, range: { start: 0, end: 0 } });
    return [];
  }
  const { raw, source, diagnostics: own } = parseConfigText(text, file);
  diagnostics.push(...own);
  if (!raw) return [];
  const layers: Layer[] = [];
  (raw.extends ?? []).forEach((entry, i) => {
    const at = source.rangeOf(['extends', i]);
    if (isPresetName(entry)) {
      if (presets[entry]) layers.push(...presetLayers(entry, []));
      else diagnostics.push({ file, message: unknownPresetMessage(entry), range: at });
      return;
    }
    const target = resolve(dirname(file), entry);
    // Checked before reading (and before telling whether it exists): the message names the entry as written, nothing from the file.
    if (!isInside(target, roots)) {
      diagnostics.push({ file, message: `${outsideMessage(entry)}（extends にはワークスペースの中のファイルだけを書けます）`, range: at });
      return;
    }
    if ([...stack, file].includes(target)) {
      const chain = [...stack, file, target].map((p) => p.split(/[\\/]/).pop()).join(' → ');
      diagnostics.push({ file, message: `extends が循環しています: ${chain}`, range: at });
      return;
    }
    const targetRead = read(target);
    if (targetRead.refused !== undefined) {
      diagnostics.push({ file, message: `extends のファイルを読み込みません: ${targetRead.refused}`, range: at });
      return;
    }
    if (targetRead.text === undefined) {
      diagnostics.push({ file, message: `extends のファイルが見つかりません: ${entry}`, range: at });
      return;
    }
    const inner: ConfigDiagnostic[] = [];
    const extended = collectLayers(target, reader, [...stack, file], inner, memo);
    if (inner.length > 0) {
      // Problems inside the extended file are shown there, and also here at the reference.
      diagnostics.push(...inner, { file, message: `extends のファイル ${entry} に誤りがあります（${inner[0].message}）`, range: at, reference: true });
      return;
    }
    layers.push(...extended);
  });
  layers.push({ raw, source: file });
  return layers;
}

/** The same problem reached through several extends paths is shown once. */
function dedupe(diagnostics: ConfigDiagnostic[]): ConfigDiagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.file}\0${d.range.start}\0${d.range.end}\0${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const SEVERITIES = ['off', 'info', 'warning', 'error'];

/** A rule's severity in a config: the allowed values, and the one meant when the value is a near miss. */
function schemaIssueMessage(path: (string | number)[], zodMessage: string, value: unknown): string {
  const where = path.length ? `「${path.join('.')}」: ` : '';
  if (path[0] === 'rules' && path.length === 2) {
    const given = (value as { rules?: Record<string, unknown> } | undefined)?.rules?.[String(path[1])];
    const shown = Array.isArray(given) ? given[0] : given;
    const near = typeof shown === 'string' ? nearest(shown, SEVERITIES) : undefined;
    return `設定が正しくありません: ${where}重大度${typeof shown === 'string' ? `「${shown}」` : ''}は使えません。off / info / warning / error のいずれか（オプション付きなら ["warning", { … }]）を書いてください。${near ? `「${near}」のことですか？` : ''}`;
  }
  return `設定が正しくありません: ${where}${zodMessage}`;
}

/** 不明なプリセット, with the closest name when the entry is a near miss. */
function unknownPresetMessage(entry: string): string {
  const near = nearest(entry, Object.keys(presets));
  return `不明なプリセット「${entry}」です。${near ? `「${near}」のことですか？` : ''}使えるもの: ${Object.keys(presets).join(', ')}`;
}
