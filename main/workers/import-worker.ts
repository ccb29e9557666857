import { parentPort } from 'node:worker_threads';
import { ApiFailure } from '../../shared/api/errors';
import { runTask, type TaskName } from './tasks';

/** The worker of main/platform/run-in-worker.ts: for each task, one reply (its value, its refusal, or how it crashed). */
parentPort!.on('message', ({ task, base64 }: { task: TaskName; base64: string }) => {
  try {
    parentPort!.postMessage({ ok: true, value: runTask(task, base64) });
  } catch (error) {
    parentPort!.postMessage(
      error instanceof ApiFailure
        ? { ok: false, error: error.error }
        : { ok: false, crash: error instanceof Error ? (error.stack ?? error.message) : String(error) },
    );
  }
});
