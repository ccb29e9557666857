/** The environment variable through which `npm start` hands main the better-sqlite3 build made for Electron. */
export const NATIVE_BINDING_ENV = 'SESSION_DESK_NATIVE_BINDING';

/** The value of `--db FILE` or `--db=FILE` on a command line; the last one wins. */
export function dbFlag(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  argv.forEach((arg, i) => {
    const next = argv[i + 1];
    if (arg === '--db' && next !== undefined && next !== '' && !next.startsWith('--')) value = next;
    else if (arg.startsWith('--db=') && arg.length > '--db='.length) value = arg.slice('--db='.length);
  });
  return value;
}
