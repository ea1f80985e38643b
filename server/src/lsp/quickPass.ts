// Stage 1 of the language server's two-stage start: the quick first pass.
//
// The full engine (dist/engine.js: config loader with zod, every rule, re2js, libphonenumber, holiday_jp,
// exifr, kuromoji…) takes longer to load than the whole start-up budget (issue 2: spawn → first diagnostics
// ≤ 150 ms). dist/server.js therefore carries only the parser, the count and the format/count rules, and
// publishes their findings for a post while the engine loads; the full publish follows (see staging.ts).
//
// A quick publish must be a subset of the full one, finding for finding (same range, message, severity,
// clause, link), so the editor never shows something the full pass takes back:
// - without a config file from the post's folder up to the root (an open buffer counts too; the same walk as
//   config/load.ts findConfigFile, but with "exists" where the loader asks "readable", so it errs on the side of a
//   config), the config is the loader's defaultConfig(), built here with the same data and the same merge;
// - with a team config (the normal case for a team, issue 13), the nearest `.postpolicy.json` is read cheaply
//   (jsonc-parser, no zod): its preset `extends` and its own settings are merged exactly as the loader merges
//   them (config/layers.ts). When the loader of this build accepted exactly this text before (lsp/validConfigs.ts
//   remembers hashes across starts), those findings are published. Otherwise the loader may still reject the file
//   (schema, specs…) and fall back to the default, so only the findings that both configs give are published: a
//   subset of the full pass either way. A config that extends another file, or is YAML, is not read here: the
//   first publish then waits for the engine;
// - directives (`<!-- post-policy-disable… -->`) suppress the quick rules' findings exactly as in the full pass
//   (suppression looks only at directives naming that rule); findings about directives themselves are left to
//   the full pass, since here every rule outside this stage would look unknown.
import { dirname, join, resolve } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { dedupeLayers, isPresetName, presetLayers, type Layer } from '../config/layers';
import { recommended } from '../config/presets/recommended';
import { emptyConfig, mergeConfig, type ResolvedConfig } from '../config/resolved';
import type { RawConfig } from '../config/schema';
import type { Finding } from '../engine/types';
import { LineIndex } from '../engine/lineIndex';
import { lint } from '../engine/lint';
import type { Rule } from '../engine/rule';
import { countRules } from '../rules/count';
import { formatRules } from '../rules/format';
import { toDiagnostic } from './diagnostics';
import { CONFIG_FILE_NAMES, uriToPath } from './paths';

/** The rules of the quick pass: they need nothing but the parser and the count. */
export const QUICK_RULES: readonly Rule[] = [...formatRules, ...countRules];
const QUICK_RULE_IDS = new Set(QUICK_RULES.map((r) => r.id));

/** The config used when no team config applies: config/load.ts defaultConfig() without loading zod. */
export function quickDefaultConfig(): ResolvedConfig {
  return mergeConfig(emptyConfig(), recommended, 'preset:recommended');
}

export interface QuickPassContext {
  /** True when a config file exists at `path` (an open buffer or a file on disk). */
  exists(path: string): boolean;
  /** The text of a config file (the open buffer, else the file, bounded), or undefined when unreadable. */
  read(path: string): string | undefined;
  /** True when the full loader of this build accepted exactly this config text before (lsp/validConfigs.ts). */
  acceptedBefore(text: string): boolean;
  /** Where to look for a config when the document is not a file (the first workspace folder). */
  fallbackDir(): string | undefined;
}

export interface QuickResult {
  version: number;
  diagnostics: Diagnostic[];
}

/** The nearest config file that may apply to a post at `postPath` (or, for non-file documents, to `fallbackDir`). */
export function nearestConfig(postPath: string | undefined, ctx: Pick<QuickPassContext, 'exists' | 'fallbackDir'>): string | undefined {
  const start = postPath ? dirname(postPath) : ctx.fallbackDir();
  if (!start) return undefined;
  let dir = resolve(start);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) if (ctx.exists(join(dir, name))) return join(dir, name);
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The config the loader would build from a JSON(C) team file whose `extends` names only built-in presets, or
 * undefined when that cannot be told cheaply (YAML, an extended file, unreadable). A file the loader will reject
 * may give anything here: quickPass intersects with the default config for that reason.
 */
export function cheapTeamConfig(path: string, text: string | undefined): ResolvedConfig | undefined {
  if (text === undefined || !path.endsWith('.json')) return undefined;
  const errors: ParseError[] = [];
  const raw = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false }) as unknown;
  // Unparseable: the loader falls back to the default config, which the intersection below already is.
  if (errors.length > 0 || typeof raw !== 'object' || raw === null || Array.isArray(raw)) return quickDefaultConfig();
  const { extends: entries = [], ...own } = raw as { extends?: unknown };
  if (!Array.isArray(entries) || !entries.every((e) => typeof e === 'string' && isPresetName(e))) return undefined;
  const layers: Layer[] = [...(entries as string[]).flatMap((name) => presetLayers(name, [])), { raw: own as RawConfig, source: path }];
  try {
    return dedupeLayers(layers).reduce((acc, layer) => mergeConfig(acc, layer.raw, layer.source), emptyConfig());
  } catch {
    return quickDefaultConfig(); // shapes mergeConfig cannot take are schema errors: the loader uses the default
  }
}

/** The quick findings of `doc`, or undefined when they might not be a subset of the full pass's. */
export async function quickPass(doc: TextDocument, ctx: QuickPassContext): Promise<QuickResult | undefined> {
  const path = uriToPath(doc.uri);
  const configPath = nearestConfig(path, ctx);
  const fallback = quickDefaultConfig();
  const configText = configPath === undefined ? undefined : ctx.read(configPath);
  const team = configPath === undefined ? fallback : cheapTeamConfig(configPath, configText);
  if (!team) return undefined;
  const trusted = team === fallback || (configText !== undefined && ctx.acceptedBefore(configText));
  const text = doc.getText();
  const index = new LineIndex(text);
  const diagnosticsWith = async (config: ResolvedConfig) =>
    (await lint(text, { rules: QUICK_RULES, config, services: {}, filePath: path })).findings
      .filter((f: Finding) => QUICK_RULE_IDS.has(f.rule))
      .map((f) => toDiagnostic(f, index, config.docsBaseUrl));
  const mine = await diagnosticsWith(team);
  if (trusted) return { version: doc.version, diagnostics: mine };
  // Only what the team file and the default agree on: the full pass uses one of the two.
  const agreed = new Set((await diagnosticsWith(fallback)).map((d) => JSON.stringify(d)));
  return { version: doc.version, diagnostics: mine.filter((d) => agreed.has(JSON.stringify(d))) };
}
