import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { REFERENCE_BODY } from '../../shared/registry/reference-organizations';
import type { Store } from '../../main/store/open-database';
import type { TempStore } from '../support/temp-store';
import { readReferencePaper, type ReferencePaper } from '../documents/reference-paper';

/** Calls a procedure and throws on an error, naming it. */
export async function call<T>(store: TempStore, name: string, input: unknown): Promise<T> {
  const result = await store.api.call(name, input);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

export interface ReferenceSetup {
  paper: ReferencePaper;
  sessionId: string;
  documentId: string;
}

/** The reference concept paper stored through the API, as test/documents/reference-paper.test.ts builds it. */
export async function storeReferencePaper(store: TempStore): Promise<ReferenceSetup> {
  const paper = readReferencePaper();
  const session = await call<{ id: string }>(store, 'sessions.create', {
    bodyId: REFERENCE_BODY.id,
    title: { en: 'Annual session on migration governance', es: '', fr: '', pt: '' },
    date: '2023-05-09',
    startTime: '10:00',
    endTime: '13:00',
    room: 'Simón Bolívar Room',
    modality: 'hybrid',
    originalLanguage: 'en',
    status: 'draft',
  });
  for (const question of paper.questions) {
    await call(store, 'guidingQuestions.create', {
      sessionId: session.id,
      text: { en: question, es: '', fr: '', pt: '' },
    });
  }
  const document = await call<{ id: string }>(store, 'documents.create', {
    sessionId: session.id,
    kind: 'concept_paper',
    symbol: 'CP/CAM-123/23',
    revisionKind: null,
    revisionNumber: null,
    originalLanguage: 'en',
  });
  await call(store, 'documentVersions.create', {
    documentId: document.id,
    language: 'en',
    status: 'original',
    content: paper.content,
    controlNumber: paper.controlNumber,
  });
  return { paper, sessionId: session.id, documentId: document.id };
}

/**
 * Every table's rows (found in sqlite_master, so tables added later are in it too), in a stable
 * order: equal dumps mean an unchanged database.
 */
export async function fullDump(db: Store): Promise<string> {
  const tables = await sql<{
    name: string;
  }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(db);
  const parts: string[] = [];
  for (const { name } of tables.rows) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)} order by 1`.execute(db);
    parts.push(`${name}:${JSON.stringify(rows.rows)}`);
  }
  return parts.join('\n');
}

const omegatProject = (source: string, target: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
<project version="1.0">
<source_dir>__DEFAULT__</source_dir>
<target_dir>__DEFAULT__</target_dir>
<tm_dir>__DEFAULT__</tm_dir>
<glossary_dir>__DEFAULT__</glossary_dir>
<glossary_file>__DEFAULT__</glossary_file>
<dictionary_dir>__DEFAULT__</dictionary_dir>
<source_lang>${source}</source_lang>
<target_lang>${target}</target_lang>
<source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
<target_tok>org.omegat.tokenizer.LuceneSpanishTokenizer</target_tok>
<sentence_seg>true</sentence_seg>
<support_default_translations>true</support_default_translations>
<remove_tags>false</remove_tags>
</project>
</omegat>
`;

/**
 * A translator's round trip in OmegaT, headless (architecture.md): the DOCX goes into a project,
 * OmegaT writes a pseudo-translation memory, every Spanish segment is marked with `marker`, and
 * OmegaT builds the translated DOCX from it. Returns the translated file's bytes.
 */
export function omegatPseudoTranslate(docx: Buffer, dir: string, marker: string): Buffer {
  const project = path.join(dir, 'omegat');
  for (const sub of ['source', 'target', 'tm', 'glossary', 'dictionary', 'omegat', 'config']) {
    fs.mkdirSync(path.join(project, sub), { recursive: true });
  }
  fs.writeFileSync(path.join(project, 'source', 'paper.docx'), docx);
  fs.writeFileSync(path.join(project, 'omegat.project'), omegatProject('EN-US', 'ES'));
  const omegat = (mode: string, ...extra: string[]) =>
    execFileSync(
      'omegat',
      [
        `--mode=${mode}`,
        `--config-dir=${path.join(project, 'config')}`,
        '--disable-project-locking',
        ...extra,
        project,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
  const tmx = path.join(project, 'omegat', 'project_save.tmx');
  omegat('console-createpseudotranslatetmx', `--pseudotranslatetmx=${tmx}`, '--pseudotranslatetype=equal');
  const translated = fs.readFileSync(tmx, 'utf8').replace(/(<tuv[^>]*lang="ES"[^>]*>\s*<seg>)/gi, `$1${marker} `);
  fs.writeFileSync(tmx, translated);
  omegat('console-translate');
  return fs.readFileSync(path.join(project, 'target', 'paper.docx'));
}
