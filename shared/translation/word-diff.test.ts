import { describe, expect, it } from 'vitest';
import { wordDiff, type WordDiffPart } from './word-diff';

const side = (parts: WordDiffPart[], drop: 'del' | 'ins') =>
  parts
    .filter((p) => p.op !== drop)
    .map((p) => p.text)
    .join('');

describe('wordDiff', () => {
  it('marks the words replaced, and keeps the rest', () => {
    const parts = wordDiff('For this reason the CAM meets.', 'For these reasons the CAM meets.');
    expect(parts).toEqual([
      { op: 'equal', text: 'For ' },
      { op: 'del', text: 'this reason ' },
      { op: 'ins', text: 'these reasons ' },
      { op: 'equal', text: 'the CAM meets.' },
    ]);
  });

  it('gives back the old text without the insertions and the new text without the deletions', () => {
    const before = 'Delegations take the floor after the panel, in the order requested.';
    const after = 'Delegations of member states take the floor after the panelists.';
    const parts = wordDiff(before, after);
    expect(side(parts, 'ins')).toBe(before);
    expect(side(parts, 'del')).toBe(after);
    expect(parts.filter((p) => p.op === 'ins').map((p) => p.text.trim())).toEqual(['of member states', 'panelists.']);
  });

  it('handles an added or a removed text', () => {
    expect(wordDiff('', 'A new paragraph.')).toEqual([{ op: 'ins', text: 'A new paragraph.' }]);
    expect(wordDiff('An old paragraph.', '')).toEqual([{ op: 'del', text: 'An old paragraph.' }]);
    expect(wordDiff('Same text.', 'Same text.')).toEqual([{ op: 'equal', text: 'Same text.' }]);
  });

  it('counts a word whose punctuation changed as changed', () => {
    expect(wordDiff('the panel.', 'the panel;')).toEqual([
      { op: 'equal', text: 'the ' },
      { op: 'del', text: 'panel.' },
      { op: 'ins', text: 'panel;' },
    ]);
  });
});
