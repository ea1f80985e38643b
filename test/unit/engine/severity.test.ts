import { strict as assert } from 'node:assert';
import type { Rule } from '../../../server/src/engine/rule';
import { lintText } from '../helpers';

describe('engine: configured severity', () => {
  const loud: Rule = { id: 'test/loud', description: 'test', defaultSeverity: 'warning', check: (ctx) => ctx.report({ message: 'x', range: { start: 0, end: 1 }, severity: 'error' }) };
  const quiet: Rule = { id: 'test/quiet', description: 'test', defaultSeverity: 'error', check: (ctx) => ctx.report({ message: 'x', range: { start: 0, end: 1 }, severity: 'info' }) };

  it('is a ceiling: a rule cannot report above what the team configured', async () => {
    assert.equal((await lintText('本文', { rules: [loud] })).findings[0].severity, 'warning', 'the default caps an explicit error');
    assert.equal((await lintText('本文', { rules: [loud], config: { rules: { 'test/loud': 'info' } } })).findings[0].severity, 'info');
  });

  it('lets a rule report lower for weaker evidence', async () => {
    assert.equal((await lintText('本文', { rules: [quiet] })).findings[0].severity, 'info');
  });

  it('off skips the rule', async () => {
    assert.deepEqual((await lintText('本文', { rules: [loud], config: { rules: { 'test/loud': 'off' } } })).findings, []);
  });
});
