import { contextBridge, ipcRenderer } from 'electron';
import type { SessionDeskBridge } from '../../shared/api/bridge';
import { IPC_CHANNEL } from './ipc-channel';

// The page gets exactly this: one function that sends a procedure name and its input to main.
const bridge: SessionDeskBridge = {
  call: (name, input) => ipcRenderer.invoke(IPC_CHANNEL, name, input),
};

contextBridge.exposeInMainWorld('sessionDesk', bridge);
