import type { Handler } from '../services/crud-handlers';

/** Handlers of shared/api/document-procedures.ts. */
export const documentHandlers: Readonly<Record<string, Handler>> = {};
