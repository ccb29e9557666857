import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../main/platform/project-paths';
import { openTempStore, type TempStore } from '../support/temp-store';
import { demoFiles, withPartText, type DemoFiles } from '../safety/reader-fixtures';

/*
 * The Electron mode of main/platform/run-in-worker.ts: main bundled by esbuild as
 * scripts/build-electron.mjs does (CommonJS, __IMPORT_WORKER_BUNDLE__ defined) beside the bundled
 * worker, run by plain node: a DOCX is read in the worker, and a refusal comes back typed.
 */

let dir: string;
let store: TempStore;
let demo: DemoFiles;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-desk-bundle-'));
  store = await openTempStore();
  demo = await demoFiles(store);
  const harness = path.join(dir, 'harness.ts');
  fs.writeFileSync(
    harness,
    `import fs from 'node:fs';
import { runInWorker } from ${JSON.stringify(path.join(PROJECT_ROOT, 'main/platform/run-in-worker.ts'))};
runInWorker('readDocx', fs.readFileSync(process.argv[2], 'base64')).then(
  (read) => console.log(JSON.stringify({ stats: read.stats })),
  (failure) => console.log(JSON.stringify({ error: failure.error ?? String(failure) })),
);
`,
  );
  const common = { bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' } as const;
  await build({
    ...common,
    entryPoints: [harness],
    outfile: path.join(dir, 'harness.cjs'),
    define: { __IMPORT_WORKER_BUNDLE__: JSON.stringify('import-worker.cjs') },
  });
  await build({
    ...common,
    entryPoints: [path.join(PROJECT_ROOT, 'main/workers/import-worker.ts')],
    outfile: path.join(dir, 'import-worker.cjs'),
  });
}, 60_000);

afterAll(async () => {
  await store?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const run = (file: Buffer) => {
  const input = path.join(dir, 'input.docx');
  fs.writeFileSync(input, file);
  return JSON.parse(execFileSync(process.execPath, [path.join(dir, 'harness.cjs'), input], { encoding: 'utf8' }));
};

it('reads a DOCX in the bundled worker, with plain node', () => {
  const out = run(demo.docx);
  expect(out.stats.paragraphs).toBeGreaterThan(3);
  expect(out.stats.footnotes).toBeGreaterThan(0);
});

it('brings a refusal back typed from the bundled worker', () => {
  const deep = withPartText(demo.docx, 'word/document.xml', (xml) =>
    xml.replace('<w:body>', `<w:body>${'<w:sdt><w:sdtContent>'.repeat(500)}${'</w:sdtContent></w:sdt>'.repeat(500)}`),
  );
  expect(run(deep).error).toMatchObject({ code: 'over_limit', issues: [{ path: 'limit.xmlDepth' }] });
});

it('reads in the worker file: without it beside the bundle, nothing is read', () => {
  const worker = path.join(dir, 'import-worker.cjs');
  fs.renameSync(worker, `${worker}.away`);
  try {
    expect(run(demo.docx).error).toMatch(/Cannot find module .*import-worker\.cjs/);
  } finally {
    fs.renameSync(`${worker}.away`, worker);
  }
});
