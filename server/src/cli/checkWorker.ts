// The worker side of `check --jobs N`: one linter (and tokenizer) per thread; checks the files it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { checkOne, type CheckOutcome } from './checkOne';
import { createFileLinter, type FileLinter } from './lintFile';
import { useDictionary } from '../morphology';
import type { BatchMessage, BatchReply, DictionaryMessage, WorkerInit } from './pool';

export function startCheckWorker(): void {
  const init = workerData as WorkerInit;
  const linter = createFileLinter(init.config, init.named);
  // One file at a time, in arrival order: the linter's caches (config per folder, tokenizer) are not re-entrant.
  let chain = Promise.resolve();
  parentPort!.on('message', (batch: BatchMessage | DictionaryMessage) => {
    // The main thread's dictionary comes before any batch: the tokenizer is built on it, not read again.
    if ('dictionary' in batch) return useDictionary(batch.dictionary);
    chain = chain.then(async () => parentPort!.postMessage(await checkBatch(linter, batch, init)));
  });
}

/** Checks a batch's files in order; a file that throws ends the batch with its error after the outcomes before it. */
async function checkBatch(linter: FileLinter, batch: BatchMessage, init: WorkerInit): Promise<BatchReply> {
  const outcomes: CheckOutcome[] = [];
  for (const task of batch.tasks) {
    try {
      outcomes.push(await checkOne(linter, task.file, init.options, task.bytes));
    } catch (e) {
      return { first: batch.first, outcomes, error: `${task.file}: ${(e as Error).stack ?? e}` };
    }
  }
  return { first: batch.first, outcomes };
}
