import path from 'node:path';
import { apiError, type Result } from '../../shared/api/errors';
import type { Delivered, FileOutcome } from '../../shared/api/file-outputs';
import type { Api } from '../services/api';
import { deliverFiles } from '../services/deliver-files';
import type { SenderInfo } from './ipc-handler';
import { isTrustedSender } from './security';

// An export in the app: main makes the file and saves it where the user chooses, without electron here
// (main.ts hands in the dialog and the disk). The page names the procedure; no bytes cross to it.

/** A suggested file name is a bare name: no folder, no path separator, nothing hidden, nothing odd. */
export function isSafeFileName(name: unknown): name is string {
  if (typeof name !== 'string' || name.length === 0 || name.length > 200) return false;
  if (/[/\\:]/.test(name) || /[\u0000-\u001f\u007f]/.test(name)) return false;
  if (name.startsWith('.') || name.endsWith('.') || name.endsWith(' ')) return false;
  return /\.[A-Za-z0-9]{1,8}$/.test(name);
}

/** Where the save dialog opens: the suggested name in the user's Documents folder. */
export function defaultSavePath(documentsDir: string, fileName: string): string {
  if (!isSafeFileName(fileName)) throw new Error('not a bare file name');
  return path.join(documentsDir, fileName);
}

export interface SaveFileDeps {
  documentsDir: () => string;
  /** The native save dialog: the path the user chose, or none when they cancelled. */
  showSaveDialog: (options: {
    defaultPath: string;
    filters: { name: string; extensions: string[] }[];
  }) => Promise<{ canceled: boolean; filePath?: string | undefined }>;
  writeFile: (file: string, bytes: Uint8Array) => Promise<void>;
}

/** Saves one file main made where the user picks in the save dialog, opened on its name in Documents. */
export async function saveWithDialog(deps: SaveFileDeps, fileName: string, bytes: Uint8Array): Promise<FileOutcome> {
  if (!isSafeFileName(fileName)) throw new Error('refused file name');
  const extension = path.extname(fileName).slice(1);
  const choice = await deps.showSaveDialog({
    defaultPath: defaultSavePath(deps.documentsDir(), fileName),
    filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
  });
  if (choice.canceled || !choice.filePath) return 'cancelled';
  await deps.writeFile(choice.filePath, bytes);
  return 'saved';
}

/**
 * One file procedure asked by the page (an export, a sending): only the app's top frame may ask; main
 * runs it and saves each file through the dialog; the page gets the answer without bytes.
 */
export async function handleDeliver(
  api: Pick<Api, 'call'>,
  deps: SaveFileDeps,
  sender: SenderInfo | null | undefined,
  name: unknown,
  input: unknown,
): Promise<Result<Delivered>> {
  if (!sender || sender.isTopFrame !== true || !isTrustedSender(sender.url)) {
    return { ok: false, error: apiError('unauthorized') };
  }
  if (typeof name !== 'string') return { ok: false, error: apiError('unknown_procedure') };
  try {
    return await deliverFiles(api, name, input, async (file) => ({
      outcome: await saveWithDialog(deps, file.fileName, file.bytes),
    }));
  } catch {
    return { ok: false, error: apiError('internal') };
  }
}
