import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/domain/languages';
import { createI18n } from '../../shared/i18n/create-i18n';

/*
 * Every message key the screens name in their code exists in all four languages: a key that does not
 * resolve shows as itself ("forms.dateTimeFormat" once stood in every speaker's accessible name).
 * Keys are read where the code names them literally: t('…'), i18n.t('…'), template(t, '…') and a
 * field's formatKey: '…'. Keys built at run time (enum labels, languages) have tests of their own.
 */

const ROOT = path.resolve(__dirname, '../../renderer');
const NAMED = [/\bt\(\s*'([^']+)'/g, /\btemplate\(\s*t,\s*'([^']+)'/g, /\bformatKey: '([^']+)'/g];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function keysNamed(): Map<string, string> {
  const keys = new Map<string, string>();
  for (const file of sourceFiles(ROOT)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const pattern of NAMED)
      for (const match of text.matchAll(pattern)) keys.set(match[1]!, path.relative(ROOT, file));
  }
  return keys;
}

describe('the message keys the screens name', () => {
  it('are found by reading the code (the check reads something)', () => {
    expect(keysNamed().size).toBeGreaterThan(500);
  });

  it('exist in every language', () => {
    const missing: string[] = [];
    for (const lang of LANGUAGES) {
      const i18n = createI18n(lang);
      for (const [key, file] of keysNamed()) {
        const found =
          i18n.exists(key, { lng: lang, fallbackLng: false }) ||
          i18n.exists(key, { lng: lang, fallbackLng: false, count: 2 });
        if (!found) missing.push(`${lang}: ${key} (${file})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
