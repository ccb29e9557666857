/*
 * `npm run -s bench:export-bytes`: the bytes that cross the boundary between main and the window for one
 * export of the demo concept paper (English), through the browser mode's host as the tab makes it: the
 * call's answer, then the download. In the app main saves the file itself: only the answer crosses.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApi } from '../main/services/api';
import { invoke } from '../main/services/handlers';
import { openStore } from '../main/store/open-database';
import { startHttpHost } from '../main/web/http-host';
import type { Delivered } from '../shared/api/file-outputs';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-desk-bench-bytes-'));
try {
  const { db } = await openStore({ file: path.join(dir, 'bench.sqlite') });
  const { sessionId } = await db.transaction().execute((trx) => invoke(trx, 'demo.create', {}));
  const paper = await db
    .selectFrom('documents')
    .select('id')
    .where('sessionId', '=', sessionId)
    .where('kind', '=', 'concept_paper')
    .executeTakeFirstOrThrow();
  const host = await startHttpHost({ api: createApi(db), rendererRoot: null, port: 0 });
  const base = `http://127.0.0.1:${host.port}`;
  const call = await fetch(`${base}/files/documents.exportDocx`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: JSON.stringify({ documentId: paper.id, language: 'en' }),
  });
  const answer = Buffer.from(await call.arrayBuffer());
  const delivered = (JSON.parse(answer.toString()) as { value: Delivered }).value;
  const download = Buffer.from(await (await fetch(`${base}${delivered.files[0]!.href}`)).arrayBuffer());
  const n = (bytes: number) => bytes.toLocaleString('en');
  console.log(
    `export of the demo concept paper (${delivered.files[0]!.fileName}, ${n(download.length)} bytes of DOCX)`,
  );
  console.log(
    `browser mode: ${n(answer.length)} bytes of JSON answer + ${n(download.length)} bytes of binary download = ${n(answer.length + download.length)}`,
  );
  console.log(`app (IPC): the answer only, about ${n(answer.length)} bytes; main saves the file itself`);
  await host.close();
  await db.destroy();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
