import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Api } from '../services/api';
import { DELIVER_CHANNEL, IPC_CHANNEL } from './ipc-channel';
import { handleIpcCall, type SenderInfo } from './ipc-handler';
import { handleDeliver, type SaveFileDeps } from './save-file';

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

/** Exports: the page names a file procedure and its input, main makes the files and saves them (save-file.ts). */
export function registerDeliver(ipcMain: IpcMain, api: Api, deps: SaveFileDeps): void {
  ipcMain.handle(DELIVER_CHANNEL, (event, name: unknown, input: unknown) =>
    handleDeliver(api, deps, senderInfo(event), name, input),
  );
}
