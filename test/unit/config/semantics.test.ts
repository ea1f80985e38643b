// Every semantic error in a team config: exact Japanese message and the exact text it points at,
// in JSONC and in YAML.
import assert from 'node:assert/strict';
import { parseConfigText } from '../../../server/src/config/load';

/** Problems as [covered text, message] so a test shows both the position and the wording. */
function problems(text: string, file = '/team/.postpolicy.json'): [string, string][] {
  return parseConfigText(text, file).diagnostics.map((d) => [text.slice(d.range.start, d.range.end), d.message]);
}
const yaml = (text: string) => problems(text, '/team/.postpolicy.yaml');

describe('config semantics', () => {
  describe('unknown rule ids', () => {
    it('points at the key and suggests the nearest id (JSONC)', () => {
      const text = '{\n  // コメント\n  "rules": { "format/empty-pots": "error" }\n}';
      assert.deepEqual(problems(text), [['"format/empty-pots"', '不明なルール ID「format/empty-pots」です。「format/empty-post」のことですか？']]);
    });
    it('suggests the same name in its group when the group is missing', () => {
      assert.deepEqual(problems('{"rules": {"max-length": "off"}}'), [['"max-length"', '不明なルール ID「max-length」です。「count/max-length」のことですか？']]);
    });
    it('gives no suggestion when nothing is close', () => {
      assert.deepEqual(problems('{"rules": {"zzz/qqqqqq": "off"}}'), [['"zzz/qqqqqq"', '不明なルール ID「zzz/qqqqqq」です。']]);
    });
    it('points at the key in YAML', () => {
      assert.deepEqual(yaml('rules:\n  team/term: warning\n'), [['team/term', '不明なルール ID「team/term」です。「team/terms」のことですか？']]);
    });
    it('checks clause keys too', () => {
      assert.deepEqual(problems('{"clauses": {"count/max-lenght": "第5条"}}'), [['"count/max-lenght"', '不明なルール ID「count/max-lenght」です。「count/max-length」のことですか？']]);
    });
    it('accepts directive ids so their severity can be set', () => {
      assert.deepEqual(problems('{"rules": {"directives/unused": "error"}}'), []);
    });
  });

  describe('regular expressions in allow', () => {
    it('rejects a syntax error at the entry', () => {
      const text = '{"allow": {"phones": ["048-775-1111", "/048-(775/"]}}';
      assert.deepEqual(problems(text), [['"/048-(775/"', 'allow.phones の正規表現 /048-(775/ は使えません: 正規表現の書き方が正しくありません: missing closing ): `048-(775`']]);
    });
    it('rejects a backreference (not linear time) in YAML', () => {
      assert.deepEqual(yaml('allow:\n  names:\n    - 上尾 太郎\n    - /(..)\\1/\n'), [
        ['/(..)\\1/', 'allow.names の正規表現 /(..)\\1/ は使えません: 後方参照（\\1 や \\k<名前>）は使えません。チームのパターンは線形時間で評価できる正規表現（RE2 構文）に限ります。'],
      ]);
    });
    it('rejects a pattern matching the empty string (it would allow everything)', () => {
      assert.deepEqual(problems('{"allow": {"emails": ["/.*/"]}}'), [['"/.*/"', 'allow.emails の正規表現 /.*/ は空文字列にも一致するため、すべてを許可してしまいます。']]);
    });
    it('rejects unknown flags', () => {
      assert.deepEqual(problems('{"allow": {"emails": ["/a/y"]}}'), [['"/a/y"', 'allow.emails の正規表現 /a/y は使えません: 正規表現のフラグ「y」は使えません（使えるのは i, m, s, u, g）。']]);
    });
    it('accepts a valid regex and plain values', () => {
      assert.deepEqual(problems('{"allow": {"emails": ["/^hoiku@city\\\\.ageo\\\\.lg\\\\.jp$/i", "a@b.jp"]}}'), []);
    });
  });

  describe('terms', () => {
    it('rejects lookahead in a pattern, at the pattern', () => {
      const text = '{"terms": [{"pattern": "/サーバ(?!ー)/", "expected": "サーバー"}]}';
      assert.deepEqual(problems(text), [['"/サーバ(?!ー)/"', 'terms[0] の pattern が使えません: 先読み（(?= ) や (?! )）は使えません。チームのパターンは線形時間で評価できる正規表現（RE2 構文）に限ります。']]);
    });
    it('rejects lookbehind', () => {
      const [[, message]] = problems('{"terms": [{"pattern": "/(?<=市)役所/"}]}');
      assert.equal(message, 'terms[0] の pattern が使えません: 後読み（(?<= ) や (?<! )）は使えません。チームのパターンは線形時間で評価できる正規表現（RE2 構文）に限ります。');
    });
    it('rejects an invalid regex in YAML at the pattern', () => {
      assert.deepEqual(yaml('terms:\n  - pattern: /[z-a]/\n    expected: x\n'), [['/[z-a]/', 'terms[0] の pattern が使えません: 正規表現の書き方が正しくありません: invalid character class range: `z-a`']]);
    });
    it('rejects a pattern matching the empty string', () => {
      assert.deepEqual(problems('{"terms": [{"pattern": "/(ください)?/", "expected": "ください"}]}'), [
        ['"/(ください)?/"', 'terms[0] の pattern /(ください)?/ は空文字列にも一致します。1 文字以上に一致するパターンにしてください。'],
      ]);
    });
    it('a failing spec makes the file invalid, pointing at the spec (JSONC)', () => {
      const text = `{
  "terms": [
    { "pattern": "/サーバ/", "expected": "サーバー", "specs": [
      { "from": "サーバ", "to": "サーバー" },
      { "from": "サーバーが停止", "to": "サーバーが停止" }
    ] }
  ]
}`;
      assert.deepEqual(problems(text), [
        ['{ "from": "サーバーが停止", "to": "サーバーが停止" }', 'terms[0].specs[1] が成り立ちません: 「サーバーが停止」は「サーバーが停止」になるはずですが、実際は「サーバーーが停止」になります。'],
      ]);
      assert.equal(parseConfigText(text, '/t/.postpolicy.json').raw !== undefined, true);
    });
    it('a spec that holds passes (optional long vowel, no lookahead needed)', () => {
      const text = '{"terms": [{"pattern": "/サーバー?/", "expected": "サーバー", "specs": [{"from": "サーバとサーバー", "to": "サーバーとサーバー"}]}]}';
      assert.deepEqual(problems(text), []);
    });
    it('capture groups in expected, checked by specs', () => {
      const text = '{"terms": [{"pattern": "/(\\\\d+)時から/", "expected": "$1時～", "specs": [{"from": "10時から", "to": "10時～"}]}]}';
      assert.deepEqual(problems(text), []);
    });
    it('a failing spec in YAML points at the spec item', () => {
      const text = 'terms:\n  - pattern: 子供\n    expected: 子ども\n    specs:\n      - from: 子供たち\n        to: 子どもら\n';
      assert.deepEqual(yaml(text), [['from: 子供たち\n        to: 子どもら\n', 'terms[0].specs[0] が成り立ちません: 「子供たち」は「子どもら」になるはずですが、実際は「子どもたち」になります。']]);
    });
    it('specs without expected', () => {
      assert.deepEqual(problems('{"terms": [{"pattern": "ヤバい", "specs": [{"from": "a", "to": "a"}]}]}'), [
        ['[{"from": "a", "to": "a"}]', 'terms[0] に specs がありますが expected がありません。specs は expected への置き換え結果を確かめるものです。'],
      ]);
    });
  });

  describe('business hours', () => {
    it('end must be after start', () => {
      assert.deepEqual(problems('{"businessHours": {"start": "17:15", "end": "08:30"}}'), [['"08:30"', 'businessHours の end（08:30）は start（17:15）より後の時刻にしてください。']]);
    });
  });

  describe('schema errors stay positioned (zod, Japanese)', () => {
    it('unknown top-level key', () => {
      assert.deepEqual(problems('{\n  "rule": {}\n}'), [['"rule"', '不明なキー「rule」です。']]);
    });
    it('bad severity points at the value', () => {
      const [[covered, message]] = problems('{"rules": {"count/max-length": "fatal"}}');
      assert.equal(covered, '"fatal"');
      assert.match(message, /^設定が正しくありません: 「rules\.count\/max-length」: /);
    });
    it('JSON syntax error', () => {
      const [[covered, message]] = problems('{"limit": }');
      assert.equal(covered, '}');
      assert.equal(message, '設定ファイルの JSON が正しくありません: 値が必要です');
    });
  });

  it('a YAML config with lone CR line breaks (old Mac files) reads like its LF twin', () => {
    const lf = 'limit: 200\nallow:\n  phones:\n    - "048-775-5111"\n';
    const cr = lf.replace(/\n/g, '\r');
    const a = parseConfigText(lf, '/t/.postpolicy.yaml');
    const b = parseConfigText(cr, '/t/.postpolicy.yaml');
    assert.deepEqual(b.diagnostics, []);
    assert.deepEqual(b.raw, a.raw);
  });
});
