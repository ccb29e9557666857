import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, RENDERER_BUILD, RENDERER_SOURCE } from '../platform/project-paths';

function newestChange(folder: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Builds the renderer when there is no build or the sources (renderer/, shared/) changed since. */
export function ensureRendererBuild(log: (line: string) => void): void {
  const index = path.join(RENDERER_BUILD, 'index.html');
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  const sources = Math.max(newestChange(RENDERER_SOURCE), newestChange(path.join(PROJECT_ROOT, 'shared')));
  if (built > sources) return;
  log('Building the renderer…');
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the renderer build failed');
}
