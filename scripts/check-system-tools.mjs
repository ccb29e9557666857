// The tests drive programs from Debian's packages: say at once which are missing and how to get them,
// rather than failing half-way through the run.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const TOOLS = [
  { command: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', packageName: 'chromium', absolute: true },
  { command: 'soffice', packageName: 'libreoffice-writer-nogui' },
  { command: 'pdftotext', packageName: 'poppler-utils' },
  { command: 'omegat', packageName: 'omegat' },
  // Word drafts made by another tool, for the import tests.
  { command: 'pandoc', packageName: 'pandoc' },
];

const onPath = (command) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

const missing = TOOLS.filter((t) => !(t.absolute ? fs.existsSync(t.command) : onPath(t.command)));
if (missing.length > 0) {
  console.error(`The tests need: ${missing.map((t) => t.command).join(', ')}. On Debian or Ubuntu:`);
  console.error(`  sudo apt-get install -y $(cat .ci/apt-packages.txt)`);
  process.exit(1);
}
