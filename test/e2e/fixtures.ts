import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';

/** A running browser-mode host on its own fresh database, as `npm run web` starts it. */
export interface AppServer {
  url: string;
  dbFile: string;
}

/**
 * The specs prepare a session, so a first start makes the demo as prepared (before the meeting); the
 * held demo, what a newcomer gets, has a spec of its own.
 */
export async function startServer(
  dbFile: string,
  env: NodeJS.ProcessEnv = process.env,
  demo: 'held' | 'prepared' = 'prepared',
): Promise<{ server: AppServer; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'main/web/main.ts', '--db', dbFile, '--port', '0', '--no-build', '--demo', demo],
    {
      cwd: process.cwd(),
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the host did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`the host exited with ${code}:\n${output}`)));
  });
  return { server: { url, dbFile }, child };
}

export const test = base.extend<{ app: AppServer }>({
  // Playwright reads the fixtures a fixture needs from this first argument: this one needs none.
  app: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-desk-e2e-'));
    const { server, child } = await startServer(path.join(dir, 'e2e.sqlite'));
    await use(server);
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';

/** Screenshots for a person to look at land in test-results/screens. */
export const screenshotPath = (name: string) => path.join('test-results', 'screens', `${name}.png`);
