import { contextBridge, ipcRenderer } from 'electron';
import type { SessionDeskBridge } from '../../shared/api/bridge';
import { DELIVER_CHANNEL, IPC_CHANNEL } from './ipc-channel';

// The page gets exactly this: one function that sends a procedure name and its input to main, and one
// that asks main for an export, which main saves where the user chooses (the page sees no bytes, no path).
const bridge: SessionDeskBridge = {
  call: (name, input) => ipcRenderer.invoke(IPC_CHANNEL, name, input),
  deliver: (name, input) => ipcRenderer.invoke(DELIVER_CHANNEL, name, input),
};

contextBridge.exposeInMainWorld('sessionDesk', bridge);
