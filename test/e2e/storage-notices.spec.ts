import { execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, screenshotPath, startServer, test } from './fixtures';

/*
 * The database's own troubles, as a user sees them: a database on a read-only drive (a read-only bind
 * mount) and automatic backups on a full disk (a 64 KB tmpfs over the backups folder). Both need a
 * machine where root may mount; elsewhere they are skipped.
 */

function mount(args: string[]): boolean {
  try {
    execFileSync('mount', args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const stop = async (child: ChildProcess) => {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
};

let dir: string;
const mounts: string[] = [];
test.beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-desk-e2e-storage-'));
});
test.afterEach(() => {
  for (const target of mounts.splice(0).reverse()) execFileSync('umount', [target]);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a read-only database: the app says so, a write is not saved, and a writable copy takes over', async ({
  page,
}) => {
  const source = path.join(dir, 'source');
  const drive = path.join(dir, 'drive');
  fs.mkdirSync(source);
  fs.mkdirSync(drive);
  // a database with the demo session, closed
  const first = await startServer(path.join(source, 'db.sqlite'));
  await stop(first.child);
  test.skip(!mount(['--bind', source, drive]), 'this machine lets no one mount');
  mounts.push(drive);
  test.skip(!mount(['-o', 'remount,bind,ro', drive]), 'this machine lets no one mount read-only');

  // the copy goes to the app's own data folder, here a temporary one
  const config = path.join(dir, 'config');
  const { server, child } = await startServer(path.join(drive, 'db.sqlite'), {
    ...process.env,
    XDG_CONFIG_HOME: config,
  });
  try {
    await page.goto(server.url);
    const notice = page.getByTestId('read-only-notice');
    await expect(notice).toContainText('This database is read-only');
    await expect(page.getByTestId('session-row')).toHaveCount(1);

    // a write: a new session, asked for its title and date first
    await page.getByTestId('new-session').click();
    await page.getByTestId('new-session-title').fill('Read-only trial');
    await page.getByTestId('new-session-date').fill('2027-05-11');
    await page.getByTestId('new-session-create').click();
    const saved = page.getByTestId('save-status');
    await expect(saved).toHaveAttribute('data-status', 'error');
    await expect(saved).toContainText('This database is read-only: nothing was saved.');
    await expect(saved).not.toContainText('All changes saved');
    await page.screenshot({ path: screenshotPath('storage-read-only-en'), fullPage: true });

    await notice.getByRole('button', { name: 'Open a writable copy' }).click();
    const made = page.getByTestId('writable-copy-made');
    await expect(made).toContainText(`Session Desk now works on ${path.join(config, 'Session Desk')}`);
    await expect(notice).toHaveCount(0);
    await page.screenshot({ path: screenshotPath('storage-writable-copy-en'), fullPage: true });

    await saved.getByRole('button', { name: 'Dismiss' }).click();
    await made.getByRole('button', { name: 'Dismiss' }).click();
    await expect(made).toHaveCount(0);
    // the same form, sent again, now writes to the copy
    await page.getByTestId('new-session-create').click();
    await expect(page).toHaveURL(/\/details$/);
    await expect(saved).toHaveAttribute('data-status', 'saved');
  } finally {
    await stop(child);
  }
});

test('automatic backups on a full disk: the app says none could be made and why, in the interface language', async ({
  page,
}) => {
  const file = path.join(dir, 'db.sqlite');
  const backups = `${file}.backups`;
  fs.mkdirSync(backups);
  test.skip(!mount(['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', backups]), 'this machine lets no one mount');
  mounts.push(backups);
  const { server, child } = await startServer(file);
  try {
    await page.goto(server.url);
    const notice = page.getByTestId('backup-failed-notice');
    await expect(notice).toHaveAttribute('data-code', 'disk_full');
    await expect(notice).toContainText('The automatic backup failed');
    await expect(notice).toContainText(
      'No backup could be made since Session Desk started: the disk is full; free some space.',
    );
    await page.screenshot({ path: screenshotPath('storage-backup-failed-en'), fullPage: true });

    await page.getByTestId('language-switcher').selectOption('es');
    await expect(notice).toContainText('La copia de seguridad automática falló');
    await expect(notice).toContainText('el disco está lleno');
    await page.screenshot({ path: screenshotPath('storage-backup-failed-es'), fullPage: true });
  } finally {
    await stop(child);
  }
});
