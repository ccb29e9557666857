import type { Handler } from '../services/crud-handlers';

/** Handlers of shared/api/safety-procedures.ts. */
export const safetyHandlers: Readonly<Record<string, Handler>> = {};
