import path from 'node:path';
import type { SenderInfo } from './ipc-handler';
import { isTrustedSender } from './security';

// "Save this file" from the page: the decisions, without electron (main.ts hands in the dialog and the disk).

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
  writeFile: (file: string, bytes: Buffer) => Promise<void>;
}

/**
 * One "save this file" from the page: only the app's top frame may ask, with a bare file name and
 * base64 bytes; the user picks the place in the dialog (the page never names a path).
 */
export async function handleSaveFile(
  deps: SaveFileDeps,
  sender: SenderInfo | null | undefined,
  fileName: unknown,
  base64: unknown,
): Promise<{ saved: boolean }> {
  if (!sender || sender.isTopFrame !== true || !isTrustedSender(sender.url)) throw new Error('unauthorized');
  if (!isSafeFileName(fileName)) throw new Error('refused file name');
  if (typeof base64 !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw new Error('refused contents');
  const extension = path.extname(fileName).slice(1);
  const choice = await deps.showSaveDialog({
    defaultPath: defaultSavePath(deps.documentsDir(), fileName),
    filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
  });
  if (choice.canceled || !choice.filePath) return { saved: false };
  await deps.writeFile(choice.filePath, Buffer.from(base64, 'base64'));
  return { saved: true };
}
