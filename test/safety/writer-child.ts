/*
 * The child of the crash test: it writes through the services (the same API the windows call)
 * in a loop, and prints one line per write once the call returned, i.e. once it was committed.
 * The parent kills it with SIGKILL at random moments and checks that every printed write is there.
 *
 * Lines: `loaded` (with --wait), `ready`, then `<kind> <id> <n>` where kind is item (an agenda item was created), question
 * (a guiding question), version (a document version's content now has the title `write n`), reorder
 * (the items of the session were reordered, the moved id first), session (a new session).
 */
import { createApi } from '../../main/services/api';
import { localizedRichTextFromPlainText } from '../../shared/content/rich-text';
import type { Migration } from 'kysely';
import { MIGRATIONS } from '../../main/store/migrations';
import { openStore } from '../../main/store/open-database';

const file = process.argv[2];
if (!file) throw new Error('usage: writer-child.ts DB_FILE [--wait]');

// --wait: load everything, then wait for a line on stdin before touching the database, so that the
// parent can start the next child while it checks the database the last one left behind
if (process.argv.includes('--wait')) {
  process.stdout.write('loaded\n');
  await new Promise((resolve) => process.stdin.once('data', resolve));
}

// --die-in-migration: the newest migration's changes are made, then the process dies before the
// migrator records it: a crash (power cut, kill) during the first start after an upgrade
if (process.argv.includes('--die-in-migration')) {
  const names = Object.keys(MIGRATIONS).sort();
  const last = names.at(-1)!;
  const real = MIGRATIONS[last]!;
  (MIGRATIONS as Record<string, Migration>)[last] = {
    async up(db) {
      await real.up(db);
      process.kill(process.pid, 'SIGKILL');
      await new Promise(() => {});
    },
  };
}

const { db } = await openStore({ file });
const api = createApi(db);
const say = (line: string) => process.stdout.write(`${line}\n`);

async function call(name: string, input: unknown): Promise<Record<string, unknown>> {
  const result = await api.call(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.value as Record<string, unknown>;
}

const text = (en: string) => ({ en, es: `es ${en}`, fr: `fr ${en}`, pt: `pt ${en}` });
const bodies = (await call('bodies.list', {})) as unknown as { id: string }[];
const bodyId = bodies[0]!.id;

async function newSession(n: number) {
  const session = await call('sessions.create', {
    bodyId,
    title: text(`Crash session ${n}`),
    date: '2026-05-09',
    startTime: '10:00',
    endTime: '13:00',
    room: 'Simón Bolívar',
    modality: 'hybrid',
    originalLanguage: 'es',
    status: 'draft',
  });
  const document = await call('documents.create', {
    sessionId: session.id,
    kind: 'concept_paper',
    symbol: null,
    revisionKind: null,
    revisionNumber: null,
    originalLanguage: 'es',
  });
  const version = await call('documentVersions.create', {
    documentId: document.id,
    language: 'en',
    status: 'not_started',
    content: null,
    controlNumber: '',
  });
  say(`session ${String(session.id)} ${n}`);
  return { sessionId: String(session.id), versionId: String(version.id), items: [] as string[] };
}

// a paragraph long enough that a content write spans several pages of the WAL
const paragraph = 'The Committee on Migration Affairs examined the regional mechanisms. '.repeat(120);

let current = await newSession(0);
say('ready');
for (let n = 1; ; n++) {
  const step = n % 10;
  if (step === 0 && n % 50 === 0) {
    current = await newSession(n);
  } else if (step < 5) {
    const item = await call('agendaItems.create', {
      sessionId: current.sessionId,
      kind: 'presentation',
      title: text(`Item ${n}`),
      annotation: localizedRichTextFromPlainText(text(paragraph.slice(0, 1500))),
      durationMinutes: 10,
      documentSymbols: [],
      speakerOrder: 'by_rule',
    });
    current.items.push(String(item.id));
    say(`item ${String(item.id)} ${n}`);
  } else if (step < 7) {
    const question = await call('guidingQuestions.create', {
      sessionId: current.sessionId,
      text: text(`Question ${n}?`),
    });
    say(`question ${String(question.id)} ${n}`);
  } else if (step < 9) {
    await call('documentVersions.update', {
      id: current.versionId,
      patch: {
        content: {
          schemaVersion: 1,
          titleBlock: { title: `write ${n}`, subtitle: '', date: '', authorship: '' },
          body: {
            type: 'doc',
            content: Array.from({ length: 8 }, (_, i) => ({
              type: 'paragraph',
              content: [{ type: 'text', text: `${i} ${paragraph}` }],
            })),
          },
        },
      },
    });
    say(`version ${current.versionId} ${n}`);
  } else if (current.items.length > 1) {
    // a multi-row change: the last item moves to the front
    const ids = [current.items.at(-1)!, ...current.items.slice(0, -1)];
    await call('agendaItems.reorder', { sessionId: current.sessionId, ids });
    current.items = ids;
    say(`reorder ${ids[0]} ${n}`);
  }
}
