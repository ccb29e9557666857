/** The one IPC channel that carries API calls: the preload invokes it, main handles it. */
export const IPC_CHANNEL = 'session-desk:call';

/** The channel of file procedures (exports): the preload sends a name and input, main saves the files it makes. */
export const DELIVER_CHANNEL = 'session-desk:deliver';
