import { apiError, type Result } from '../../shared/api/errors';
import { isFileProcedure, splitFiles, type Delivered, type FileOutcome } from '../../shared/api/file-outputs';
import type { Api } from './api';

/** What a carrier does with one file main made: save it where the user chooses, or offer it as a download. */
export type HandOver = (file: {
  fileName: string;
  bytes: Uint8Array;
}) => Promise<{ outcome: FileOutcome; href?: string }>;

/**
 * One call of a file procedure for a window: main runs it, hands each file over itself (one after the
 * other, as the user answers each save dialog), and answers the rest with what became of each file.
 */
export async function deliverFiles(
  api: Pick<Api, 'call'>,
  name: string,
  input: unknown,
  handOver: HandOver,
): Promise<Result<Delivered>> {
  if (!isFileProcedure(name)) return { ok: false, error: apiError('unknown_procedure') };
  const result = await api.call(name, input);
  if (!result.ok) return result;
  const { files, answer } = splitFiles(name, result.value);
  const handed: Delivered['files'] = [];
  for (const file of files) handed.push({ fileName: file.fileName, ...(await handOver(file)) });
  return { ok: true, value: { answer, files: handed } };
}
