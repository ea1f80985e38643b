// The CLI's JSON output carries the pii rules (run on the example posts with the bundled CLI when built).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './util';

interface JsonFile {
  file: string;
  diagnostics: { rule: string; severity: string; message: string; range: { start: { line: number; character: number } }; clause?: string }[];
}

describe('CLI JSON with the pii rules', function () {
  this.timeout(30000);
  const root = repoRoot();
  const cli = join(root, 'bin', 'post-policy.js');

  function run(...files: string[]): JsonFile[] {
    try {
      return JSON.parse(execFileSync(process.execPath, [cli, 'check', '--format', 'json', ...files], { cwd: root, encoding: 'utf8' })) as JsonFile[];
    } catch (e) {
      const out = (e as { stdout?: string }).stdout;
      if (out) return JSON.parse(out) as JsonFile[];
      throw e;
    }
  }

  it('reports every kind of personal data in the violating example, and nothing in the passing one', function () {
    if (!existsSync(join(root, 'dist', 'cli.js'))) this.skip();
    const [bad, good] = run('examples/pii-violations.post.md', 'examples/pii-clean.post.md');
    const rules = [...new Set(bad.diagnostics.map((d) => d.rule).filter((r) => r.startsWith('pii/')))].sort();
    assert.deepEqual(rules, ['pii/address', 'pii/email', 'pii/person', 'pii/phone', 'pii/photo', 'pii/photo-metadata', 'pii/postal-code']);
    const phone = bad.diagnostics.find((d) => d.rule === 'pii/phone')!;
    assert.equal(phone.clause, '上尾市保育課 X 運用基準 5(2)カ');
    assert.ok(!phone.message.includes('1234-5678'), 'the number is masked');
    assert.deepEqual(good.diagnostics.filter((d) => d.rule.startsWith('pii/')), []);
  });
});
