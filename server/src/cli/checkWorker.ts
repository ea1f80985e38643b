// The worker side of `check --jobs N`: one linter (and tokenizer) per thread; checks the files it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { checkOne } from './checkOne';
import { createFileLinter } from './lintFile';
import type { WorkerInit } from './pool';

export function startCheckWorker(): void {
  const init = workerData as WorkerInit;
  const linter = createFileLinter(init.config, init.named);
  // One file at a time, in arrival order: the linter's caches (config per folder, tokenizer) are not re-entrant.
  let chain = Promise.resolve();
  parentPort!.on('message', (task: { index: number; file: string; bytes?: Uint8Array }) => {
    chain = chain.then(async () => {
      try {
        const outcome = await checkOne(linter, task.file, init.options, task.bytes);
        parentPort!.postMessage({ index: task.index, outcome });
      } catch (e) {
        parentPort!.postMessage({ index: task.index, error: `${task.file}: ${(e as Error).stack ?? e}` });
      }
    });
  });
}
