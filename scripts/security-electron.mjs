/*
 * Electronegativity over the Electron shell (main/electron, tests left out), offline: the check that
 * downloads Electron's release notes is skipped and the Electron version comes from node_modules.
 * Prints every finding; exits 1 on a HIGH or CRITICAL one, or on a MEDIUM one that the code does not
 * explain (EXPLAINED names where it does). `npm run -s security:electron`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Medium findings that are false alarms, and the comment in the code that says why. */
const EXPLAINED = {
  CSP_GLOBAL_CHECK: 'the CSP comes with every app: response (main.ts, beside protocol.handle)',
  OPEN_EXTERNAL_JS_CHECK: 'only confirmed http, https and mailto links are opened (main.ts, offerExternalLink)',
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'main', 'electron');
const bin = path.join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
const electronVersion = JSON.parse(
  fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'electronegativity-'));
try {
  const input = path.join(work, 'electron');
  fs.mkdirSync(input);
  for (const name of fs.readdirSync(source)) {
    if (/\.(ts|js|cjs|mjs|html)$/.test(name) && !/\.test\.[cm]?[jt]s$/.test(name)) {
      fs.copyFileSync(path.join(source, name), path.join(input, name));
    }
  }
  const report = path.join(work, 'findings.csv');
  const run = spawnSync(
    process.execPath,
    [bin, '-i', input, '-e', electronVersion, '-r', '-x', 'AvailableSecurityFixesGlobalCheck', '-o', report],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (run.status !== 0 || !fs.existsSync(report)) {
    console.error(`electronegativity did not run (exit ${run.status}):\n${run.stderr}${run.stdout}`);
    process.exit(2);
  }
  // issue, severity, confidence, filename, location, sample, description, url: the first five are quoted plainly
  const findings = fs
    .readFileSync(report, 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => /^([A-Z_]+),"(\w+)","(\w+)","([^"]*)","([^"]*)"/.exec(line))
    .filter(Boolean)
    .map(([, issue, severity, confidence, file, at]) => ({
      issue,
      severity,
      confidence,
      where: `main/electron/${file}:${at}`,
    }));
  for (const f of findings) {
    const why = f.severity === 'MEDIUM' && EXPLAINED[f.issue] ? `  (explained: ${EXPLAINED[f.issue]})` : '';
    console.log(`${f.severity.padEnd(13)} ${f.confidence.padEnd(9)} ${f.issue.padEnd(36)} ${f.where}${why}`);
  }
  const high = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'CRITICAL');
  const unexplained = findings.filter((f) => f.severity === 'MEDIUM' && !EXPLAINED[f.issue]);
  console.log(
    `electronegativity ${electronVersion ? `(Electron ${electronVersion})` : ''}: ${findings.length} findings, ${high.length} high or critical, ${unexplained.length} medium unexplained`,
  );
  process.exit(high.length > 0 || unexplained.length > 0 ? 1 : 0);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
