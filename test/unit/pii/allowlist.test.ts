import assert from 'node:assert/strict';
import { isAllowed, normalizeAllowValue } from '../../../server/src/rules/pii/allowlist';

describe('pii allowlist matcher', () => {
  it('normalises width, hyphens and spaces per kind', () => {
    assert.equal(normalizeAllowValue('phones', '０４８－７７５－５１１１'), '0487755111');
    assert.equal(normalizeAllowValue('phones', '(048) 775-5111'), '0487755111');
    assert.equal(normalizeAllowValue('phones', '+81 48-775-5111'), '0487755111');
    assert.equal(normalizeAllowValue('emails', ' Hoiku@City.Ageo.LG.JP '), 'hoiku@city.ageo.lg.jp');
    assert.equal(normalizeAllowValue('addresses', '〒362-8501 上尾市本町３丁目１－１'), '362-8501上尾市本町3丁目1-1');
    assert.equal(normalizeAllowValue('names', '畠山　稔'), '畠山稔');
  });

  it('matches exact values and /regex/ entries; rejects others', () => {
    assert.ok(isAllowed('phones', '048-775-5111', ['0487755111']));
    assert.ok(!isAllowed('phones', '048-775-5112', ['0487755111']));
    assert.ok(isAllowed('emails', 'kodomo@city.komae.lg.jp', ['/@city\\.komae\\.lg\\.jp$/']));
    assert.ok(isAllowed('emails', 'X@CITY.KOMAE.LG.JP', ['/@city\\.komae\\.lg\\.jp$/i']));
    assert.ok(!isAllowed('emails', 'x@gmail.com', ['/@city\\.komae\\.lg\\.jp$/']));
    assert.ok(!isAllowed('phones', '048', []));
    assert.ok(!isAllowed('phones', '048', undefined));
  });

  it('a broken or catastrophic pattern never throws or hangs (RE2)', () => {
    assert.ok(!isAllowed('names', 'x', ['/(unclosed/']));
    const start = Date.now();
    assert.ok(!isAllowed('names', `${'a'.repeat(5000)}!`, ['/^(a+)+$/']));
    assert.ok(Date.now() - start < 1000);
  });
});
