import { describe, expect, it } from 'vitest';
import { dbFlag } from './launch-options';

describe('dbFlag', () => {
  it.each<[string[], string | undefined]>([
    [['/usr/bin/electron', '.'], undefined],
    [['/usr/bin/electron', '.', '--db', 'my.sqlite'], 'my.sqlite'],
    [['Session Desk.exe', '--db=C:\\data\\desk.sqlite'], 'C:\\data\\desk.sqlite'],
    [['electron', '.', '--db', 'a.sqlite', '--db=b.sqlite'], 'b.sqlite'],
    [['electron', '.', '--db'], undefined],
    [['electron', '.', '--db', '--inspect'], undefined],
    [['electron', '.', '--db='], undefined],
    [['electron', '.', '--dbx=file'], undefined],
  ])('%j gives %j', (argv, expected) => {
    expect(dbFlag(argv)).toBe(expected);
  });
});
