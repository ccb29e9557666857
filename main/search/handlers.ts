import type { InputOf } from '../../shared/api/contract';
import type { Handler } from '../services/crud-handlers';
import type { Store } from '../store/open-database';
import { searchArchive } from '../store/search/search-archive';

export const searchHandlers: Record<string, Handler> = {
  'archive.search': async (db: Store, input: InputOf<'archive.search'>) =>
    searchArchive(db, { ...input, limit: input.limit ?? 50 }),
};
