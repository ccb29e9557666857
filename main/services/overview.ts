import { readSessionOverview } from '../store/sessions';
import type { Handler } from './crud-handlers';

/** `sessions.overview`: one read of everything a session's screens show. */
export const sessionOverview: Handler = async (db, input: { id: string }) => readSessionOverview(db, input.id);
