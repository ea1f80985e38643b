// Same bytes, same findings everywhere (issue 11): the language server (given the text as VS Code decodes the file:
// UTF-8, BOM stripped, invalid bytes as U+FFFD) and the CLI (reading the file) report identical rules, severities,
// ranges and messages on tricky files.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Encoding from 'encoding-japanese';
import { repoRoot } from '../unit/repoRoot';
import { ServerHarness } from './harness';

const BODY = '---\naccount: ageo_hoiku\ncategory: event\n---\n🎉ひまわり組のゆうとくん（5歳）\n担当 090-1234-5678\n';
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

const FILES: Record<string, Uint8Array> = {
  'bom.post.md': new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(BODY)]),
  'crlf.post.md': utf8(BODY.replace(/\n/g, '\r\n')),
  'cr.post.md': utf8(BODY.replace(/\n/g, '\r')),
  'sjis.post.md': new Uint8Array(Encoding.convert(Encoding.stringToCode(BODY), { to: 'SJIS', from: 'UNICODE' })),
  'nul.post.md': utf8(BODY.replace('担当', '担\u0000当')),
  'no-newline.post.md': utf8(BODY.trimEnd()),
};

/** What VS Code puts in the TextDocument for these bytes (files.encoding utf8, no guessing). */
function asEditorText(bytes: Uint8Array): string {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
}

const SEVERITY: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

describe('editor and CLI agree on tricky files', function () {
  this.timeout(60000);
  let dir: string;
  let server: ServerHarness;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'post-policy-parity-'));
    writeFileSync(join(dir, '.postpolicy.json'), JSON.stringify({ extends: ['ageo-hoiku'] }));
    for (const [name, bytes] of Object.entries(FILES)) writeFileSync(join(dir, name), bytes);
    server = await ServerHarness.start([dir]);
  });
  after(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const name of Object.keys(FILES)) {
    it(name, async () => {
      const r = spawnSync(process.execPath, [join(repoRoot(), 'bin/post-policy.js'), 'check', '--format', 'json', name], { cwd: dir, encoding: 'utf8' });
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      const cli = JSON.parse(r.stdout)[0].diagnostics.map((d: any) => [d.rule, d.severity, d.range, d.message]);
      assert.ok(cli.length > 0);
      const uri = pathToFileURL(join(dir, name)).toString();
      await server.open(uri, asEditorText(FILES[name]));
      // The server publishes a quick pass first; wait for the full engine's publish.
      const published = await server.waitForDiagnostics(uri, (p) => p.diagnostics.length === cli.length, 15000);
      const editor = published.diagnostics.map((d) => [d.code, SEVERITY[d.severity!], d.range, d.message]);
      assert.deepEqual(editor, cli);
      if (name === 'sjis.post.md') assert.deepEqual(cli.map((d: unknown[]) => d[0]), ['format/encoding']);
      else assert.ok(cli.some((d: unknown[]) => d[0] === 'pii/person' && d[1] === 'error'), JSON.stringify(cli));
    });
  }
});
