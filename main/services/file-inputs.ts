import type { ProcedureName } from '../../shared/api/contract';
import type { ParsedSessionFile } from '../session-files/session-file-import';
import type { ReadDocument } from '../word-reader';
import { runInWorker } from '../platform/run-in-worker';
import type { ReadSessionTexts } from '../translation/session-texts/read-texts';
import type { TaskName } from '../workers/tasks';

/** An input that carried a file, with the file read: what the handlers of FILE_INPUTS receive. */
export type WithFile<Input, File> = Input & { file: File };

/** Reads the input's file in a worker with `task`. */
const reading =
  <File>(task: TaskName) =>
  async <I extends { base64: string }>(input: I): Promise<WithFile<I, File>> => ({
    ...input,
    file: await runInWorker<File>(task, input.base64),
  });

/** A receive names the file its inspection read (by its handle), or carries one to read. */
const ifSent =
  (read: (input: { base64: string }) => Promise<unknown>) =>
  <I extends { base64?: string }>(input: I): Promise<unknown> =>
    input.base64 === undefined ? Promise.resolve(input) : read(input as I & { base64: string });

const withDocx = reading<ReadDocument>('readDocx');
const withSessionTexts = reading<ReadSessionTexts>('readSessionTexts');
const withSessionFile = reading<ParsedSessionFile>('parseSessionFile');

/**
 * Procedures whose input carries a file: the file is read in a worker before the handler runs, and
 * so before a mutation's transaction opens; a long read holds neither the thread that serves the
 * other calls nor the database.
 */
export const FILE_INPUTS: Partial<Record<ProcedureName, (input: { base64: string }) => Promise<unknown>>> = {
  'translation.inspect': withDocx,
  'translation.receive': ifSent(withDocx),
  'translation.importDraft': withDocx,
  'translation.sessionTexts.inspect': withSessionTexts,
  'translation.sessionTexts.receive': ifSent(withSessionTexts),
  'sessionFiles.inspect': withSessionFile,
  'sessionFiles.import': withSessionFile,
};

/** The input as its handler takes it: with its file read, for the procedures of FILE_INPUTS. */
export const handlerInput = (name: ProcedureName, input: unknown): Promise<unknown> =>
  FILE_INPUTS[name] ? FILE_INPUTS[name](input as { base64: string }) : Promise.resolve(input);
