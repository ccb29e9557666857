import { LANGUAGES, type Language } from '../../../shared/domain/languages';
import type { SearchKind } from '../../../shared/search/search-kinds';

/*
 * What the archive search indexes, in one list. Each source is a table whose rows give hits; each of
 * its arms one text of a row (a title, an annotation, its footnotes…), one language at a time, with
 * the session it belongs to and the route that opens it. Triggers on the watched tables keep the
 * index current in the transaction of the write, whichever code writes (see search-schema.ts).
 *
 * To index one more table add one entry here; the migration that creates the index reads this list,
 * so once 0008 is released a further entry needs a migration that calls installSearchSource.
 */

/** One text of a source row; each field an SQL expression over the source's FROM (the row is `src`). */
export interface SearchArm {
  kind: SearchKind;
  /** The language of the text; NULL for a text that reads the same in every language (a person's name). */
  language: string;
  /** The session the hit belongs to; NULL for the registry. */
  sessionId: string;
  /** The renderer route that opens the place (`#/sessions/…`). */
  route: string;
  text: string;
  /** More of the FROM clause for this arm alone: the chunks of a rich text (`, rich_text_chunks(…) c`). */
  chunks?: string;
}

/** A table whose changes re-index some rows of a source. */
export interface SearchWatch {
  table: string;
  /** The columns whose change re-indexes; an insert and a delete always do when the table is the source's own. */
  columns: readonly string[];
  /** SQL for the ids of the source rows to re-index, given `new` (the changed row). */
  ids: string;
}

export interface SearchSource {
  /** The source table: `src.id` is the hit's source id. */
  table: string;
  /** FROM clause, the source table aliased `src`. */
  from: string;
  arms: readonly SearchArm[];
  /** The source's own columns that are indexed (or decide what is). */
  columns: readonly string[];
  /** Other tables whose texts this source's rows show (a speaker shows the person's name). */
  watches: readonly SearchWatch[];
}

const lit = (value: string) => `'${value}'`;
const perLanguage = (arm: (lang: Language) => SearchArm): SearchArm[] => LANGUAGES.map(arm);
const columnsOf = (prefix: string) => LANGUAGES.map((lang) => `${prefix}_${lang}`);
const joined = (...parts: string[]) => `trim(${parts.map((p) => `coalesce(${p}, '')`).join(` || ' ' || `)})`;

/** A rich text's paragraphs or footnotes as rows `c.chunk` (main/store/sql-functions.ts). */
const chunksOf = (json: string, part: 'body' | 'footnotes', lead = "''") =>
  `, rich_text_chunks(${json}, '${part}', coalesce(${lead}, '')) c`;

const sessionRoute = (sessionId: string, rest = "''") => `'#/sessions/' || ${sessionId} || ${rest}`;
const REGISTRY_ROUTE = lit('#/registry');

/** Who spoke or is to speak: the person's name and the organization's name and acronym in the language. */
const someone = (lang: Language) => joined('p.name', `o.name_${lang}`, `o.acronym_${lang}`);
const SOMEONE_JOINS =
  'left join people p on p.id = src.person_id left join organizations o on o.id = src.organization_id';
const someoneWatches = (table: string): SearchWatch[] => [
  { table: 'people', columns: ['name'], ids: `select id from ${table} where person_id = new.id` },
  {
    table: 'organizations',
    columns: [...columnsOf('name'), ...columnsOf('acronym')],
    ids: `select id from ${table} where organization_id = new.id`,
  },
];

export const SEARCH_SOURCES: readonly SearchSource[] = [
  {
    table: 'sessions',
    from: 'sessions src',
    columns: columnsOf('title'),
    arms: perLanguage((lang) => ({
      kind: 'title',
      language: lit(lang),
      sessionId: 'src.id',
      route: sessionRoute('src.id'),
      text: `src.title_${lang}`,
    })),
    watches: [],
  },
  {
    table: 'agenda_items',
    from: 'agenda_items src',
    columns: [...columnsOf('title'), ...columnsOf('annotation')],
    arms: (['agendaItem', 'annotation', 'footnote'] as const).flatMap((kind) =>
      perLanguage((lang) => ({
        kind,
        language: lit(lang),
        sessionId: 'src.session_id',
        route: sessionRoute('src.session_id', "'/agenda/' || src.id"),
        ...(kind === 'agendaItem'
          ? { text: `src.title_${lang}` }
          : {
              text: 'c.chunk',
              chunks: chunksOf(`src.annotation_${lang}`, kind === 'annotation' ? 'body' : 'footnotes'),
            }),
      })),
    ),
    watches: [],
  },
  {
    table: 'document_versions',
    from: 'document_versions src join documents d on d.id = src.document_id',
    columns: ['content', 'language'],
    arms: (['document', 'footnote'] as const).map((kind) => ({
      kind,
      language: 'src.language',
      sessionId: 'd.session_id',
      route: sessionRoute('d.session_id', "'/documents/' || d.id || '/' || src.language"),
      text: 'c.chunk',
      chunks: kind === 'document' ? chunksOf('src.content', 'body', 'd.symbol') : chunksOf('src.content', 'footnotes'),
    })),
    watches: [
      { table: 'documents', columns: ['symbol'], ids: 'select id from document_versions where document_id = new.id' },
    ],
  },
  {
    // a good practice: its State or mechanism and title lead its text, in each language it is written in
    table: 'good_practices',
    from: 'good_practices src join organizations o on o.id = src.organization_id',
    columns: [...columnsOf('title'), ...columnsOf('text')],
    arms: perLanguage((lang) => ({
      kind: 'practice',
      language: lit(lang),
      sessionId: 'src.session_id',
      route: sessionRoute('src.session_id', "'/practices'"),
      text: 'c.chunk',
      chunks: chunksOf(
        `src.text_${lang}`,
        'body',
        `case when src.title_${lang} = '' then '' else ${joined(`o.name_${lang}`, `src.title_${lang}`)} end`,
      ),
    })),
    watches: [],
  },
  {
    table: 'guiding_questions',
    from: 'guiding_questions src',
    columns: columnsOf('text'),
    arms: perLanguage((lang) => ({
      kind: 'question',
      language: lit(lang),
      sessionId: 'src.session_id',
      route: sessionRoute('src.session_id', "'/questions'"),
      text: `src.text_${lang}`,
    })),
    watches: [],
  },
  {
    table: 'speakers',
    from: `speakers src join agenda_items i on i.id = src.agenda_item_id ${SOMEONE_JOINS}`,
    columns: ['person_id', 'organization_id', 'agenda_item_id'],
    arms: perLanguage((lang) => ({
      kind: 'speaker',
      language: lit(lang),
      sessionId: 'i.session_id',
      route: sessionRoute('i.session_id', "'/speakers/' || i.id"),
      text: someone(lang),
    })),
    watches: someoneWatches('speakers'),
  },
  {
    table: 'floor_speeches',
    from: `floor_speeches src ${SOMEONE_JOINS}`,
    columns: ['person_id', 'organization_id'],
    arms: perLanguage((lang) => ({
      kind: 'record',
      language: lit(lang),
      sessionId: 'src.session_id',
      route: sessionRoute('src.session_id', "'/floor'"),
      text: someone(lang),
    })),
    watches: someoneWatches('floor_speeches'),
  },
  {
    table: 'organizations',
    from: 'organizations src',
    columns: [...columnsOf('name'), ...columnsOf('acronym')],
    arms: perLanguage((lang) => ({
      kind: 'organization',
      language: lit(lang),
      sessionId: 'NULL',
      route: REGISTRY_ROUTE,
      text: joined(`src.name_${lang}`, `src.acronym_${lang}`),
    })),
    watches: [],
  },
  {
    table: 'people',
    from: 'people src',
    columns: ['name', 'position'],
    arms: [
      {
        kind: 'person',
        language: 'NULL',
        sessionId: 'NULL',
        route: REGISTRY_ROUTE,
        text: joined('src.name', 'src.position'),
      },
    ],
    watches: [],
  },
];
