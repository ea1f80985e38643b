// Every string the client localises has a Japanese translation, and no translation is orphaned.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './repoRoot';

function clientStrings(): Set<string> {
  const dir = join(repoRoot(), 'client', 'src');
  const found = new Set<string>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
    const src = readFileSync(join(dir, f), 'utf8');
    for (const m of src.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) found.add(m[1].replace(/\\'/g, "'"));
  }
  return found;
}

describe('localisation', () => {
  it('the Japanese bundle translates exactly the strings the client uses', () => {
    const bundle = JSON.parse(readFileSync(join(repoRoot(), 'l10n', 'bundle.l10n.ja.json'), 'utf8')) as Record<string, string>;
    const used = clientStrings();
    assert.ok(used.size >= 4, 'client strings found');
    assert.deepEqual([...used].filter((s) => !(s in bundle)), [], 'missing Japanese translations');
    assert.deepEqual(Object.keys(bundle).filter((k) => !used.has(k)), [], 'unused translations');
  });

  it('package.nls.json and package.nls.ja.json define the same keys, all used by package.json', () => {
    const en = JSON.parse(readFileSync(join(repoRoot(), 'package.nls.json'), 'utf8'));
    const ja = JSON.parse(readFileSync(join(repoRoot(), 'package.nls.ja.json'), 'utf8'));
    assert.deepEqual(Object.keys(ja).sort(), Object.keys(en).sort());
    const manifest = readFileSync(join(repoRoot(), 'package.json'), 'utf8');
    for (const m of manifest.matchAll(/"%([^%"]+)%"/g)) assert.ok(m[1] in en, `package.json uses %${m[1]}% but package.nls.json lacks it`);
  });
});
