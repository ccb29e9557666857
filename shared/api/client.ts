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

/** The procedures that take a file the user picked (`base64` in the contract): a window sends it by `upload`. */
export const UPLOAD_NAMES = [
  'translation.inspect',
  'translation.receive',
  'translation.importDraft',
  'translation.sessionTexts.inspect',
  'translation.sessionTexts.receive',
  'sessionFiles.inspect',
  'sessionFiles.import',
] as const satisfies readonly ProcedureName[];
export type UploadName = (typeof UPLOAD_NAMES)[number];
export const isUploadName = (name: string): name is UploadName => (UPLOAD_NAMES as readonly string[]).includes(name);

/** An upload's input without its file, which goes beside it as bytes. */
export type UploadInput<N extends UploadName> = Omit<InputOf<N>, 'base64'>;

/**
 * Carries a call whose file goes as it is: a binary body in the browser mode; the carrier may encode it
 * where it has no other way (IPC takes the input as base64).
 */
export type UploadTransport = (name: UploadName, input: object, file: Blob) => Promise<Result<unknown>>;

export interface ApiClient {
  call<N extends CallableName>(name: N, input: InputOf<N>): Promise<OutputOf<N>>;
  /** A procedure that answers files: they go to the user from main, the answer (with their names) comes here. */
  deliver<N extends FileProcedureName>(name: N, input: InputOf<N>): Promise<Delivered<AnswerOf<N>>>;
  /** A procedure that takes a file the user picked: the file goes beside the input, as bytes where it can. */
  upload<N extends UploadName>(name: N, input: UploadInput<N>, file: Blob): Promise<OutputOf<N>>;
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

/** A carrier that takes no files the user picked. */
const noUploads: UploadTransport = () => Promise.resolve({ ok: false, error: apiError('unknown_procedure') });

/** A typed client over any transport; a failed call rejects with an ApiFailure that holds the typed error. */
export function createApiClient(
  transport: Transport,
  fileTransport: FileTransport = noFiles,
  uploadTransport: UploadTransport = noUploads,
): ApiClient {
  return {
    call: (name, input) => settle(() => transport(name, input)),
    deliver: (name, input) => settle(() => fileTransport(name, input)),
    upload: (name, input, file) => settle(() => uploadTransport(name, input, file)),
  };
}
