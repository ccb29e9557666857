import type { Result } from './errors';
import type { Delivered } from './file-outputs';

/** What the Electron preload exposes to the page as window.sessionDesk: a transport for the API client. */
export interface SessionDeskBridge {
  call(name: string, input: unknown): Promise<Result<unknown>>;
  /**
   * Calls a file procedure (an export): main makes the files and saves each through the save dialog,
   * opened on its name in the user's Documents folder; the answer says what became of each file.
   */
  deliver(name: string, input: unknown): Promise<Result<Delivered>>;
}

declare global {
  interface Window {
    /** Present in the Electron app, absent in the browser mode. */
    sessionDesk?: SessionDeskBridge;
  }
}
