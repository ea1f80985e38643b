// Entry point run by VS Code's extension host: mocha over every *.test.js beside this file.
// The host sends console.log to the window log, so the reporter writes to process.stdout instead.
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';

export function run(): Promise<void> {
  (Mocha.reporters.Base as unknown as { consoleLog: (...a: unknown[]) => void }).consoleLog = (...args: unknown[]) => {
    process.stdout.write(`${format(...args)}\n`);
  };
  // POST_POLICY_EDITOR_GREP (given to the test runner, which passes its environment on) runs only matching tests.
  const grep = process.env.POST_POLICY_EDITOR_GREP;
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60000, ...(grep ? { grep } : {}) });
  for (const f of readdirSync(__dirname).filter((n) => n.endsWith('.test.js')).sort()) mocha.addFile(join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      // Never a silent pass: a run that found no tests (wrong path, nothing compiled) fails.
      if (runner.total === 0) return reject(new Error(`no in-editor tests found in ${__dirname}`));
      process.stdout.write(`in-editor: ${failures === 0 ? 'all tests passed' : `${failures} test(s) failed`}\n`);
      if (failures > 0) reject(new Error(`${failures} in-editor test(s) failed`));
      else resolve();
    });
  });
}
