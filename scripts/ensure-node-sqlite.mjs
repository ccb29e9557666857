// `npm start` may have left a better-sqlite3 built for Electron's ABI in node_modules (an older
// checkout, or a manual @electron/rebuild): the tests run under plain Node, so rebuild it for Node.
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
try {
  const Database = require('better-sqlite3');
  new Database(':memory:').close();
} catch (error) {
  console.log(
    `better-sqlite3 does not load under Node ${process.version} (${error.code ?? error.message}); rebuilding it…`,
  );
  execSync('npm rebuild better-sqlite3', { stdio: 'inherit' });
}
