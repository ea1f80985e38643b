// post-policy CLI: the same engine as the editor, for CI and reviewers. Each command lives in cli/.
import { CHECK_USAGE, runCheck } from './cli/check';
import { CONFIG_USAGE, runConfig } from './cli/config';
import { INIT_USAGE, runInit } from './cli/init';
import { APPROVE_USAGE, runApprove } from './cli/approve';
import { REPORT_USAGE, runReport } from './cli/report';
import { closest, UsageError, wantsHelp } from './cli/usage';
import { VERSION } from './cli/version';
import { setFlagsFromString } from 'node:v8';
import { isMainThread, workerData } from 'node:worker_threads';
import { startCheckWorker } from './cli/checkWorker';
import { WORKER_MARK } from './cli/pool';

// A batch run is dominated by TurboFan re-compiling large functions that inline the rules (each thread compiles its
// own, ~2.5 s of CPU per 4,000 posts). A smaller inlining budget makes each compile cheaper for about the same code:
// CPU of a 4,000-post run -7 % (median of 6). Process-wide, so the worker threads get it too; set before any lint.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=150');
// Memory flat with the number of files (issue 13): V8's default heap growth let each thread's old generation reach ~4×
// its live size between full collections (live stays ~55 MB in the main thread and ~40 MB in a worker, but the heap
// grew to 260 and 180 MB over 100,000 posts, so peak RSS at 100,000 posts was 1.55–1.9× the RSS at 10,000). Growing by
// at most 2× keeps it at ~1.1× for a few more full collections (CPU within the noise of a shared machine). Process-wide
// like the flag above, so the worker threads get it too; read by V8 whenever it sets the next collection's limit.
setFlagsFromString('--heap-growing-percent=100');

type Command = (args: string[]) => Promise<number>;

/** Subcommands: name → [usage, implementation]. */
const COMMANDS: Record<string, [string, Command]> = {
  check: [CHECK_USAGE, runCheck],
  init: [INIT_USAGE, runInit],
  config: [CONFIG_USAGE, runConfig],
  approve: [APPROVE_USAGE, (args) => runApprove(args)],
  report: [REPORT_USAGE, (args) => runReport(args)],
};

function usage(): string {
  return `使い方:\n${Object.values(COMMANDS).map(([u]) => `  ${u.split('\n')[0]}`).join('\n')}\n  post-policy --version\n\n各コマンドの説明: post-policy <コマンド> --help`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === '--help' || name === '-h' || name === 'help') {
      process.stdout.write(`${usage()}\n`);
      return 0;
    }
    if (name === '--version' || name === '-v') {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const command = name ? COMMANDS[name] : undefined;
    if (!command) {
      const near = name ? closest(name, Object.keys(COMMANDS)) : undefined;
      throw new UsageError(name ? `不明なコマンド: ${name}${near ? `（「${near}」のことですか？）` : ''}` : 'コマンドを指定してください');
    }
    if (wantsHelp(rest)) {
      process.stdout.write(`使い方: ${command[0]}\n`);
      return 0;
    }
    return await command[1](rest);
  } catch (e) {
    if (e instanceof UsageError) {
      // One line and where to read more, not the whole usage (ESLint manners).
      const hint = name && COMMANDS[name] ? `post-policy ${name} --help` : 'post-policy --help';
      process.stderr.write(`post-policy: ${e.message}（使い方: ${hint}）\n`);
      return 2;
    }
    throw e;
  }
}

/** Runs the CLI with the process's arguments and exits with its code. */
export function run(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code; // let stdout drain instead of exiting mid-write
    },
    (e) => {
      process.stderr.write(`post-policy: 内部エラー: ${(e as Error).stack ?? e}\n`);
      process.exit(2);
    },
  );
}

// The same file is the entry of `check --jobs` worker threads (cli/pool.ts).
if (!isMainThread && (workerData as { mark?: string } | undefined)?.mark === WORKER_MARK) startCheckWorker();
else if (require.main === module) run();
