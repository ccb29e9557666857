import { describe, expect, it } from 'vitest';
import type { Body } from '../../../shared/domain/body';
import type { Session } from '../../../shared/domain/session';
import { sessionRows } from './session-rows';

const stamps = { createdAt: '', updatedAt: '' };
const body: Body = {
  id: 'b',
  code: 'CAM',
  name: { en: 'Committee on Migration Affairs', es: 'Comisión de Asuntos Migratorios', fr: '', pt: '' },
  parentName: { en: '', es: '', fr: '', pt: '' },
  symbolPattern: 'CP/CAM-{n}/{yy}',
  nextSymbolNumber: 1,
  ...stamps,
};
const session = (id: string, date: string, startTime: string, title: Session['title']): Session => ({
  id,
  bodyId: 'b',
  title,
  date,
  startTime,
  endTime: '23:00',
  room: '',
  modality: 'in_person',
  originalLanguage: 'en',
  status: 'draft',
  ...stamps,
});

describe('sessionRows', () => {
  it('puts the newest session first and titles it in the language, with fallback', () => {
    const rows = sessionRows(
      [
        session('a', '2023-05-09', '10:00', { en: 'May', es: 'Mayo', fr: '', pt: '' }),
        session('b', '2024-01-15', '10:00', { en: 'January', es: '', fr: '', pt: '' }),
        session('c', '2024-01-15', '15:00', { en: '', es: '', fr: '', pt: '' }),
      ],
      [body],
      'es',
    );
    expect(rows.map((r) => [r.id, r.title.text, r.bodyCode])).toEqual([
      ['c', '', 'CAM'],
      ['b', 'January', 'CAM'],
      ['a', 'Mayo', 'CAM'],
    ]);
    expect(rows[0]!.bodyName).toBe('Comisión de Asuntos Migratorios');
    expect(rows[1]!.title.lang).toBe('en');
  });
});
