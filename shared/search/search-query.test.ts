import { describe, expect, it } from 'vitest';
import { ftsQuery, MATCH_END, MATCH_START, snippetParts } from './search-query';

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

describe('snippetParts', () => {
  it('splits a snippet at its markers into text and matches', () => {
    expect(snippetParts(`…la ${MATCH_START}migración${MATCH_END} y ${MATCH_START}<b>${MATCH_END}`)).toEqual([
      { text: '…la ', match: false },
      { text: 'migración', match: true },
      { text: ' y ', match: false },
      { text: '<b>', match: true },
    ]);
    expect(snippetParts('no match')).toEqual([{ text: 'no match', match: false }]);
  });
});
