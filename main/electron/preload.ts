import { contextBridge, ipcRenderer } from 'electron';
import type { SessionDeskBridge } from '../../shared/api/bridge';
import { IPC_CHANNEL, SAVE_FILE_CHANNEL } from './ipc-channel';

// The page gets exactly this: one function that sends a procedure name and its input to main, and one
// that hands main a file to save where the user chooses (main shows the dialog; the page names no path).
const bridge: SessionDeskBridge = {
  call: (name, input) => ipcRenderer.invoke(IPC_CHANNEL, name, input),
  saveFile: (fileName, base64) => ipcRenderer.invoke(SAVE_FILE_CHANNEL, fileName, base64),
};

contextBridge.exposeInMainWorld('sessionDesk', bridge);
