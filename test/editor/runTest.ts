// Runs the in-editor suite (test/editor/suite) inside VS Code's real extension host, against the extension
// AS PACKAGED: the .vsix from `npm run package` is unzipped and that folder is the development extension, so
// what is tested is exactly what ships (bundled dist/, dictionary, grammar, nls files) and nothing from src/.
//
// Desktop VS Code cannot be downloaded on these machines, so by default @vscode/test-electron is pointed at
// scripts/editor/code-standin.mjs, which runs the same tests in code-server + headless Chromium (see
// ../shared/notes/real-vscode-here.md). Set POST_POLICY_VSCODE=download where VS Code can be downloaded.
import { runTests } from '@vscode/test-electron';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../unit/repoRoot';

async function main(): Promise<number> {
  const root = repoRoot();
  const vsix = join(root, 'post-policy.vsix');
  if (!existsSync(vsix)) {
    console.error(`test:editor: ${vsix} is missing; run \`npm run package\` first`);
    return 1;
  }
  const work = mkdtempSync(join(tmpdir(), 'post-policy-editor-'));
  try {
    const unpacked = join(work, 'vsix');
    try {
      execFileSync('unzip', ['-q', vsix, 'extension/*', '-d', unpacked]);
    } catch (e) {
      throw new Error(`could not unzip ${vsix} (${(e as Error).message}); install it: apt-get install -y unzip`);
    }
    const extensionDevelopmentPath = join(unpacked, 'extension');
    const workspace = join(work, 'workspace');
    execFileSync('mkdir', ['-p', workspace]);
    const download = process.env.POST_POLICY_VSCODE === 'download';
    await runTests({
      ...(download ? {} : { vscodeExecutablePath: join(root, 'scripts', 'editor', 'code-standin.mjs') }),
      extensionDevelopmentPath,
      extensionTestsPath: join(root, 'out', 'test', 'editor', 'suite', 'index.js'),
      launchArgs: [workspace, '--disable-extensions'],
      extensionTestsEnv: { POST_POLICY_TEST_WORKSPACE: workspace, POST_POLICY_EXPECTED_EXTENSION_PATH: extensionDevelopmentPath },
    });
    return 0;
  } catch (e) {
    console.error(`test:editor: failed: ${(e as Error).message ?? e}`);
    return 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code));
