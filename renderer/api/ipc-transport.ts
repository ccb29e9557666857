import type { FileTransport, Transport, UploadTransport } from '../../shared/api/client';
import { readFileAsBase64 } from '../components/browser-files';
import type { SessionDeskBridge } from '../../shared/api/bridge';

/** The bridge when the page runs in Session Desk's own window, else undefined (a browser tab). */
export function findBridge(scope: object): SessionDeskBridge | undefined {
  const bridge = (scope as { sessionDesk?: Partial<SessionDeskBridge> }).sessionDesk;
  return bridge && typeof bridge.call === 'function' ? (bridge as SessionDeskBridge) : undefined;
}

/** Carries a call over Electron IPC through the preload's bridge. */
export function createIpcTransport(bridge: Pick<SessionDeskBridge, 'call'>): Transport {
  return (name, input) => bridge.call(name, input);
}

/** Carries a file procedure over Electron IPC: main makes the files and saves them through its dialog. */
export function createIpcFileTransport(bridge: Pick<SessionDeskBridge, 'deliver'>): FileTransport {
  return (name, input) => bridge.deliver(name, input);
}

/** Carries an upload over Electron IPC, which takes the contract's input: the file as `base64`. */
export function createIpcUploadTransport(bridge: Pick<SessionDeskBridge, 'call'>): UploadTransport {
  return async (name, input, file) => bridge.call(name, { ...input, base64: await readFileAsBase64(file) });
}
