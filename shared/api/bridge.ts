import type { Result } from './errors';

/** What the Electron preload exposes to the page as window.sessionDesk: a transport for the API client. */
export interface SessionDeskBridge {
  call(name: string, input: unknown): Promise<Result<unknown>>;
}

declare global {
  interface Window {
    /** Present in the Electron app, absent in the browser mode. */
    sessionDesk?: SessionDeskBridge;
  }
}
