/*
 * How long a backup takes of a database holding 100 sessions (each the demo session: agenda,
 * speakers, questions, a concept paper): the online backup, then its verification (read-only
 * open, integrity check, schema version). `npm run -s bench:backup [-- SESSIONS]`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { invoke } from '../main/services/handlers';
import { createBackup } from '../main/safety/backups';
import { checkDatabaseFile } from '../main/safety/sqlite-files';
import { onlineBackup } from '../main/store/sqlite-files';
import { openStore } from '../main/store/open-database';

const sessions = Number(process.argv[2] ?? 100);
const runs = 5;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-desk-bench-'));
const file = path.join(dir, 'bench.sqlite');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

try {
  const { db } = await openStore({ file });
  for (let i = 0; i < sessions; i++) await db.transaction().execute((trx) => invoke(trx, 'demo.create', {}));
  const counted = await db
    .selectFrom('sessions')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();

  const whole: number[] = [];
  const copy: number[] = [];
  const verify: number[] = [];
  let size = 0;
  for (let run = 0; run < runs; run++) {
    let start = process.hrtime.bigint();
    const backup = await createBackup(file, 'manual');
    whole.push(ms(start));
    size = backup.sizeBytes;

    const target = path.join(dir, `copy-${run}.sqlite`);
    start = process.hrtime.bigint();
    await onlineBackup(file, target);
    copy.push(ms(start));
    start = process.hrtime.bigint();
    checkDatabaseFile(target);
    verify.push(ms(start));
  }
  await db.destroy();
  console.log(
    `backup of a database with ${String(counted.n)} sessions (${(size / 1024 / 1024).toFixed(1)} MB): ` +
      `${median(whole).toFixed(0)} ms median of ${runs} (online backup ${median(copy).toFixed(0)} ms + verification ${median(verify).toFixed(0)} ms)`,
  );
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
