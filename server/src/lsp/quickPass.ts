// Stage 1 of the language server's two-stage start: the quick first pass.
//
// The full engine (dist/engine.js: config loader with zod, every rule, re2js, libphonenumber, holiday_jp,
// exifr, kuromoji…) takes longer to load than the whole start-up budget (issue 2: spawn → first diagnostics
// ≤ 150 ms). dist/server.js therefore carries only the parser, the count and the format/count rules, and
// publishes their findings for a post while the engine loads; the full publish follows (see staging.ts).
//
// A quick publish must be a subset of the full one, finding for finding (same range, message, severity,
// clause), so the editor never shows something the full pass takes back. That holds only with the default
// config, so the pass is skipped whenever a team config may apply to the post:
// - no `.postpolicy.json/.yaml/.yml` from the post's folder up to the root (an open buffer counts too). This is
//   the same walk as config/load.ts findConfigFile, but with "exists" where the loader asks "readable", so it
//   errs on the side of skipping;
// - the config is then the loader's defaultConfig(): the `recommended` preset merged over the empty config,
//   built here with the same data and the same merge, so presets' `clauses` (which may override a rule's
//   clause) and severities apply exactly as in the full pass (test/protocol/staging.test.ts compares them);
// - directives (`<!-- post-policy-disable… -->`) suppress the quick rules' findings exactly as in the full pass
//   (suppression looks only at directives naming that rule); findings about directives themselves are left to
//   the full pass, since here every rule outside this stage would look unknown.
import { dirname, join, resolve } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { recommended } from '../config/presets/recommended';
import { emptyConfig, mergeConfig, type ResolvedConfig } from '../config/resolved';
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
  /** Where to look for a config when the document is not a file (the first workspace folder). */
  fallbackDir(): string | undefined;
}

export interface QuickResult {
  version: number;
  diagnostics: Diagnostic[];
}

/** True when some config file may apply to a post at `postPath` (or, for non-file documents, to `fallbackDir`). */
export function mayHaveConfig(postPath: string | undefined, ctx: QuickPassContext): boolean {
  const start = postPath ? dirname(postPath) : ctx.fallbackDir();
  if (!start) return false;
  let dir = resolve(start);
  for (;;) {
    if (CONFIG_FILE_NAMES.some((name) => ctx.exists(join(dir, name)))) return true;
    const parent = dirname(dir);
    if (parent === dir) return false;
    dir = parent;
  }
}

/** The quick findings of `doc`, or undefined when they might not be a subset of the full pass's. */
export async function quickPass(doc: TextDocument, ctx: QuickPassContext): Promise<QuickResult | undefined> {
  const path = uriToPath(doc.uri);
  if (mayHaveConfig(path, ctx)) return undefined;
  const text = doc.getText();
  const result = await lint(text, { rules: QUICK_RULES, config: quickDefaultConfig(), services: {}, filePath: path });
  const index = new LineIndex(text);
  return {
    version: doc.version,
    diagnostics: result.findings.filter((f) => QUICK_RULE_IDS.has(f.rule)).map((f) => toDiagnostic(f, index)),
  };
}
