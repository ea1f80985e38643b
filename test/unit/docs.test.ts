// Every rule id a diagnostic can carry links to an existing docs/rules/<id>.md page.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIRECTIVE_RULES } from '../../server/src/engine/directives';
import { allRules } from '../../server/src/rules';
import { repoRoot } from './repoRoot';

describe('rule documentation', () => {
  const ids = [...allRules.map((r) => r.id), ...Object.keys(DIRECTIVE_RULES)];
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
