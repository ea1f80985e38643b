// Checks a schema-valid config for what the JSON Schema cannot see, with positions.
import { ruleIds } from '../rules';
import type { RawConfig } from './schema';
import type { ConfigProblem, ConfigSource } from './source';

export function checkSemantics(raw: RawConfig, source: ConfigSource): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const id of Object.keys(raw.rules ?? {})) {
    if (!ruleIds.has(id)) problems.push({ message: `不明なルール ID「${id}」です。`, range: source.rangeOf(['rules', id], 'key') });
  }
  for (const id of Object.keys(raw.clauses ?? {})) {
    if (!ruleIds.has(id)) problems.push({ message: `不明なルール ID「${id}」です。`, range: source.rangeOf(['clauses', id], 'key') });
  }
  return problems;
}
