import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Api } from '../services/api';
import { IPC_CHANNEL, SAVE_FILE_CHANNEL } from './ipc-channel';
import { handleIpcCall, type SenderInfo } from './ipc-handler';
import { handleSaveFile, type SaveFileDeps } from './save-file';

function senderInfo(event: IpcMainInvokeEvent): SenderInfo | null {
  const frame = event.senderFrame;
  if (!frame) return null;
  return { url: frame.url, isTopFrame: frame.parent === null };
}

/** Carries the API over Electron IPC: one channel, the procedure name and its input. */
export function registerIpc(ipcMain: IpcMain, api: Api): void {
  ipcMain.handle(IPC_CHANNEL, (event, name: unknown, input: unknown) =>
    handleIpcCall(api, senderInfo(event), name, input),
  );
}

/** "Save this file": the page sends a suggested name and the bytes, main asks the user where (save-file.ts decides). */
export function registerSaveFile(ipcMain: IpcMain, deps: SaveFileDeps): void {
  ipcMain.handle(SAVE_FILE_CHANNEL, (event, fileName: unknown, base64: unknown) =>
    handleSaveFile(deps, senderInfo(event), fileName, base64),
  );
}
