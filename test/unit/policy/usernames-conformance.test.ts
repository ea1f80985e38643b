// X's own username cases (twitter-text validate.yml, section `usernames`), read from the copy in test/fixtures/conformance/.
// the account rule judges a handle as X does, and the mention rule links exactly what X would.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { account } from '../../../server/src/rules/policy/account';
import { mention } from '../../../server/src/rules/policy/mention';
import { covered, lintText } from '../helpers';
import { conformanceDir } from '../repoRoot';

const cases = (parse(readFileSync(join(conformanceDir(), 'twitter-text-validate.yml'), 'utf8')).tests.usernames) as { description: string; text: string; expected: boolean }[];

describe('X conformance: usernames', () => {
  it('has the section', () => assert.ok(cases.length >= 4));
  for (const c of cases) {
    it(`account: ${c.description}`, async () => {
      const text = `---\naccount: "${c.text.slice(1)}"\n---\n本文`;
      const { findings } = await lintText(text, { rules: [account], config: { accounts: { own: ['ageo_hoiku'] } } });
      assert.equal(findings.length, 1);
      assert.equal(/X のユーザー名として正しくありません/.test(findings[0].message), !c.expected, findings[0].message);
    });
    it(`mention: ${c.description}`, async () => {
      const text = `詳しくは ${c.text} をご覧ください`;
      const { findings } = await lintText(text, { rules: [mention] });
      // A valid username is linked whole; an invalid one is not a mention of that whole text.
      assert.equal(findings.some((f) => covered(text, f) === c.text), c.expected);
    });
  }
});
