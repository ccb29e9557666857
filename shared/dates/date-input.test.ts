import { describe, expect, it } from 'vitest';
import {
  formatDateInput,
  formatDateTimeInput,
  formatTimeInput,
  parseDateInput,
  parseDateTimeInput,
  parseTimeInput,
} from './date-input';
import { LANGUAGES } from '../domain/languages';

const valid = (value: string) => ({ status: 'valid', value });
const impossible = { status: 'invalid', reason: 'impossible' };
const format = { status: 'invalid', reason: 'format' };

describe('parseDateInput', () => {
  it('reads month/day/year in English and day/month/year in Spanish, French and Portuguese', () => {
    expect(parseDateInput('05/09/2023', 'en')).toEqual(valid('2023-05-09'));
    expect(parseDateInput('5/9/2023', 'en')).toEqual(valid('2023-05-09'));
    for (const lang of ['es', 'fr', 'pt'] as const) {
      expect(parseDateInput('09/05/2023', lang), lang).toEqual(valid('2023-05-09'));
      expect(parseDateInput('9.5.2023', lang), lang).toEqual(valid('2023-05-09'));
      expect(parseDateInput('31-12-2023', lang), lang).toEqual(valid('2023-12-31'));
    }
  });
  it('reads YYYY-MM-DD in every language', () => {
    for (const lang of LANGUAGES) expect(parseDateInput(' 2023-05-09 ', lang)).toEqual(valid('2023-05-09'));
  });
  it('refuses impossible days: 2023-02-30, the 13th month, the 31st of a 30-day month', () => {
    expect(parseDateInput('2023-02-30', 'en')).toEqual(impossible);
    expect(parseDateInput('02/30/2023', 'en')).toEqual(impossible);
    expect(parseDateInput('30/02/2023', 'fr')).toEqual(impossible);
    expect(parseDateInput('13/01/2023', 'en')).toEqual(impossible);
    expect(parseDateInput('31/04/2023', 'es')).toEqual(impossible);
    expect(parseDateInput('00/05/2023', 'pt')).toEqual(impossible);
  });
  it('knows leap years: 29 February only in years divisible by 4, not by 100 unless by 400', () => {
    expect(parseDateInput('2024-02-29', 'en')).toEqual(valid('2024-02-29'));
    expect(parseDateInput('29/02/2000', 'fr')).toEqual(valid('2000-02-29'));
    expect(parseDateInput('2023-02-29', 'en')).toEqual(impossible);
    expect(parseDateInput('29/02/1900', 'es')).toEqual(impossible);
  });
  it('refuses what is half typed or not a date, and tells empty apart', () => {
    for (const text of ['02/30', '2023-05', '05/09/23', '9 May 2023', 'tomorrow', '2023-05-09T10:00'])
      expect(parseDateInput(text, 'en'), text).toEqual(format);
    expect(parseDateInput('  ', 'en')).toEqual({ status: 'empty' });
  });
});

describe('formatDateInput', () => {
  it('writes the language order, which parses back to the same date', () => {
    expect(formatDateInput('2023-05-09', 'en')).toBe('05/09/2023');
    expect(formatDateInput('2023-05-09', 'es')).toBe('09/05/2023');
    for (const lang of LANGUAGES)
      expect(parseDateInput(formatDateInput('2024-02-29', lang), lang)).toEqual(valid('2024-02-29'));
    expect(formatDateInput('', 'fr')).toBe('');
  });
});

describe('parseTimeInput', () => {
  it('reads 24-hour HH:MM in every language', () => {
    for (const lang of LANGUAGES) {
      expect(parseTimeInput('09:30', lang)).toEqual(valid('09:30'));
      expect(parseTimeInput('9:30', lang)).toEqual(valid('09:30'));
      expect(parseTimeInput('21:05', lang)).toEqual(valid('21:05'));
      expect(parseTimeInput('00:00', lang)).toEqual(valid('00:00'));
    }
  });
  it('reads a.m. and p.m. in English only', () => {
    expect(parseTimeInput('9:30 a.m.', 'en')).toEqual(valid('09:30'));
    expect(parseTimeInput('9:30 PM', 'en')).toEqual(valid('21:30'));
    expect(parseTimeInput('12:00 p.m.', 'en')).toEqual(valid('12:00'));
    expect(parseTimeInput('12:15am', 'en')).toEqual(valid('00:15'));
    expect(parseTimeInput('13:00 p.m.', 'en')).toEqual(impossible);
    expect(parseTimeInput('9:30 PM', 'es')).toEqual(format);
  });
  it('reads the French "9h30" and "9 h 30" in French', () => {
    expect(parseTimeInput('9h30', 'fr')).toEqual(valid('09:30'));
    expect(parseTimeInput('14 h 05', 'fr')).toEqual(valid('14:05'));
    expect(parseTimeInput('9h30', 'es')).toEqual(format);
  });
  it('refuses impossible and half-typed times', () => {
    expect(parseTimeInput('24:00', 'es')).toEqual(impossible);
    expect(parseTimeInput('10:60', 'pt')).toEqual(impossible);
    for (const text of ['9', '10:', '10:5', '1030', 'noon']) expect(parseTimeInput(text, 'en'), text).toEqual(format);
    expect(parseTimeInput('', 'en')).toEqual({ status: 'empty' });
  });
});

describe('formatTimeInput', () => {
  it('writes "9:30 a.m." in English and HH:MM elsewhere, and each parses back', () => {
    expect(formatTimeInput('09:30', 'en')).toBe('9:30 a.m.');
    expect(formatTimeInput('00:05', 'en')).toBe('12:05 a.m.');
    expect(formatTimeInput('12:00', 'en')).toBe('12:00 p.m.');
    expect(formatTimeInput('21:30', 'fr')).toBe('21:30');
    for (const lang of LANGUAGES)
      for (const time of ['00:05', '12:00', '23:59'])
        expect(parseTimeInput(formatTimeInput(time, lang), lang)).toEqual(valid(time));
  });
});

describe('parseDateTimeInput and formatDateTimeInput', () => {
  it('read a date and a time, seconds optional, and write them back the same', () => {
    expect(parseDateTimeInput('05/01/2023 10:05 a.m.', 'en')).toEqual(valid('2023-05-01T10:05:00'));
    expect(parseDateTimeInput('01/05/2023 14:05:30', 'fr')).toEqual(valid('2023-05-01T14:05:30'));
    expect(parseDateTimeInput('2023-05-01 9:05:07 PM', 'en')).toEqual(valid('2023-05-01T21:05:07'));
    expect(formatDateTimeInput('2023-05-01T21:05:07', 'en')).toBe('05/01/2023 9:05:07 p.m.');
    expect(formatDateTimeInput('2023-05-01T10:00:00', 'es')).toBe('01/05/2023 10:00');
    for (const lang of LANGUAGES)
      for (const moment of ['2024-02-29T00:00:00', '2023-12-31T23:59:59'])
        expect(parseDateTimeInput(formatDateTimeInput(moment, lang), lang)).toEqual(valid(moment));
  });
  it('refuse an impossible day or time, and a moment half typed', () => {
    expect(parseDateTimeInput('02/30/2023 10:00 a.m.', 'en')).toEqual(impossible);
    expect(parseDateTimeInput('01/05/2023 10:00:60', 'pt')).toEqual(impossible);
    expect(parseDateTimeInput('01/05/2023 24:00', 'es')).toEqual(impossible);
    for (const text of ['01/05/2023', '01/05/2023 10', '10:00', '01/05/2023 10:00:5'])
      expect(parseDateTimeInput(text, 'es'), text).toEqual(format);
  });
});
