import { contract, isProcedureName, PROCEDURE_NAMES } from '../../shared/api/contract';
import { apiError, ApiFailure, issuesFromZod, type Result } from '../../shared/api/errors';
import type { Store } from '../store/open-database';
import { storageErrorCode } from '../store/storage-errors';
import type { Handler } from './crud-handlers';
import { handlerInput } from './file-inputs';
import { MAX_INPUT_DEPTH, nestsDeeperThan } from './input-depth';
import { HANDLERS } from './handlers';

/** The contract, implemented once; every carrier (IPC, HTTP, CLI) calls through here. */
export interface Api {
  call(name: string, input: unknown): Promise<Result<unknown>>;
}

export interface ApiOptions {
  /** Where unexpected failures are reported in full; the caller only ever sees an 'internal' error. */
  onInternalError?: (name: string, error: unknown) => void;
  /**
   * Checks every answer against its output schema (the tests do). Off in the app: the answers are
   * typed and made from checked inputs and trusted rows, and a second walk of a 40,000-word paper or
   * a session's rows on every call would only cost time.
   */
  checkOutputs?: boolean;
}

export function createApi(db: Store, options: ApiOptions = {}): Api {
  const missing = PROCEDURE_NAMES.filter((n) => !HANDLERS[n]);
  if (missing.length > 0) throw new Error(`procedures without a handler: ${missing.join(', ')}`);
  const report =
    options.onInternalError ??
    ((name, error) => {
      // what the disk said is the whole story: one line, no stack trace
      const storage = storageErrorCode(error);
      if (storage) console.error(`[api] ${name} failed: ${storage} (${(error as Error).message})`);
      else console.error(`[api] ${name} failed`, error);
    });

  return {
    async call(name, rawInput) {
      if (!isProcedureName(name)) return { ok: false, error: apiError('unknown_procedure') };
      const procedure = contract[name];
      if (nestsDeeperThan(rawInput)) {
        return {
          ok: false,
          error: apiError('validation', [
            { path: '', message: `the input nests more than ${MAX_INPUT_DEPTH} levels deep` },
          ]),
        };
      }
      const parsed = procedure.input.safeParse(rawInput);
      if (!parsed.success) return { ok: false, error: apiError('validation', issuesFromZod(parsed.error)) };
      const handler = HANDLERS[name] as Handler;
      try {
        const input = await handlerInput(name, parsed.data);
        const value =
          procedure.kind === 'mutation'
            ? await db.transaction().execute((trx) => handler(trx, input))
            : await handler(db, input);
        return { ok: true, value: options.checkOutputs ? procedure.output.parse(value) : value };
      } catch (error) {
        if (error instanceof ApiFailure) return { ok: false, error: error.error };
        report(name, error);
        return { ok: false, error: apiError(storageErrorCode(error) ?? 'internal') };
      }
    },
  };
}
