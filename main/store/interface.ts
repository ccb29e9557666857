import type * as agenda from './agenda';
import type * as documents from './documents';
import type * as entities from './entities';
import type * as floorQueue from './floor-queue';
import type * as floor from './floor';
import type * as goodPractices from './good-practices';
import type * as guidingQuestions from './guiding-questions';
import type * as meta from './meta';
import type * as registry from './registry';
import type * as archive from './search/search-archive';
import type * as sessionFiles from './session-files';
import type * as sessions from './sessions';
import type * as speakers from './speakers';
import type * as startFrom from './start-from';
import type * as sqliteFiles from './sqlite-files';
import type * as symbols from './symbols';
import type * as translationSendings from './translation-sendings';
import type * as writeChecks from './write-checks';

/**
 * The store's interface: every query of the app as a named, typed function that takes the connection
 * first, grouped by what it reads and writes, one file per group (Signal Desktop's ts/sql/Interface.ts
 * is the model). Nothing outside main/store builds a query (lint rule local/store-sql). A store on
 * another database (PostgreSQL) would give these same functions; the SQLite-only ones (sqliteFiles:
 * pragmas, the online backup, integrity checks) are where it would differ most.
 */
export interface StoreInterface {
  /** Any record of the contract's entities, with the checks a user's edit passes (the generic CRUD). */
  entities: typeof entities;
  /** The rules of an edit that need the store (one inscription per delegation, one document per symbol). */
  writeChecks: typeof writeChecks;
  /** A session's overview and whether it exists. */
  sessions: typeof sessions;
  agenda: typeof agenda;
  guidingQuestions: typeof guidingQuestions;
  speakers: typeof speakers;
  /** Organizations and people. */
  registry: typeof registry;
  documents: typeof documents;
  /** Document symbols issued and revisions. */
  symbols: typeof symbols;
  /** What went to translation, and when it came back. */
  translationSendings: typeof translationSendings;
  /** The floor on the day of the meeting: open item, speeches, pauses. */
  floor: typeof floor;
  floorQueue: typeof floorQueue;
  /** After the session: good practices, the items' summaries, the chair. */
  goodPractices: typeof goodPractices;
  /** Next year's session from an earlier one. */
  startFrom: typeof startFrom;
  /** The archive's full-text search (its index is kept by triggers, search/search-sources.ts). */
  archive: typeof archive;
  /** Whole records of a session, for .sessiondesk files. */
  sessionFiles: typeof sessionFiles;
  /** The store's own notes (the demo offered once). */
  meta: typeof meta;
  /** SQLite-only: the file under a connection, the online backup, integrity checks, migrating a copy. */
  sqliteFiles: typeof sqliteFiles;
}
