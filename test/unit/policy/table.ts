// Table-driven tests for policy rules: each failing case names exactly what the findings cover.
import { strict as assert } from 'node:assert';
import type { RawConfig } from '../../../server/src/config/schema';
import type { Rule } from '../../../server/src/engine/rule';
import type { Finding, Severity } from '../../../server/src/engine/types';
import type { LintServices } from '../../../server/src/engine/rule';
import { createNodeServicesWithMorphology } from '../../../server/src/services';
import { applyFix, covered, lintText } from '../helpers';

let services: Promise<LintServices> | undefined;
/** The semantic policy rules read kuromoji tokens: tests lint with the tokenizer loaded, as the CLI and editor do. */
export function morphologyServices(): Promise<LintServices> {
  return (services ??= createNodeServicesWithMorphology());
}

export interface FailCase {
  name: string;
  text: string;
  /** What each finding of the rule covers, in order. */
  covers: string[];
  /** A fragment every message must contain. */
  message?: string | RegExp;
  severity?: Severity;
  /** Apply this fix (by index, or the preferred one when true) of the first finding, then relint. */
  fix?: true | number;
  /** Text after the fix (when given, compared exactly). */
  fixed?: string;
  /** The fix replaces exactly the finding's range. */
  fixInRange?: boolean;
  config?: RawConfig;
}

export interface PassCase {
  name: string;
  text: string;
  config?: RawConfig;
}

export async function findingsOf(rule: Rule, text: string, config?: RawConfig): Promise<Finding[]> {
  const { findings } = await lintText(text, { rules: [rule], config, services: await morphologyServices() });
  return findings.filter((f) => f.rule === rule.id);
}

/** Generates `it` blocks: failing cases assert exact ranges, clause, severity and fix; passing cases assert silence. */
export function table(rule: Rule, opts: { config: RawConfig; clause: string; fail: FailCase[]; pass: PassCase[] }): void {
  for (const c of opts.fail) {
    it(`fails: ${c.name}`, async () => {
      const config = c.config ?? opts.config;
      const findings = await findingsOf(rule, c.text, config);
      assert.deepEqual(findings.map((f) => covered(c.text, f)), c.covers, JSON.stringify(findings.map((f) => f.message)));
      for (const [i, f] of findings.entries()) {
        // Exact offsets: the covered text is where the case says (first occurrence at or after the previous one).
        const from = i === 0 ? 0 : findings[i - 1].range.start;
        if (c.covers[i] !== '') assert.equal(f.range.start, c.text.indexOf(c.covers[i], from), `start of ${c.covers[i]}`);
        assert.equal(f.range.end - f.range.start, c.covers[i].length);
        assert.ok(f.message.endsWith(`［${opts.clause}］`), `message cites the clause: ${f.message}`);
        if (c.message) {
          if (typeof c.message === 'string') assert.ok(f.message.includes(c.message), f.message);
          else assert.match(f.message, c.message);
        }
        if (c.severity) assert.equal(f.severity, c.severity);
      }
      if (c.fix !== undefined) {
        const f = findings[0];
        const fix = c.fix === true ? (f.fixes.find((x) => x.isPreferred) ?? f.fixes[0]) : f.fixes[c.fix];
        assert.ok(fix, 'the finding offers a fix');
        if (c.fixInRange) for (const e of fix.edits) assert.deepEqual(e.range, f.range);
        const after = applyFix(c.text, fix);
        if (c.fixed !== undefined) assert.equal(after, c.fixed);
        const again = await findingsOf(rule, after, config);
        assert.ok(!again.some((g) => g.message === f.message), `relinting clears the finding: ${JSON.stringify(again.map((g) => g.message))}`);
      }
    });
  }
  for (const c of opts.pass) {
    it(`passes: ${c.name}`, async () => {
      const findings = await findingsOf(rule, c.text, c.config ?? opts.config);
      assert.deepEqual(findings.map((f) => `${covered(c.text, f)}: ${f.message}`), []);
    });
  }
}
