import type { FileTransport, Transport } from '../../shared/api/client';
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
