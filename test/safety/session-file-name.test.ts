import { describe, expect, it } from 'vitest';
import { sessionFileName } from '../../main/session-files/session-file-export';

type Data = Parameters<typeof sessionFileName>[0];
const data = (en: string) =>
  ({
    session: { date: '2023-05-09', title: { en, es: '', fr: '', pt: '' } },
    body: { code: 'CAM' },
  }) as unknown as Data;

describe('the name of a session file', () => {
  it('says the date, the body and the title', () => {
    expect(sessionFileName(data('Annual session: migration/governance'))).toBe(
      '2023-05-09 CAM Annual session migration governance.sessiondesk',
    );
  });
  it('cuts a long title between words', () => {
    const name = sessionFileName(
      data(
        'Annual session on migration governance with the regional migration mechanisms and processes of the Americas',
      ),
    );
    expect(name).toBe(
      '2023-05-09 CAM Annual session on migration governance with the regional migration mechanisms.sessiondesk',
    );
  });
});
