import { describe, expect, it } from 'vitest';
import { ftsQuery, queryTerms, snippetOf, type SnippetPart } from './search-query';

const shown = (parts: SnippetPart[]) => parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join('');

describe('ftsQuery', () => {
  it('makes each word a quoted prefix and each quoted phrase a quoted string', () => {
    expect(ftsQuery('migracion laboral')).toBe('"migracion"* "laboral"*');
    expect(ftsQuery('"AG/RES. 2988" footnote')).toBe('"AG/RES. 2988" "footnote"*');
    expect(ftsQuery("d'Haïti")).toBe(`"d'Haïti"*`);
  });

  it('turns FTS5 syntax into text, and leaves out what has no word', () => {
    expect(ftsQuery('a"b')).toBe('"a"* "b"');
    expect(ftsQuery('NEAR(x OR y)')).toBe('"NEAR(x"* "OR"* "y)"*');
    expect(ftsQuery('"unclosed phrase')).toBe('"unclosed phrase"');
    expect(ftsQuery('* - ( ) ^ " "')).toBeNull();
    expect(ftsQuery('   ')).toBeNull();
  });
});

describe('snippetOf', () => {
  it('marks words as the index matches them: accents and case folded, prefixes, phrases as one mark', () => {
    expect(shown(snippetOf('Gobernanza de la Migración en las Américas', queryTerms('migracion AMERI')))).toBe(
      'Gobernanza de la [Migración] en las [Américas]',
    );
    expect(shown(snippetOf('Voir la résolution AG/RES. 2988 (LII-O/22).', queryTerms('"ag/res 2988"')))).toBe(
      'Voir la résolution [AG/RES. 2988] (LII-O/22).',
    );
    expect(shown(snippetOf("L'accueil des migrants d'Haïti", queryTerms("d'haiti")))).toBe(
      "L'accueil des migrants [d'Haïti]",
    );
    // a phrase is not a prefix
    expect(shown(snippetOf('migration governance', queryTerms('"migra"')))).toBe('migration governance');
  });

  it('cuts a long text around the first match, and never makes HTML of it', () => {
    const words = Array.from({ length: 60 }, (_, i) => `w${i}`);
    words[40] = '<b>protección</b>';
    const parts = snippetOf(words.join(' '), queryTerms('proteccion'));
    expect(shown(parts)).toBe(
      '…w35 w36 w37 w38 w39 <b>[protección]</b> w41 w42 w43 w44 w45 w46 w47 w48 w49 w50 w51 w52 w53 w54 w55 w56…',
    );
    expect(parts.find((p) => p.match)).toEqual({ text: 'protección', match: true });
  });
});
