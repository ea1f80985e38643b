// Every rule id a diagnostic can carry links to an existing docs/rules/<id>.md page.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REFUSED_FILE_RULE } from '../../server/src/cli/lintFile';
import { DIRECTIVE_RULES } from '../../server/src/engine/directives';
import { LARGE_FILE_RULE } from '../../server/src/engine/lint';
import { allRules } from '../../server/src/rules';
import { repoRoot } from './repoRoot';

describe('rule documentation', () => {
  // Rules, directive findings, and the engine's and CLI's own fixed findings (too large, not read).
  const ids = [...allRules.map((r) => r.id), ...Object.keys(DIRECTIVE_RULES), LARGE_FILE_RULE, REFUSED_FILE_RULE];
  it('covers every rule and directive id', () => {
    const missing = ids.filter((id) => !existsSync(join(repoRoot(), 'docs', 'rules', `${id}.md`)));
    assert.deepEqual(missing, []);
  });
  it('each page is titled with its rule id', () => {
    for (const id of ids) {
      const file = join(repoRoot(), 'docs', 'rules', `${id}.md`);
      if (existsSync(file)) assert.match(readFileSync(file, 'utf8').split('\n')[0], new RegExp(`\`${id.replace('/', '\\/')}\``), id);
    }
  });
});
