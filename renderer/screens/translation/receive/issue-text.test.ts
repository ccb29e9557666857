import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../shared/i18n';
import { issueText, type AlignmentIssue } from './issue-text';

const issue = (fields: Partial<AlignmentIssue> & Pick<AlignmentIssue, 'code'>): AlignmentIssue => ({
  message: 'English for the CLI',
  ...fields,
});

describe('issueText', () => {
  it('says where the difference is, in the screen’s language, never with main’s English message', () => {
    const { t } = createI18n('es');
    expect(issueText(t, issue({ code: 'paragraph_missing', paragraph: 4 }))).toBe('Falta el párrafo 4 del original.');
    expect(issueText(t, issue({ code: 'kind_differs', paragraph: 2, expected: 'heading', found: 'listItem' }))).toBe(
      'El párrafo 2 es un título en el original y un elemento de lista en el archivo.',
    );
    expect(issueText(t, issue({ code: 'title_missing', field: 'subtitle' }))).toBe(
      'Falta el subtítulo del encabezado.',
    );
  });

  it('places an extra paragraph after the one before it, or says it has none', () => {
    const { t } = createI18n('en');
    expect(issueText(t, issue({ code: 'paragraph_extra', importedParagraph: 5, paragraph: 4 }))).toBe(
      'Paragraph 5 of the file has no match in the original (after paragraph 4).',
    );
    expect(issueText(t, issue({ code: 'paragraph_extra', importedParagraph: 1 }))).toBe(
      'Paragraph 1 of the file has no match in the original.',
    );
    expect(
      issueText(t, issue({ code: 'footnotes_differ', paragraph: 3, footnote: 5, expected: '2', found: '1' })),
    ).toBe('Paragraph 3 has 2 footnote(s) in the original and 1 in the file (from footnote 5).');
    expect(issueText(t, issue({ code: 'footnote_count', expected: '13', found: '12' }))).toBe(
      'The original has 13 footnotes; the file has 12.',
    );
  });

  it('names a session text by where it is, from its key', () => {
    const { t } = createI18n('fr');
    expect(issueText(t, issue({ code: 'text_missing', key: 'question-2' }))).toBe(
      'La question d’orientation 2 : absent du fichier.',
    );
    expect(issueText(t, issue({ code: 'text_footnotes', key: 'item-3.annotation', expected: '2', found: '1' }))).toBe(
      'L’annotation du point 3 : 2 note(s) de bas de page dans l’original et 1 dans le fichier.',
    );
    expect(issueText(createI18n('en').t, issue({ code: 'text_extra', key: 'élément-3' }))).toBe(
      'The row “élément-3” is in the file but was not sent.',
    );
  });
});
