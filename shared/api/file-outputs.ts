import type { Language } from '../domain/languages';
import type { OutputOf, ProcedureName } from './contract';
import { apiError, type Result } from './errors';

/*
 * The procedures that answer files. Their bytes never cross to a window: in the app main saves each
 * file where the user chooses, in the browser mode the host serves each as a download, the CLI writes
 * them. What crosses is the rest of the answer, with each file by its name.
 */

interface NamedFile {
  fileName: string;
  bytes: Uint8Array;
}

/** One file, its name what crosses. */
const single = (value: NamedFile) => ({ files: [value], answer: { fileName: value.fileName } });

/** One file per language beside other data (a sending's new status): the files by language and name. */
const perLanguage = <V extends { files: { language: Language; file: NamedFile }[] }>(value: V) => ({
  files: value.files.map((f) => f.file),
  answer: { ...value, files: value.files.map((f) => ({ language: f.language, fileName: f.file.fileName })) },
});

export const FILE_OUTPUTS = {
  'documents.exportDocx': single,
  'sessions.exportDocx': single,
  'sessions.exportAllDocx': single,
  'translation.changesDocx': single,
  'floor.record.docx': single,
  'sessionFiles.export': single,
  'translation.send': perLanguage<OutputOf<'translation.send'>>,
  'translation.sessionTexts.send': perLanguage<OutputOf<'translation.sessionTexts.send'>>,
} as const satisfies Partial<Record<ProcedureName, (value: never) => { files: NamedFile[]; answer: unknown }>>;

export type FileProcedureName = keyof typeof FILE_OUTPUTS;

/** What crosses to the window of a file procedure's answer: everything but the bytes. */
export type AnswerOf<N extends FileProcedureName> = ReturnType<(typeof FILE_OUTPUTS)[N]>['answer'];

export const isFileProcedure = (name: string): name is FileProcedureName => Object.hasOwn(FILE_OUTPUTS, name);

/** The answer of a carrier's plain call channel to a file procedure: its files go only by the file channel. */
export const FILES_ELSEWHERE: Result<never> = {
  ok: false,
  error: apiError('unknown_procedure', [{ path: 'name', message: 'a procedure that answers files: deliver it' }]),
};

/** A file procedure's answer as the files to hand over and the rest. */
export function splitFiles(name: FileProcedureName, value: unknown): { files: NamedFile[]; answer: unknown } {
  return (FILE_OUTPUTS[name] as (value: unknown) => { files: NamedFile[]; answer: unknown })(value);
}

/** What became of one file: downloaded (browser mode), saved where the user chose, or cancelled (app). */
export type FileOutcome = 'downloaded' | 'saved' | 'cancelled';

/** What a window gets from a file procedure: the answer without bytes, and what became of each file. */
export interface Delivered<A = unknown> {
  answer: A;
  /** In the browser mode each file also says where the tab downloads it from (`href`, good once). */
  files: { fileName: string; outcome: FileOutcome; href?: string }[];
}
