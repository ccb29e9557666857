/** The one IPC channel that carries API calls: the preload invokes it, main handles it. */
export const IPC_CHANNEL = 'session-desk:call';

/** The channel of "save this file": the preload sends a suggested name and the bytes, main asks the user where. */
export const SAVE_FILE_CHANNEL = 'session-desk:save-file';
