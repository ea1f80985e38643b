// Spreads `check` over worker threads (each with its own tokenizer) and hands results back in input order, holding
// only the results that arrived early: memory stays flat however many files there are.
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DictionaryBytes } from '../morphology/kuromoji';
import type { CheckOptions, CheckOutcome } from './checkOne';

export interface Task {
  file: string;
  bytes?: Uint8Array;
}

/** Marks a worker started by this pool (cli.ts starts the worker loop instead of the CLI when it sees it). */
export const WORKER_MARK = 'post-policy-check-worker';

export interface WorkerInit {
  mark: typeof WORKER_MARK;
  config?: string;
  /** The command line's files, folders and globs (what the user named may be read wherever it is). */
  named: string[];
  options: CheckOptions;
}

/** Below this many files per worker, starting workers (and a dictionary each) costs more than it saves. */
const MIN_FILES_PER_WORKER = 25;

export function defaultJobs(): number {
  return availableParallelism();
}

export function effectiveWorkers(jobs: number, files: number): number {
  return Math.max(1, Math.min(jobs, Math.floor(files / MIN_FILES_PER_WORKER)));
}

/** The script a worker runs: the CLI bundle itself (dist/cli.js), or the compiled cli.js next to this folder. */
function workerScript(): string {
  return basename(__filename) === 'cli.js' ? __filename : join(__dirname, '..', 'cli.js');
}

/** A batch of consecutive tasks sent to a worker in one message, starting at task `first`. */
export interface BatchMessage {
  first: number;
  tasks: Task[];
}

/** A worker's answer to a batch: the outcomes in task order, or those before a file that failed and its error. */
export interface BatchReply {
  first: number;
  outcomes: CheckOutcome[];
  error?: string;
}

/** Largest batch: a message per file woke the main thread (and cost a context switch) for every post. */
const MAX_BATCH = 16;

/** Batches sent ahead to each worker: one being checked, the others queued while the main thread checks its own. */
const IN_FLIGHT = 4;

/** Small enough that every worker gets several batches (the last ones finish together), at most MAX_BATCH. */
export function batchSize(tasks: number, workers: number): number {
  return Math.max(1, Math.min(MAX_BATCH, Math.floor(tasks / (workers * 8))));
}

/** The first message to each worker when the main thread read the dictionary for all (see shareDictionary). */
export interface DictionaryMessage {
  dictionary: DictionaryBytes;
}

/** What the main thread does besides handing out work: it checks files too, with its own linter. */
export interface LocalThread {
  /** Checks one task on the main thread. */
  check(task: Task): Promise<CheckOutcome>;
  /** Called once the workers are starting: the dictionary to share with them, if the main thread will need it. */
  dictionary?(): DictionaryBytes | undefined;
}

/**
 * Runs the tasks on `workers` threads: the main thread (`local`) and `workers - 1` worker threads. The main thread
 * would otherwise sit idle while each worker pays its own start-up (bundle, dictionary, JIT warm-up); on two cores
 * one worker less is about a second of CPU less. `onResult` is called in input order; it may return false to stop
 * early (e.g. a broken config). Resolves when every task is done or the run was stopped.
 */
export async function runPool(tasks: Task[], workers: number, init: Omit<WorkerInit, 'mark'>, onResult: (index: number, outcome: CheckOutcome) => boolean, local: LocalThread): Promise<void> {
  const pending = new Map<number, CheckOutcome>();
  const size = batchSize(tasks.length, workers);
  let nextToEmit = 0;
  let nextToSend = 0;
  let stopped = false;
  const threads: Worker[] = [];
  let finished = false;
  await new Promise<void>((resolveAll, rejectAll) => {
    const finish = () => {
      if (finished) return;
      finished = true;
      for (const t of threads) void t.terminate();
      resolveAll();
    };
    const fail = (e: Error) => {
      if (finished) return;
      finished = stopped = true;
      for (const t of threads) void t.terminate();
      rejectAll(e);
    };
    const send = (w: Worker) => {
      if (stopped || nextToSend >= tasks.length) return;
      const first = nextToSend;
      nextToSend = Math.min(tasks.length, first + size);
      w.postMessage({ first, tasks: tasks.slice(first, nextToSend).map(({ file, bytes }) => ({ file, bytes })) } satisfies BatchMessage);
    };
    const emitReady = () => {
      while (!stopped && pending.has(nextToEmit)) {
        const outcome = pending.get(nextToEmit)!;
        pending.delete(nextToEmit);
        if (!onResult(nextToEmit++, outcome)) stopped = true;
      }
    };
    for (let i = 0; i < Math.min(workers - 1, tasks.length); i++) {
      const w = new Worker(workerScript(), { workerData: { mark: WORKER_MARK, ...init } satisfies WorkerInit });
      threads.push(w);
      w.on('message', (m: BatchReply) => {
        m.outcomes.forEach((outcome, k) => pending.set(m.first + k, outcome));
        emitReady();
        if (m.error !== undefined) return fail(new Error(m.error));
        if (stopped || nextToEmit >= tasks.length) finish();
        else send(w);
      });
      w.on('error', fail);
      // Batches in flight per worker, so it never waits for the main thread, which replies only between its own batches.
      for (let k = 0; k < IN_FLIGHT; k++) send(w);
    }
    // Read while the workers start (they need half a second to load the bundle), then shared with them: no copy each.
    const dictionary = local.dictionary?.();
    if (dictionary) for (const t of threads) t.postMessage({ dictionary } satisfies DictionaryMessage);
    void (async () => {
      // The main thread takes batches from the same queue, and between them lets the workers' replies in.
      while (!stopped && nextToSend < tasks.length) {
        const first = nextToSend;
        nextToSend = Math.min(tasks.length, first + size);
        for (let i = first; i < nextToSend; i++) {
          try {
            pending.set(i, await local.check(tasks[i]));
          } catch (e) {
            return fail(new Error(`${tasks[i].file}: ${(e as Error).stack ?? e}`));
          }
        }
        emitReady();
        if (stopped || nextToEmit >= tasks.length) return finish();
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    })();
  });
}
