import { parseSessionFile } from '../session-files/session-file-import';
import { readSessionTexts } from '../translation/session-texts/read-texts';
import { readDocx } from '../word-reader';

/** What a worker may be asked to do: read a file from outside, given as base64, into plain data. */
const TASKS = {
  readDocx: (bytes: Buffer) => readDocx(bytes),
  parseSessionFile: (bytes: Buffer) => parseSessionFile(bytes),
  readSessionTexts: (bytes: Buffer) => readSessionTexts(bytes),
} as const;

export type TaskName = keyof typeof TASKS;

export const runTask = (task: TaskName, base64: string): unknown => TASKS[task](Buffer.from(base64, 'base64'));
