import type { SaveQueue } from './save-queue';

/**
 * Nothing typed is lost by leaving: hiding the window or leaving the page sends every waiting
 * edit at once (the HTTP transport marks small calls `keepalive`, so they outlive the page).
 * Closing while something is unsaved is held back until it is saved: in Session Desk's own window
 * the close is cancelled, the edits flushed, and the window closed again; a browser tab asks first.
 */
export function installFlushOnLeave(win: Window, queue: SaveQueue, inOwnWindow: boolean): void {
  const flush = () => void queue.flush();
  win.addEventListener('pagehide', flush);
  win.document.addEventListener('visibilitychange', () => {
    if (win.document.visibilityState === 'hidden') flush();
  });
  win.addEventListener('beforeunload', (event) => {
    if (!queue.busy) return;
    event.preventDefault();
    // Chromium still wants returnValue set to show its prompt in a tab.
    event.returnValue = '';
    void queue.flush().then(() => {
      if (inOwnWindow) win.close();
    });
  });
}
