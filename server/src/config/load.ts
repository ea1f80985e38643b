// Finds the team config for a post, validates it with zod, resolves `extends`, and reports problems
// as positioned diagnostics in the config file (never a crash, never silence).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import type { OffsetRange } from '../engine/types';
import { presets } from './presets';
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

/** Reads files; the editor passes one that prefers unsaved buffers. */
export type ReadText = (path: string) => string | undefined;

export const readTextFromDisk: ReadText = (path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

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

/** Loads the config that applies to a post at `postPath` (or the built-in default when none is found). */
export function loadConfigForPost(postPath: string, read: ReadText = readTextFromDisk, root?: string): LoadedConfig {
  const path = findConfigFile(dirname(postPath), root, (p) => read(p) !== undefined);
  if (!path) return { config: defaultConfig(), diagnostics: [], layers: [{ raw: presets[DEFAULT_PRESET] ?? {}, source: `preset:${DEFAULT_PRESET}` }] };
  return loadConfigFile(path, read);
}

export function defaultConfig(): ResolvedConfig {
  return mergeConfig(emptyConfig(), presets[DEFAULT_PRESET], `preset:${DEFAULT_PRESET}`);
}

export function loadConfigFile(path: string, read: ReadText = readTextFromDisk): LoadedConfig {
  const diagnostics: ConfigDiagnostic[] = [];
  const files = new Set<string>();
  const tracked: ReadText = (p) => {
    files.add(p);
    return read(p);
  };
  const layers = collectLayers(resolve(path), tracked, [], diagnostics);
  if (diagnostics.length > 0) return { path: resolve(path), diagnostics, files: [...files] };
  const config = layers.reduce((acc, layer) => mergeConfig(acc, layer.raw, layer.source), emptyConfig());
  return { config, path: resolve(path), diagnostics, layers, files: [...files] };
}

/** One contribution to the effective config: a preset (`preset:NAME`) or a file (absolute path), applied in order. */
export interface Layer {
  raw: RawConfig;
  source: string;
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

function collectLayers(file: string, read: ReadText, stack: string[], diagnostics: ConfigDiagnostic[]): Layer[] {
  const text = read(file);
  if (text === undefined) {
    diagnostics.push({ file, message: `設定ファイルを読み込めません: ${file}`, range: { start: 0, end: 0 } });
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
    const target = isAbsolute(entry) ? entry : resolve(dirname(file), entry);
    if ([...stack, file].includes(target)) {
      const chain = [...stack, file, target].map((p) => p.split(/[\\/]/).pop()).join(' → ');
      diagnostics.push({ file, message: `extends が循環しています: ${chain}`, range: at });
      return;
    }
    if (read(target) === undefined) {
      diagnostics.push({ file, message: `extends のファイルが見つかりません: ${entry}`, range: at });
      return;
    }
    const inner: ConfigDiagnostic[] = [];
    const extended = collectLayers(target, read, [...stack, file], inner);
    if (inner.length > 0) {
      // Problems inside the extended file are shown there, and also here at the reference.
      diagnostics.push(...inner, { file, message: `extends のファイル ${entry} に誤りがあります（${inner[0].message}）`, range: at });
      return;
    }
    layers.push(...extended);
  });
  layers.push({ raw, source: file });
  return layers;
}

/** A preset and the presets it extends (presets may only extend presets; cycles are cut). */
function presetLayers(name: string, seen: string[]): Layer[] {
  const preset = presets[name];
  if (!preset || seen.includes(name)) return [];
  const inner = (preset.extends ?? []).filter(isPresetName).flatMap((n) => presetLayers(n, [...seen, name]));
  return [...inner, { raw: preset, source: `preset:${name}` }];
}

export function isPresetName(entry: string): boolean {
  return !/[\\/.]/.test(entry);
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
