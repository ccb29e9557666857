import { ApiFailure, apiError, ApiErrorSchema, type Result } from './errors';
import type { InputOf, OutputOf, ProcedureName } from './contract';
import type { AnswerOf, Delivered, FileProcedureName } from './file-outputs';

/** Carries one call to main and brings back its Result: IPC in Electron, fetch in the browser mode. */
export type Transport = (name: ProcedureName, input: unknown) => Promise<Result<unknown>>;

/**
 * Carries one call of a file procedure: main makes the files and hands them to the user (save dialog,
 * download); only the answer without bytes comes back.
 */
export type FileTransport = (name: FileProcedureName, input: unknown) => Promise<Result<Delivered>>;

/** The procedures a window calls and gets the answer of; file procedures go by `deliver`. */
export type CallableName = Exclude<ProcedureName, FileProcedureName>;

export interface ApiClient {
  call<N extends CallableName>(name: N, input: InputOf<N>): Promise<OutputOf<N>>;
  /** A procedure that answers files: they go to the user from main, the answer (with their names) comes here. */
  deliver<N extends FileProcedureName>(name: N, input: InputOf<N>): Promise<Delivered<AnswerOf<N>>>;
}

async function settle<T>(carry: () => Promise<Result<unknown>>): Promise<T> {
  let result: Result<unknown>;
  try {
    result = await carry();
  } catch {
    throw new ApiFailure(apiError('internal'));
  }
  if (result.ok) return result.value as T;
  const parsed = ApiErrorSchema.safeParse(result.error);
  throw new ApiFailure(parsed.success ? parsed.data : apiError('internal'));
}

/** A carrier that hands over no files: a file procedure is unknown to it. */
const noFiles: FileTransport = () => Promise.resolve({ ok: false, error: apiError('unknown_procedure') });

/** A typed client over any transport; a failed call rejects with an ApiFailure that holds the typed error. */
export function createApiClient(transport: Transport, fileTransport: FileTransport = noFiles): ApiClient {
  return {
    call: (name, input) => settle(() => transport(name, input)),
    deliver: (name, input) => settle(() => fileTransport(name, input)),
  };
}
