import type { ProcedureName } from '../../shared/api/contract';
import type { ParsedSessionFile } from '../session-files/session-file-import';
import type { ReadDocument } from '../word-reader';
import { runInWorker } from '../platform/run-in-worker';

/** An input that carried a file, with the file read: what the handlers of FILE_INPUTS receive. */
export type WithFile<Input, File> = Input & { file: File };

const withDocx = async <I extends { base64: string }>(input: I): Promise<WithFile<I, ReadDocument>> => ({
  ...input,
  file: await runInWorker<ReadDocument>('readDocx', input.base64),
});

/** A receive names the file its inspection read (translation/handlers.ts), or carries one to read. */
const withDocxIfSent = <I extends { base64?: string }>(input: I) =>
  input.base64 === undefined ? Promise.resolve(input) : withDocx(input as I & { base64: string });

const withSessionFile = async <I extends { base64: string }>(input: I): Promise<WithFile<I, ParsedSessionFile>> => ({
  ...input,
  file: await runInWorker<ParsedSessionFile>('parseSessionFile', input.base64),
});

/**
 * Procedures whose input carries a file: the file is read in a worker before the handler runs, and
 * so before a mutation's transaction opens; a long read holds neither the thread that serves the
 * other calls nor the database.
 */
export const FILE_INPUTS: Partial<Record<ProcedureName, (input: { base64: string }) => Promise<unknown>>> = {
  'translation.inspect': withDocx,
  'translation.receive': withDocxIfSent,
  'translation.importDraft': withDocx,
  'sessionFiles.inspect': withSessionFile,
  'sessionFiles.import': withSessionFile,
};

/** The input as its handler takes it: with its file read, for the procedures of FILE_INPUTS. */
export const handlerInput = (name: ProcedureName, input: unknown): Promise<unknown> =>
  FILE_INPUTS[name] ? FILE_INPUTS[name](input as { base64: string }) : Promise.resolve(input);
