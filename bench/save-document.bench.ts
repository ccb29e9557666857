/*
 * `npm run -s bench:save`: the time of one save of a 100-page concept paper (about 40,000 words)
 * through the API, as the editor sends it (`documentVersions.update` with the whole content): input
 * checked, row written, answer made. Median of BENCH_RUNS (9) after one warm-up, on a fresh database.
 * A script, not a test: timings depend on the machine.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApi } from '../main/services/api';
import { invoke } from '../main/services/handlers';
import { openStore } from '../main/store/open-database';
import { wordCount } from '../shared/content/helpers';
import { buildLongPaper } from './long-paper';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-desk-bench-save-'));
try {
  const { db } = await openStore({ file: path.join(dir, 'bench.sqlite') });
  const api = createApi(db);
  const { sessionId } = await db.transaction().execute((trx) => invoke(trx, 'demo.create', {}));
  const paper = await db
    .selectFrom('documents')
    .innerJoin('documentVersions', 'documentVersions.documentId', 'documents.id')
    .select('documentVersions.id')
    .where('documents.sessionId', '=', sessionId)
    .where('documentVersions.language', '=', 'en')
    .executeTakeFirstOrThrow();
  const { content } = buildLongPaper();
  const times: number[] = [];
  const cpu: number[] = [];
  let answerBytes = 0;
  for (let run = 0; run <= RUNS; run++) {
    // a keystroke's worth of change, so that every save writes something new
    const patch = {
      content: {
        ...content,
        titleBlock: { ...content.titleBlock, date: `2023-05-${String(1 + (run % 28)).padStart(2, '0')}` },
      },
    };
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const result = await api.call('documentVersions.update', { id: paper.id, patch });
    const elapsed = performance.now() - start;
    const used = process.cpuUsage(cpuStart);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    answerBytes = JSON.stringify(result.value).length;
    if (run > 0) {
      times.push(elapsed);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  console.log(
    `paper: ${wordCount(content)} words, ${JSON.stringify(content).length.toLocaleString('en')} characters as JSON`,
  );
  // CPU time beside the wall clock: on a shared machine the clock also counts other processes' turns
  console.log(
    `save through the API: median ${median(times).toFixed(1)} ms (CPU ${median(cpu).toFixed(1)} ms) over ${RUNS} runs`,
  );
  console.log(`answer of a save: ${answerBytes.toLocaleString('en')} characters as JSON`);
  await db.destroy();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
