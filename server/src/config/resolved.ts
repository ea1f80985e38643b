// The effective configuration a lint run uses, after presets and extends are merged.
import type { SeverityOrOff } from '../engine/types';
import type { BusinessHours, RawConfig, Term } from './schema';

export interface RuleConfig {
  severity: SeverityOrOff;
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  limit: number;
  rules: Record<string, RuleConfig>;
  accounts: { own: string[]; repostable: string[]; official: string[] };
  allow: { phones: string[]; emails: string[]; addresses: string[]; names: string[] };
  terms: Term[];
  categories?: string[];
  businessHours?: BusinessHours;
  clauses: Record<string, string>;
  policyName?: string;
  /** Where the office hosts docs/rules/ (diagnostic links); undefined: the bundled pages. */
  docsBaseUrl?: string;
  /** Files and presets this config came from, nearest last (for `post-policy config`). */
  sources: string[];
}

export function emptyConfig(): ResolvedConfig {
  return {
    limit: 280,
    rules: {},
    accounts: { own: [], repostable: [], official: [] },
    allow: { phones: [], emails: [], addresses: [], names: [] },
    terms: [],
    clauses: {},
    sources: [],
  };
}

/** Merges `raw` over `base`: scalars and rule settings override, lists are concatenated. */
export function mergeConfig(base: ResolvedConfig, raw: RawConfig, source: string): ResolvedConfig {
  const out: ResolvedConfig = {
    ...base,
    rules: { ...base.rules },
    accounts: { own: [...base.accounts.own], repostable: [...base.accounts.repostable], official: [...(base.accounts.official ?? [])] },
    allow: {
      phones: [...base.allow.phones],
      emails: [...base.allow.emails],
      addresses: [...base.allow.addresses],
      names: [...base.allow.names],
    },
    terms: [...base.terms],
    clauses: { ...base.clauses, ...(raw.clauses ?? {}) },
    sources: [...base.sources, source],
  };
  if (raw.limit !== undefined) out.limit = raw.limit;
  for (const [id, setting] of Object.entries(raw.rules ?? {})) {
    const [severity, options] = typeof setting === 'string' ? [setting, undefined] : [setting[0], setting[1]];
    out.rules[id] = { severity, options: options ?? base.rules[id]?.options ?? {} };
  }
  // Lists concatenate without repeating a value a preset already holds.
  const add = (list: string[], values: readonly string[] | undefined) => values?.forEach((v) => list.includes(v) || list.push(v));
  add(out.accounts.own, raw.accounts?.own);
  add(out.accounts.repostable, raw.accounts?.repostable);
  add(out.accounts.official, raw.accounts?.official);
  for (const key of ['phones', 'emails', 'addresses', 'names'] as const) add(out.allow[key], raw.allow?.[key]);
  if (raw.terms) out.terms.push(...raw.terms);
  if (raw.categories) out.categories = [...raw.categories];
  if (raw.businessHours) out.businessHours = raw.businessHours;
  if (raw.policyName) out.policyName = raw.policyName;
  if (raw.docsBaseUrl) out.docsBaseUrl = raw.docsBaseUrl;
  return out;
}
