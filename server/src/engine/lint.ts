// Runs the rules over a parsed post file and returns findings with exact document offsets.
import { emptyConfig, type ResolvedConfig } from '../config/resolved';
import { parsePostDocument, type PostDocument } from './document';
import { countPost } from './count';
import { applyDirectives } from './directives';
import type { LintServices, Report, Rule } from './rule';
import type { Finding, PostCount, Severity } from './types';

export interface LintOptions {
  config?: ResolvedConfig;
  rules: readonly Rule[];
  services?: LintServices;
  filePath?: string;
  configPath?: string;
  /** Skip rules that need morphology (e.g. before the dictionary is loaded). */
  skipMorphology?: boolean;
}

export interface LintResult {
  doc: PostDocument;
  findings: Finding[];
  posts: PostCount[];
  /** True when some morphology rules were skipped and a later run will add findings. */
  partial: boolean;
}

/** Appended to every message that cites a clause, so the reviewer sees which rule of the policy applies. */
export function withClause(message: string, clause: string | undefined): string {
  return clause && !message.includes(clause) ? `${message}［${clause}］` : message;
}

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

/** The team's configured severity is a ceiling: a rule may report lower (weaker evidence), never higher. */
function atMostConfigured(reported: Severity | undefined, configured: Severity): Severity {
  return reported && RANK[reported] < RANK[configured] ? reported : configured;
}

export function countPosts(doc: PostDocument, limit: number): PostCount[] {
  return doc.posts.map((p) => ({ index: p.index, weightedLength: countPost(p, limit).weightedLength, limit, range: p.range }));
}

export async function lint(text: string, options: LintOptions): Promise<LintResult> {
  const config = options.config ?? emptyConfig();
  const doc = parsePostDocument(text);
  const services = options.services ?? {};
  const findings: Finding[] = [];
  let partial = false;
  const skipped = new Set<string>();
  for (const rule of options.rules) {
    // Garbled text (not UTF-8): format/encoding's one finding stands for the whole file.
    if (findings.some((f) => f.rule === 'format/encoding')) break;
    const setting = config.rules[rule.id];
    const configured = setting?.severity ?? rule.defaultSeverity;
    if (configured === 'off') continue;
    const severity: Severity = configured;
    if (rule.needsMorphology && (options.skipMorphology || !services.morphology)) {
      partial = true;
      skipped.add(rule.id);
      continue;
    }
    const clause = config.clauses[rule.id] ?? rule.clause;
    const report = (r: Report) =>
      findings.push({
        rule: rule.id,
        severity: atMostConfigured(r.severity, severity),
        message: withClause(r.message, clause),
        range: r.range,
        clause,
        fixes: r.fixes ?? [],
      });
    try {
      await rule.check({
        doc,
        config,
        options: setting?.options ?? {},
        severity,
        clause,
        filePath: options.filePath,
        configPath: options.configPath,
        services,
        report,
      });
    } catch (e) {
      // A broken rule must never take the others (or the editor) down with it.
      findings.push({
        rule: rule.id,
        severity: 'warning',
        message: `ルール ${rule.id} の実行中に内部エラーが発生しました: ${(e as Error).message}`,
        range: { start: 0, end: 0 },
        fixes: [],
      });
    }
  }
  // Inline disable directives (<!-- post-policy-disable… -- 理由 -->): see directives.ts.
  const knownRules = new Set(options.rules.map((r) => r.id));
  const kept = applyDirectives(doc, findings, { knownRules, skippedRules: skipped, severityOf: (id) => config.rules[id]?.severity });
  kept.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.rule.localeCompare(b.rule));
  return { doc, findings: kept, posts: countPosts(doc, config.limit), partial };
}
