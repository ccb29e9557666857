import { parseArgs } from 'node:util';
import { ApiFailure } from '../../shared/api/errors';
import { openApp, type App } from '../app/open-app';
import { describeFailure } from '../store/storage-errors';
import { resolveDatabasePath } from '../platform/default-database-path';
import { RENDERER_BUILD, userPath } from '../platform/project-paths';
import { startHttpHost } from './http-host';
import { ensureRendererBuild } from './renderer-build';

/*
 * `npm run web -- [--db FILE] [--port N] [--demo held|prepared]`: the whole app in a browser tab, served on
 * 127.0.0.1 only. `--demo` picks the demo a first start makes (held by default; prepared: before the meeting).
 */

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    port: { type: 'string', default: '0' },
    demo: { type: 'string', default: 'held' },
    'no-build': { type: 'boolean' },
  },
});
const demo = values.demo;
if (demo !== 'held' && demo !== 'prepared') {
  console.error(`--demo must be held or prepared, not "${demo}"`);
  process.exit(2);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number from 0 to 65535, not "${values.port}"`);
  process.exit(2);
}
if (!values['no-build']) ensureRendererBuild((line) => console.log(line));
const file = resolveDatabasePath(values.db ? userPath(values.db) : undefined);
let app: App;
try {
  app = await openApp(file, { demoOnFirstRun: demo });
} catch (error) {
  if (!(error instanceof ApiFailure)) throw error;
  console.error(`Session Desk cannot open ${file}\n${describeFailure(error)}`);
  process.exit(1);
}
const host = await startHttpHost({ api: app.api, rendererRoot: RENDERER_BUILD, port });
console.log(`Session Desk (browser mode), database ${file}`);
console.log(`Open ${host.url}`);

const stop = async () => {
  await host.close();
  await app.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
