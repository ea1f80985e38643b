// Checks a schema-valid config for what the JSON Schema cannot see, each problem at its exact position:
// unknown rule ids (with the nearest known id), invalid rule options, bad or unsafe /regex/ entries,
// term patterns, failing term specs, and business hours that end before they start.
// (Unknown presets, extends cycles and missing extends files are found while resolving, in load.ts.)
import type { z } from 'zod';
import type { Rule } from '../engine/rule';
import { DIRECTIVE_RULE_IDS } from '../engine/directives';
import { allRules } from '../rules';
import { compileEntry, isRegexEntry } from './patterns';
import type { RawConfig } from './schema';
import type { ConfigProblem, ConfigSource } from './source';
import { applyTerm } from './terms';

type Path = (string | number)[];

export function checkSemantics(raw: RawConfig, source: ConfigSource, rules: readonly Rule[] = allRules): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const at = (message: string, path: Path, which: 'value' | 'key' = 'value') => problems.push({ message, range: source.rangeOf(path, which) });
  const byId = new Map(rules.map((r) => [r.id, r]));
  const known = [...byId.keys(), ...DIRECTIVE_RULE_IDS];

  for (const [id, setting] of Object.entries(raw.rules ?? {})) {
    const rule = byId.get(id);
    if (!rule && !DIRECTIVE_RULE_IDS.includes(id)) {
      at(unknownRuleMessage(id, known), ['rules', id], 'key');
      continue;
    }
    if (!Array.isArray(setting) || setting.length < 2) continue;
    if (rule?.optionsSchema) checkOptions(rule.id, rule.optionsSchema, setting[1], at);
    // A rule without options takes none: an unchecked key would silently do nothing.
    else for (const key of Object.keys(setting[1] ?? {})) at(`ルール「${id}」にはオプションがありません（「${key}」は使えません）。`, ['rules', id, 1, key], 'key');
  }
  for (const id of Object.keys(raw.clauses ?? {})) {
    if (!byId.has(id)) at(unknownRuleMessage(id, known), ['clauses', id], 'key');
  }

  for (const key of ['phones', 'emails', 'addresses', 'names'] as const) {
    (raw.allow?.[key] ?? []).forEach((entry, i) => {
      if (!isRegexEntry(entry)) return;
      const compiled = compileEntry(entry);
      if (!compiled.ok) at(`allow.${key} の正規表現 ${entry} は使えません: ${compiled.message}`, ['allow', key, i]);
      else if (compiled.pattern.re.test('')) at(`allow.${key} の正規表現 ${entry} は空文字列にも一致するため、すべてを許可してしまいます。`, ['allow', key, i]);
    });
  }

  (raw.terms ?? []).forEach((term, i) => {
    const compiled = compileEntry(term.pattern);
    if (!compiled.ok) {
      at(`terms[${i}] の pattern が使えません: ${compiled.message}`, ['terms', i, 'pattern']);
      return;
    }
    if (compiled.pattern.re.test('')) {
      at(`terms[${i}] の pattern ${term.pattern} は空文字列にも一致します。1 文字以上に一致するパターンにしてください。`, ['terms', i, 'pattern']);
      return;
    }
    if (term.expected !== undefined && isRegexEntry(term.pattern) && /(^|[^$])(\$\$)*\$[`']/.test(term.expected)) {
      at(`terms[${i}] の expected に $\` や $' は使えません（一致した語の前後の投稿全体に展開されてしまうため）。$& や $1 を使ってください。`, ['terms', i, 'expected']);
      return;
    }
    if (term.specs?.length && term.expected === undefined) {
      at(`terms[${i}] に specs がありますが expected がありません。specs は expected への置き換え結果を確かめるものです。`, ['terms', i, 'specs']);
      return;
    }
    term.specs?.forEach((spec, j) => {
      const actual = applyTerm(term, spec.from);
      if (actual !== spec.to)
        at(`terms[${i}].specs[${j}] が成り立ちません: 「${spec.from}」は「${spec.to}」になるはずですが、実際は「${actual}」になります。`, ['terms', i, 'specs', j]);
    });
  });

  const hours = raw.businessHours;
  if (hours && hours.start >= hours.end) at(`businessHours の end（${hours.end}）は start（${hours.start}）より後の時刻にしてください。`, ['businessHours', 'end']);

  return problems;
}

function checkOptions(id: string, schema: z.ZodType, options: unknown, at: (message: string, path: Path, which?: 'value' | 'key') => void): void {
  const parsed = schema.safeParse(options);
  if (parsed.success) return;
  for (const issue of parsed.error.issues) {
    const base: Path = ['rules', id, 1, ...(issue.path as Path)];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) at(`ルール「${id}」に不明なオプション「${key}」があります。`, [...base, key], 'key');
    } else {
      const where = issue.path.length ? `「${issue.path.join('.')}」: ` : '';
      at(`ルール「${id}」のオプションが正しくありません: ${where}${issue.message}`, base);
    }
  }
}

export function unknownRuleMessage(id: string, known: readonly string[]): string {
  const near = nearest(id, known);
  return `不明なルール ID「${id}」です。${near ? `「${near}」のことですか？` : ''}`;
}

/** The known id closest to `id` (edit distance, or the same name in another group), if close enough. */
export function nearest(id: string, known: readonly string[]): string | undefined {
  const name = id.split('/').pop()!;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = k.split('/').pop() === name ? 1 : editDistance(id, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(id.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}
