/** The one IPC channel that carries API calls: the preload invokes it, main handles it. */
export const IPC_CHANNEL = 'session-desk:call';
