// Runs the rules over a parsed post file and returns findings with exact document offsets.
import { emptyConfig, type ResolvedConfig } from '../config/resolved';
import { parsePostDocument, type PostDocument } from './document';
import { prepareAnalysis } from './postAnalysis';
import { countPost } from './count';
import { applyDirectives } from './directives';
import { clampRange } from './ranges';
import type { LintServices, Report, Rule } from './rule';
import type { Finding, PostCount, Severity } from './types';

export interface LintOptions {
  config?: ResolvedConfig;
  rules: readonly Rule[];
  services?: LintServices;
  filePath?: string;
  configPath?: string;
  /** Folders whose files rules may read (images): see RuleContext.readRoots. */
  readRoots?: readonly string[];
  /** Skip rules that need morphology (e.g. before the dictionary is loaded). */
  skipMorphology?: boolean;
  /** Yield to the event loop between rules once this many ms have run since the last yield (the server sets it). */
  yieldEveryMs?: number;
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

/**
 * Far above anything X accepts (25,000 weighted characters at most): such a file is checked for count and
 * format only, so no rule's cost on megabytes of text can stall the editor or CI.
 */
export const LARGE_FILE_BYTES = 100 * 1024;
/** Rule id of the one finding saying the rest was skipped (not configurable: it only explains). */
export const LARGE_FILE_RULE = 'format/too-large';

/** UTF-8 size of `text` (the file's size on disk), without a Buffer (the engine is platform-free). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export async function lint(text: string, options: LintOptions): Promise<LintResult> {
  const config = options.config ?? emptyConfig();
  const started = performance.now();
  const doc = parsePostDocument(text);
  const services = options.services ?? {};
  const findings: Finding[] = [];
  let partial = false;
  const skipped = new Set<string>();
  const size = utf8Length(text);
  const large = size > LARGE_FILE_BYTES;
  const rules = large ? options.rules.filter((r) => r.id.startsWith('format/') || r.id.startsWith('count/')) : options.rules;
  // Directives naming a skipped rule are neither unknown nor unused.
  if (rules !== options.rules) for (const r of options.rules) if (!rules.includes(r)) skipped.add(r.id);
  if (large)
    findings.push({
      rule: LARGE_FILE_RULE,
      severity: 'warning',
      message: `ファイルが大きすぎる（${Math.ceil(size / 1024)} KB。X に投稿できる長さをはるかに超えています）ため、文字数と書式以外の検査を省略しました。上限は ${LARGE_FILE_BYTES / 1024} KB です。`,
      range: { start: 0, end: 0 },
      fixes: [],
    });
  // In the server, tokenize ahead in slices so the morphology rules do not block the event loop for long.
  const morphology = services.morphology;
  const sliced = options.yieldEveryMs !== undefined && !!morphology && !options.skipMorphology && rules.some((r) => r.needsMorphology && (config.rules[r.id]?.severity ?? r.defaultSeverity) !== 'off');
  if (sliced && morphology?.prepare) for (const post of doc.posts) await morphology.prepare(post.text, options.yieldEveryMs!);
  let lastYield = started;
  // Give the event loop a turn between stages and rules (the server must not block for long on one document).
  const maybeYield = async () => {
    if (options.yieldEveryMs === undefined || performance.now() - lastYield < options.yieldEveryMs) return;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    lastYield = performance.now();
  };
  // Without a time slice (the CLI) there is nothing to yield for: no promise and no microtask turn per rule and post.
  const pause = options.yieldEveryMs === undefined ? undefined : maybeYield;
  if (pause) await pause();
  // Then the sentence analysis the semantic rules share, sentence by sentence, for the same reason.
  if (sliced && morphology) for (const post of doc.posts) await prepareAnalysis(morphology, post.text, maybeYield);
  for (const rule of rules) {
    // Garbled text (not UTF-8): format/encoding's one finding stands for the whole file.
    if (findings.some((f) => f.rule === 'format/encoding')) break;
    if (pause) await pause();
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
      const checking = rule.check({
        doc,
        config,
        options: setting?.options ?? {},
        severity,
        clause,
        filePath: options.filePath,
        configPath: options.configPath,
        readRoots: options.readRoots,
        services,
        report,
        pause,
      });
      // Most rules are synchronous: only a promise is awaited (one microtask turn less per rule and post).
      if (checking) await checking;
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
  if (pause) await pause();
  // Inline disable directives (<!-- post-policy-disable… -- 理由 -->): see directives.ts.
  const knownRules = new Set(options.rules.map((r) => r.id));
  const kept = applyDirectives(doc, findings, { knownRules, skippedRules: skipped, severityOf: (id) => config.rules[id]?.severity });
  for (const f of kept) f.range = clampRange(text, f.range);
  kept.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.rule.localeCompare(b.rule));
  return { doc, findings: kept, posts: countPosts(doc, config.limit), partial };
}
