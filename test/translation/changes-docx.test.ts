import { describe, expect, it } from 'vitest';
import type { Changes } from '../../shared/api/translation-procedures';
import { LANGUAGES } from '../../shared/domain/languages';
import { resources } from '../../shared/i18n/resources';
import { changesDocx } from '../../main/translation/changes-docx';
import { docxParts, textOf } from '../exports/docx-tools';

const CHANGES: Changes = {
  language: 'es',
  sentAt: '2023-04-20T14:00:00.000Z',
  translator: 'Ana Pérez',
  symbol: 'CP/CAM-123/23',
  changes: [
    {
      where: 'paragraph',
      change: 'changed',
      kind: 'paragraph',
      number: 3,
      sentNumber: 3,
      old: 'For this reason the session meets.',
      new: 'For these reasons the session meets.',
      words: 6,
      changedWords: 2,
    },
    {
      where: 'footnote',
      change: 'added',
      kind: 'footnote',
      number: 2,
      sentNumber: null,
      old: null,
      new: 'A new footnote.',
      words: 3,
      changedWords: 3,
    },
    {
      where: 'title',
      change: 'changed',
      kind: 'subtitle',
      number: null,
      sentNumber: null,
      old: 'Old subtitle',
      new: 'New subtitle',
      words: 2,
      changedWords: 1,
    },
  ],
  words: { current: 100, sent: 98 },
  changedPassageWords: 11,
  changedWords: 6,
};

describe('the changes DOCX', () => {
  it.each(LANGUAGES)('takes its labels from the document namespace in %s', async (lang) => {
    const file = await changesDocx(CHANGES, lang, 'concept_paper');
    expect(file.fileName).toBe('concept-paper-changes-es.docx');
    const text = textOf((await docxParts(Buffer.from(file.bytes)))['word/document.xml']!);
    const labels = resources[lang].document.changes;
    expect(text).toContain(labels.title.replace('{{symbol}}', 'CP/CAM-123/23'));
    expect(text).toContain(labels.sentTo.replace(/\{\{date\}\}.*$/, ''));
    expect(text).toContain('Ana Pérez');
    expect(text).toContain(labels.before);
    expect(text).toContain(labels.now);
    const paragraph = labels.paragraph.replace('{{number}}', '3');
    expect(text).toContain(`${paragraph} (${labels.change.changed})`);
    expect(text).toContain(`${labels.footnote.replace('{{number}}', '2')} (${labels.change.added})`);
    expect(text).toContain(labels.titleField.replace('{{field}}', labels.fields.subtitle));
    if (lang !== 'en') {
      for (const english of ['As sent', 'Paragraph 3', 'Footnote 2', 'Title block', 'since it was sent']) {
        expect(text, `${lang}: ${english}`).not.toContain(english);
      }
    }
  });

  it('says so when nothing changed', async () => {
    const file = await changesDocx({ ...CHANGES, changes: [], changedPassageWords: 0 }, 'fr', 'report');
    expect(file.fileName).toBe('report-changes-es.docx');
    const text = textOf((await docxParts(Buffer.from(file.bytes)))['word/document.xml']!);
    expect(text).toContain(resources.fr.document.changes.none);
  });
});
