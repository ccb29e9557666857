import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ApiFailure, type ApiError } from '../../shared/api/errors';
import { overLimit } from '../../shared/content/import-limits';
import { runTask, type TaskName } from '../workers/tasks';

/*
 * Runs a file-reading task (main/workers/tasks.ts) in a worker thread, so that reading a large or
 * hostile file never holds the thread that serves every other call, and so that its memory has a
 * ceiling of its own. How the worker's file is found depends on how main runs:
 *
 * - bundled by esbuild for Electron (scripts/build-electron.mjs): the worker is its own bundle,
 *   out/electron/import-worker.cjs beside main.cjs, named by the __IMPORT_WORKER_BUNDLE__ the build
 *   defines (Electron loads a worker from inside the asar archive since version 18);
 * - from source under tsx (CLI, `npm run web`) or vitest: the worker inherits neither loader (a
 *   `.ts` entry with `--import tsx` in its execArgv failed here on Node 20 with "Unknown file
 *   extension", and vitest transforms only its own threads), so it starts from a line of CommonJS
 *   that registers tsx's require hook, then requires the TypeScript entry.
 *
 * Where neither is possible (source run without tsx installed, as in a production install that
 * was not bundled) the task runs on the calling thread, with a warning: the limits still hold,
 * only the other calls wait.
 */

declare const __IMPORT_WORKER_BUNDLE__: string | undefined;

/** A worker that takes longer is stopped: every limit of the readers is reached well before. */
const TIMEOUT_MS = 30_000;
/** The worker's heap: reading 64 MB of session-file versions took about 300 MB here (the limit is 32 MB). */
const MAX_HEAP_MB = 384;

type Reply = { ok: true; value: unknown } | { ok: false; error: ApiError } | { ok: false; crash: string };

function workerSource(): { file: string; eval: boolean } | null {
  if (typeof __IMPORT_WORKER_BUNDLE__ === 'string') {
    return { file: path.join(__dirname, __IMPORT_WORKER_BUNDLE__), eval: false };
  }
  try {
    const require = createRequire(import.meta.url);
    const entry = fileURLToPath(new URL('../workers/import-worker.ts', import.meta.url));
    const hook = require.resolve('tsx/cjs/api');
    return { file: `require(${JSON.stringify(hook)}).register();\nrequire(${JSON.stringify(entry)});`, eval: true };
  } catch {
    return null;
  }
}

/** One worker, kept between tasks (from source, its first file is read about 0.4 s after it starts), replaced after a crash. */
class ReaderWorker {
  private worker: Worker | null = null;
  /** Tasks run one after another: a second import waits for the first, the other calls do not. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly source: { file: string; eval: boolean }) {}

  run<T>(task: TaskName, base64: string): Promise<T> {
    const next = this.queue.then(() => this.once<T>(task, base64));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private start(): Worker {
    const worker = new Worker(this.source.file, {
      eval: this.source.eval,
      resourceLimits: { maxOldGenerationSizeMb: MAX_HEAP_MB },
    });
    this.worker = worker;
    return worker;
  }

  private stop(worker: Worker): void {
    if (this.worker === worker) this.worker = null;
    void worker.terminate();
  }

  private once<T>(task: TaskName, base64: string): Promise<T> {
    const worker = this.worker ?? this.start();
    worker.ref();
    return new Promise<T>((resolve, reject) => {
      const done = (fn: () => void) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (this.worker === worker) worker.unref();
        fn();
      };
      const refuseWith = (limit: 'time' | 'memory', what: string) => {
        this.stop(worker);
        done(() => reject(new ApiFailure(limitError(limit, what))));
      };
      const onMessage = (reply: Reply) =>
        done(() => {
          if (reply.ok) resolve(reply.value as T);
          else if ('error' in reply) reject(new ApiFailure(reply.error));
          else reject(new Error(`the ${task} worker failed: ${reply.crash}`));
        });
      const onError = (error: Error & { code?: string }) => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          refuseWith('memory', `reading the file needed more than the ${MAX_HEAP_MB} MB Session Desk allows`);
        } else {
          this.stop(worker);
          done(() => reject(error));
        }
      };
      const onExit = (code: number) => {
        this.stop(worker);
        done(() => reject(new Error(`the ${task} worker stopped (exit code ${code})`)));
      };
      const timer = setTimeout(
        () => refuseWith('time', `reading the file took more than ${TIMEOUT_MS / 1000} s`),
        TIMEOUT_MS,
      );
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage({ task, base64 });
    });
  }
}

function limitError(limit: 'time' | 'memory', what: string): ApiError {
  try {
    return overLimit(limit, 'file', what);
  } catch (failure) {
    return (failure as ApiFailure).error;
  }
}

let reader: ReaderWorker | null | undefined;

/** The task's result, computed in the worker; its refusals (ApiFailure) come back as they were thrown. */
export function runInWorker<T>(task: TaskName, base64: string): Promise<T> {
  if (reader === undefined) {
    const source = workerSource();
    if (!source) console.warn('[worker] no worker entry found: files are read on the main thread');
    reader = source && new ReaderWorker(source);
  }
  return reader ? reader.run<T>(task, base64) : Promise.resolve(runTask(task, base64) as T);
}
