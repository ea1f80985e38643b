// The CLI as a gate (issue 11): exit codes under the seed presets, --max-warnings, --quiet, SARIF validated by a
// real JSON-Schema validator and by Microsoft's SARIF validator, --fix / --fix-dry-run, BOM and Shift_JIS files,
// approve refusing posts with errors, and CLI manners.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import Encoding from 'encoding-japanese';
import { repoRoot } from '../unit/repoRoot';

const root = repoRoot();
const BIN = join(root, 'bin', 'post-policy.js');

function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary folder with a config and the given files (text or bytes). */
function workspace(files: Record<string, string | Uint8Array>, preset = 'ageo-hoiku'): string {
  const dir = mkdtempSync(join(tmpdir(), 'pp-gate-'));
  writeFileSync(join(dir, '.postpolicy.json'), JSON.stringify({ extends: [preset], accounts: { own: ['ageo_hoiku'] }, terms: [{ pattern: '子供', expected: '子ども', specs: [{ from: '子供たち', to: '子どもたち' }] }] }));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const CHILD = '---\naccount: ageo_hoiku\ncategory: event\n---\nひまわり組のゆうとくん（5歳）が、かけっこで一等賞になりました！\n';
const CLEAN = '---\naccount: ageo_hoiku\ncategory: event\n---\n子育てひろばでクリスマス会を開きます🎄\n日時：12月19日（土）10時から\n';
/** Only a warning under ageo-hoiku: a draft has no approval yet (policy/approval warns). */
const WARNING_ONLY = '---\naccount: ageo_hoiku\ncategory: event\nstatus: draft\n---\n子育てひろばでクリスマス会を開きます。\n';

describe('CLI gate (issue 11)', function () {
  this.timeout(60000);
  const dirs: string[] = [];
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const ws = (files: Record<string, string | Uint8Array>, preset?: string) => {
    const d = workspace(files, preset);
    dirs.push(d);
    return d;
  };

  it('examples/pii-violations.post.md fails under ageo-hoiku: a child name, a mobile, a gmail address and a home address are errors', () => {
    const r = cli(root, 'check', '--format', 'json', 'examples/pii-violations.post.md');
    assert.equal(r.code, 1, r.stderr);
    const [file] = JSON.parse(r.stdout);
    const errors = file.diagnostics.filter((d: { severity: string }) => d.severity === 'error').map((d: { rule: string }) => d.rule);
    for (const rule of ['pii/person', 'pii/phone', 'pii/email', 'pii/address', 'pii/postal-code', 'pii/photo-metadata']) assert.ok(errors.includes(rule), `${rule} is an error: ${errors}`);
  });

  for (const preset of ['ageo-hoiku', 'komae-kodomo', 'recommended']) {
    it(`${preset}: a child's name exits 1`, () => {
      const dir = ws({ 'a.post.md': CHILD }, preset);
      const r = cli(dir, 'check', 'a.post.md');
      assert.equal(r.code, 1, r.stdout);
      assert.match(r.stdout, /エラー {2}子どもの名前/);
    });
  }

  it('--max-warnings N fails when warnings exceed N; without it warnings pass', () => {
    const dir = ws({ 'a.post.md': WARNING_ONLY });
    const plain = cli(dir, 'check', '--format', 'json', 'a.post.md');
    assert.equal(plain.code, 0, plain.stdout);
    const warnings = JSON.parse(plain.stdout)[0].diagnostics.filter((d: { severity: string }) => d.severity === 'warning');
    assert.ok(warnings.length >= 1, plain.stdout);
    assert.equal(cli(dir, 'check', '--max-warnings', String(warnings.length), 'a.post.md').code, 0);
    const strict = cli(dir, 'check', '--max-warnings', '0', 'a.post.md');
    assert.equal(strict.code, 1);
    assert.match(strict.stderr, /警告が \d+ 件あり、--max-warnings 0 を超えています/);
    assert.equal(cli(dir, 'check', '--max-warnings=x', 'a.post.md').code, 2);
  });

  it('--quiet shows errors only and ignores warnings for the exit code', () => {
    const dir = ws({ 'a.post.md': WARNING_ONLY, 'b.post.md': CHILD });
    const r = cli(dir, 'check', '--quiet', '--format', 'json', 'a.post.md', 'b.post.md');
    assert.equal(r.code, 1);
    const [a, b] = JSON.parse(r.stdout);
    assert.deepEqual(a.diagnostics, []);
    assert.ok(b.diagnostics.length > 0 && b.diagnostics.every((d: { severity: string }) => d.severity === 'error'));
    assert.equal(cli(dir, 'check', '--quiet', '--max-warnings', '0', 'a.post.md').code, 0);
  });

  describe('SARIF 2.1.0', () => {
    let sarif: any;
    let file: string;
    before(() => {
      // An emoji before the name: SARIF columns must count UTF-16 code units, as the editor does.
      const dir = ws({ 'posts/絵文字.post.md': '---\naccount: ageo_hoiku\ncategory: event\n---\n🎉🎉 ひまわり組のゆうとくんと、子供たちの作品展です。\n' });
      const r = cli(dir, 'check', '--format', 'sarif', 'posts');
      assert.equal(r.code, 1, r.stderr);
      sarif = JSON.parse(r.stdout);
      file = join(dir, 'out.sarif');
      writeFileSync(file, r.stdout);
    });

    it('validates against the official SARIF 2.1.0 JSON schema (ajv)', () => {
      const schema = JSON.parse(readFileSync(join(root, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));
      const ajv = new Ajv2020({ allErrors: true, strict: false });
      addFormats(ajv);
      const validate = ajv.compile(schema);
      assert.ok(validate(sarif), JSON.stringify(validate.errors, null, 2));
      // A schema that cannot fail proves nothing: a broken log must be rejected.
      assert.equal(validate(Object.assign({}, sarif, { version: '2.0.0' })), false);
    });

    it('passes Microsoft\'s SARIF validator (Sarif.Multitool validate) with no errors', function () {
      const tool = join(root, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');
      assert.ok(existsSync(tool), 'npm ci installs @microsoft/sarif-multitool-linux');
      const r = spawnSync(tool, ['validate', file], { encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.doesNotMatch(r.stdout, /: error /, r.stdout);
      assert.match(r.stdout, /Analysis completed successfully/);
    });

    it('has rules with help and clause, UTF-16 regions and fixes', () => {
      const run = sarif.runs[0];
      assert.equal(run.columnKind, 'utf16CodeUnits');
      const person = run.results.find((r: any) => r.ruleId === 'pii/person');
      assert.equal(person.level, 'error');
      // 「🎉🎉 ひまわり組の」: two emoji are four UTF-16 units, so ゆうと starts at column 4 + 1 + 6 + 1 = 12.
      assert.deepEqual(person.locations[0].physicalLocation.region, { startLine: 5, startColumn: 12, endLine: 5, endColumn: 15 });
      assert.equal(person.locations[0].physicalLocation.artifactLocation.uri, 'posts/%E7%B5%B5%E6%96%87%E5%AD%97.post.md');
      const rule = run.tool.driver.rules[person.ruleIndex];
      assert.equal(rule.id, 'pii/person');
      assert.match(rule.help.text, /上尾市保育課 X 運用基準 5\(2\)カ/);
      assert.equal(rule.properties.clause, '上尾市保育課 X 運用基準 5(2)カ');
      const terms = run.results.find((r: any) => r.ruleId === 'team/terms');
      assert.deepEqual(terms.fixes[0].artifactChanges[0].replacements[0].insertedContent, { text: '子ども' });
    });
  });

  it('--fix applies the safe fixes only, keeps the BOM and CRLF, and reports what remains', () => {
    const text = '\uFEFF---\r\naccount: ageo_hoiku\r\ncategory: event\r\n---\r\n子供たちの作品展です。ひまわり組のゆうとくんも出品！\r\n';
    const dir = ws({ 'a.post.md': text });
    const r = cli(dir, 'check', '--fix', 'a.post.md');
    assert.equal(r.code, 1, r.stdout); // the child's name is not a safe fix: it stays, and fails
    assert.match(r.stdout, /修正した指摘 1 件/);
    const after = readFileSync(join(dir, 'a.post.md'), 'utf8');
    assert.equal(after, text.replace('子供たち', '子どもたち'));
    assert.doesNotMatch(r.stdout, /team\/terms/);
    assert.match(r.stdout, /pii\/person/);
  });

  it('--fix-dry-run prints a diff and leaves the file unchanged', () => {
    const text = '---\naccount: ageo_hoiku\ncategory: event\n---\n子供たちの作品展です。\n';
    const dir = ws({ 'a.post.md': text });
    const r = cli(dir, 'check', '--fix-dry-run', 'a.post.md');
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /^--- a\.post\.md\n\+\+\+ a\.post\.md（修正後）\n@@ -3,3 \+3,3 @@\n category: event\n ---\n-子供たちの作品展です。\n\+子どもたちの作品展です。\n/);
    assert.equal(readFileSync(join(dir, 'a.post.md'), 'utf8'), text);
  });

  it('a UTF-8 BOM is stripped as the editor does: the front matter is read, not posted', () => {
    const dir = ws({ 'a.post.md': `\uFEFF${CLEAN}` });
    const r = cli(dir, 'check', '--format', 'json', 'a.post.md');
    assert.equal(r.code, 0, r.stdout);
    const [file] = JSON.parse(r.stdout);
    assert.equal(file.posts.length, 1);
    // Only the approval reminder (no status yet): nothing read from the front matter as post text.
    assert.deepEqual(file.diagnostics.filter((d: { severity: string }) => d.severity !== 'info').map((d: { rule: string }) => d.rule), ['policy/approval']);
    writeFileSync(join(dir, 'b.post.md'), CLEAN);
    assert.deepEqual(JSON.parse(cli(dir, 'check', '--format', 'json', 'b.post.md').stdout)[0].posts, file.posts);
  });

  it('a Shift_JIS file is one error at 1:1 that names the encoding, never linted as garbage', () => {
    const sjis = new Uint8Array(Encoding.convert(Encoding.stringToCode(CHILD), { to: 'SJIS', from: 'UNICODE' }));
    const dir = ws({ 'a.post.md': sjis });
    const r = cli(dir, 'check', '--format', 'json', 'a.post.md');
    assert.equal(r.code, 1);
    const [file] = JSON.parse(r.stdout);
    assert.deepEqual(file.diagnostics.map((d: any) => [d.rule, d.severity, d.range.start]), [['format/encoding', 'error', { line: 0, character: 0 }]]);
    assert.match(file.diagnostics[0].message, /UTF-8 ではありません（Shift_JIS のようです）/);
    assert.match(file.diagnostics[0].message, /iconv -f SHIFT_JIS -t UTF-8/);
  });

  describe('approve is a gate', () => {
    it('refuses a post with error findings and says which', () => {
      const dir = ws({ 'a.post.md': CHILD });
      const r = cli(dir, 'approve', 'a.post.md', '--by', '保育課長');
      assert.equal(r.code, 1);
      assert.match(r.stderr, /error の指摘が 1 件あるため承認しません/);
      assert.match(r.stderr, /5:7 {2}子どもの名前.*pii\/person/);
      assert.equal(readFileSync(join(dir, 'a.post.md'), 'utf8'), CHILD);
    });

    it('--force --reason records the override, and policy/approval shows it to the next reviewer', () => {
      const dir = ws({ 'a.post.md': CHILD });
      assert.equal(cli(dir, 'approve', 'a.post.md', '--by', '保育課長', '--force').code, 2, 'a reason is required');
      const r = cli(dir, 'approve', 'a.post.md', '--by', '保育課長', '--force', '--reason', '保護者の書面同意あり');
      assert.equal(r.code, 0, r.stderr);
      const text = readFileSync(join(dir, 'a.post.md'), 'utf8');
      assert.match(text, /\napproved_override: 保護者の書面同意あり\napproved_override_errors: pii\/person\n---\n/);
      const shown = JSON.parse(cli(dir, 'check', '--format', 'json', 'a.post.md').stdout)[0].diagnostics;
      const note = shown.find((d: any) => d.rule === 'policy/approval');
      assert.equal(note.severity, 'info');
      assert.match(note.message, /保育課長 が error の指摘（pii\/person）があるまま、理由「保護者の書面同意あり」で承認しています/);
    });

    it('approves a clean post (keeping its BOM), and a later edit is an error again', () => {
      const dir = ws({ 'a.post.md': `\uFEFF${CLEAN}` });
      const r = cli(dir, 'approve', 'a.post.md', '--by', '保育課長');
      assert.equal(r.code, 0, r.stderr);
      const text = readFileSync(join(dir, 'a.post.md'), 'utf8');
      assert.ok(text.startsWith('\uFEFF---\naccount: ageo_hoiku'), JSON.stringify(text.slice(0, 20)));
      assert.equal((text.match(/^\uFEFF?---$/gm) ?? []).length, 2, 'one front matter (two delimiters), not a second one before the BOM');
      assert.equal((text.match(/^account:/gm) ?? []).length, 1);
      assert.equal(cli(dir, 'check', 'a.post.md').code, 0);
      writeFileSync(join(dir, 'a.post.md'), text.replace('クリスマス会', '年末会'));
      const after = JSON.parse(cli(dir, 'check', '--format', 'json', 'a.post.md').stdout)[0].diagnostics;
      assert.ok(after.some((d: any) => d.rule === 'policy/approval' && d.severity === 'error' && /承認後に本文が変更されています/.test(d.message)));
    });
  });

  it('--jobs 2 (worker threads) writes exactly what --jobs 1 writes, in input order, for every format', () => {
    const files: Record<string, string> = {};
    // 60 files: enough for two workers (25 files each at least); a mix of clean, warning and error posts.
    for (let i = 0; i < 60; i++) files[`posts/${String(i).padStart(2, '0')}.post.md`] = [CLEAN, WARNING_ONLY, CHILD][i % 3].replace('です', `です${i}`);
    const dir = ws(files);
    for (const format of ['stylish', 'json', 'sarif', 'github']) {
      const one = cli(dir, 'check', '--jobs', '1', '--format', format, 'posts');
      const two = cli(dir, 'check', '--jobs', '2', '--format', format, 'posts');
      assert.equal(one.code, 1, one.stderr);
      assert.equal(two.code, one.code, two.stderr);
      assert.equal(two.stdout, one.stdout, format);
    }
    const json = JSON.parse(cli(dir, 'check', '--jobs', '2', '--format', 'json', 'posts').stdout);
    assert.deepEqual(json.map((f: { file: string }) => f.file), Object.keys(files).sort());
    assert.equal(cli(dir, 'check', '--jobs', '0', 'posts').code, 2);
  });

  it('docsBaseUrl: links name the team\'s hosted pages (stylish list, SARIF helpUri)', () => {
    const dir = ws({ 'a.post.md': CHILD });
    writeFileSync(join(dir, '.postpolicy.json'), JSON.stringify({ extends: ['ageo-hoiku'], docsBaseUrl: 'https://intra.example.lg.jp/post-policy/rules' }));
    assert.match(cli(dir, 'check', 'a.post.md').stdout, /ルールの説明:\n {2}pii\/person {2}https:\/\/intra\.example\.lg\.jp\/post-policy\/rules\/pii\/person\.md\n/);
    const sarif = JSON.parse(cli(dir, 'check', '--format', 'sarif', 'a.post.md').stdout);
    assert.equal(sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'pii/person').helpUri, 'https://intra.example.lg.jp/post-policy/rules/pii/person.md');
  });

  describe('manners', () => {
    it('--help on every sub-command, and --version', () => {
      for (const cmd of ['check', 'approve', 'init', 'config']) {
        const r = cli(root, cmd, '--help');
        assert.equal(r.code, 0, cmd);
        assert.match(r.stdout, new RegExp(`^使い方: post-policy ${cmd} `));
      }
      const v = cli(root, '--version');
      assert.equal(v.code, 0);
      assert.equal(v.stdout.trim(), JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
    });

    it('a usage error is one line with a --help hint, not the whole usage', () => {
      const r = cli(root, 'check', '--nope', 'x');
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'post-policy: 不明なオプション: --nope（使い方: post-policy check --help）\n');
      assert.match(cli(root, 'chek').stderr, /^post-policy: 不明なコマンド: chek（「check」のことですか？）（使い方: post-policy --help）\n$/);
    });

    it('a config with several mistakes: every problem at once, with the allowed values and 「…のことですか？」', () => {
      const dir = ws({ 'a.post.md': 'お知らせです。\n' });
      writeFileSync(join(dir, '.postpolicy.json'), '{ "extends": ["ageo-hoku"], "rules": { "pii/phone": "eror" }, "limit": "x" }\n');
      const r = cli(dir, 'check', 'a.post.md');
      assert.equal(r.code, 2);
      const lines = r.stderr.trim().split('\n');
      assert.equal(lines.length, 3, r.stderr);
      assert.match(lines[0], /^\.postpolicy\.json:1:53: 設定エラー: .*「rules\.pii\/phone」: 重大度「eror」は使えません。off \/ info \/ warning \/ error のいずれか.*「error」のことですか？$/);
      assert.match(r.stderr, /\.postpolicy\.json:1:\d+: 設定エラー: .*「limit」/);
      assert.match(r.stderr, /\.postpolicy\.json:1:15: 設定エラー: 不明なプリセット「ageo-hoku」です。「ageo-hoiku」のことですか？/);
    });

    it('a folder with no posts exits 2 like an empty glob', () => {
      const dir = ws({ 'notes.md': '# memo\n' });
      const r = cli(dir, 'check', '.');
      assert.equal(r.code, 2);
      assert.match(r.stderr, /フォルダに投稿（\*\.post\.md）がありません: \./);
      assert.equal(cli(dir, 'check', '*.post.md').code, 2);
    });
  });
});
