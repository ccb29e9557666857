import type { Result } from './errors';

/** What the Electron preload exposes to the page as window.sessionDesk: a transport for the API client. */
export interface SessionDeskBridge {
  call(name: string, input: unknown): Promise<Result<unknown>>;
  /**
   * Saves an exported file: main shows the save dialog on `fileName` (a bare name, no folder) in the
   * user's Documents folder and writes the bytes where the user chose; `saved` is false when they cancelled.
   */
  saveFile(fileName: string, base64: string): Promise<{ saved: boolean }>;
}

declare global {
  interface Window {
    /** Present in the Electron app, absent in the browser mode. */
    sessionDesk?: SessionDeskBridge;
  }
}
