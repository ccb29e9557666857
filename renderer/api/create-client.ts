import { createApiClient, type ApiClient } from '../../shared/api/client';
import { createHttpFileTransport, createHttpTransport, createHttpUploadTransport } from './http-transport';
import { createIpcFileTransport, createIpcTransport, createIpcUploadTransport, findBridge } from './ipc-transport';
import { takeTokenFromUrl } from './token';

/**
 * The API client of this page: over Electron IPC when the preload's bridge is there, else over
 * HTTP to the loopback host, with the token the host put in the address (`#token=`). Call it
 * once, before the router reads the hash.
 */
export function createClientForPage(win: Window): ApiClient {
  const bridge = findBridge(win);
  if (bridge) {
    return createApiClient(
      createIpcTransport(bridge),
      createIpcFileTransport(bridge),
      createIpcUploadTransport(bridge),
    );
  }
  const token = takeTokenFromUrl(win.location, win.history, win.sessionStorage);
  const options = { getToken: () => token };
  return createApiClient(
    createHttpTransport(options),
    createHttpFileTransport(options),
    createHttpUploadTransport(options),
  );
}
