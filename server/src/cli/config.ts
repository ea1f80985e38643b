// `post-policy config <投稿ファイル>`: the effective config for a post after presets and extends, with the
// files and presets it came from and where each rule's severity is set, so a reviewer can see why a rule applies.
import { relative, resolve } from 'node:path';
import { loadConfigFile, loadConfigForPost, type Layer } from '../config/load';
import type { ResolvedConfig } from '../config/resolved';
import { DIRECTIVE_RULES } from '../engine/directives';
import { allRules } from '../rules';
import { formatConfigErrors } from './check';
import { CliScope } from './scope';
import { UsageError } from './usage';

export const CONFIG_USAGE = `post-policy config [--format text|json] [--config FILE] <投稿ファイル>
    投稿に効く設定（プリセットと extends を反映した結果）と、その出どころを表示します。`;

export interface RuleOrigin {
  severity: string;
  options: Record<string, unknown>;
  /** `preset:NAME`, a config file path, or `default` (the rule's built-in severity). */
  from: string;
}

export interface EffectiveConfigReport {
  post: string;
  configFile?: string;
  /** Presets and files applied in order; later ones win. */
  sources: string[];
  rules: Record<string, RuleOrigin>;
  config: Omit<ResolvedConfig, 'rules' | 'sources'>;
}

export function effectiveConfig(post: string, configFile: string | undefined, config: ResolvedConfig, layers: Layer[]): EffectiveConfigReport {
  const rules: Record<string, RuleOrigin> = {};
  const defaults: [string, string][] = [...allRules.map((r) => [r.id, r.defaultSeverity] as [string, string]), ...Object.keys(DIRECTIVE_RULES).map((id) => [id, 'warning'] as [string, string])];
  for (const [id, severity] of defaults) rules[id] = { severity, options: {}, from: 'default' };
  for (const [id, setting] of Object.entries(config.rules)) {
    const layer = [...layers].reverse().find((l) => l.raw.rules && id in l.raw.rules);
    rules[id] = { severity: setting.severity, options: setting.options, from: layer?.source ?? 'default' };
  }
  const { rules: _r, sources, ...rest } = config;
  return { post, configFile, sources, rules, config: rest };
}

function display(source: string): string {
  if (source === 'default') return '（ルールの既定）';
  if (source.startsWith('preset:')) return `プリセット「${source.slice(7)}」`;
  return relative(process.cwd(), source) || source;
}

export function formatText(r: EffectiveConfigReport): string {
  const lines = [`投稿: ${r.post}`, `設定ファイル: ${r.configFile ? display(r.configFile) : '（なし: 組み込みの既定設定）'}`, '適用順（後のものが優先）:'];
  r.sources.forEach((s, i) => lines.push(`  ${i + 1}. ${display(s)}`));
  lines.push('', 'ルール:');
  const width = Math.max(...Object.keys(r.rules).map((id) => id.length));
  for (const [id, o] of Object.entries(r.rules).sort(([a], [b]) => a.localeCompare(b))) {
    const options = Object.keys(o.options).length ? ` ${JSON.stringify(o.options)}` : '';
    lines.push(`  ${id.padEnd(width)}  ${o.severity.padEnd(7)}${options}  ← ${display(o.from)}`);
  }
  lines.push('', '実効設定:', JSON.stringify(r.config, null, 2));
  return lines.join('\n');
}

export async function runConfig(args: string[]): Promise<number> {
  let format: 'text' | 'json' = 'text';
  let configPath: string | undefined;
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (name: string) => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (!v) throw new UsageError(`${name} に値がありません`);
      return v;
    };
    if (a === '--format' || a.startsWith('--format=')) {
      const f = value('--format');
      if (f !== 'text' && f !== 'json') throw new UsageError(`--format は text か json です（指定: ${f}）`);
      format = f;
    } else if (a === '--config' || a.startsWith('--config=')) configPath = value('--config');
    else if (a.startsWith('-')) throw new UsageError(`不明なオプション: ${a}`);
    else inputs.push(a);
  }
  if (inputs.length !== 1) throw new UsageError('投稿ファイルを 1 つ指定してください');
  const post = resolve(inputs[0]);
  // As in check: extends stay inside the repository or the named folders; the named files are read wherever they are.
  const scope = new CliScope(configPath ? [inputs[0], configPath] : inputs);
  const rootsOf = (path: string) => scope.rootsFor(path);
  const loaded = configPath ? loadConfigFile(resolve(configPath), undefined, { roots: rootsOf(resolve(configPath)), named: true }) : loadConfigForPost(post, undefined, undefined, rootsOf);
  if (!loaded.config) {
    process.stderr.write(`${formatConfigErrors(loaded.diagnostics)}\n`);
    return 2;
  }
  const report = effectiveConfig(inputs[0], loaded.path, loaded.config, loaded.layers ?? []);
  process.stdout.write(`${format === 'json' ? JSON.stringify(report, null, 2) : formatText(report)}\n`);
  return 0;
}
