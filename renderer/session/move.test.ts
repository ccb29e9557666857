import { describe, expect, it } from 'vitest';
import { moveTo, withPositions } from './move';

describe('moveTo', () => {
  it('moves an element up, down and to the ends', () => {
    expect(moveTo(['a', 'b', 'c', 'd'], 2, 1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveTo(['a', 'b', 'c', 'd'], 0, 1)).toEqual(['b', 'a', 'c', 'd']);
    expect(moveTo(['a', 'b', 'c', 'd'], 0, 9)).toEqual(['b', 'c', 'd', 'a']);
    expect(moveTo(['a', 'b', 'c', 'd'], 3, -1)).toEqual(['d', 'a', 'b', 'c']);
  });
  it('leaves the list alone for an index outside it', () => {
    expect(moveTo(['a', 'b'], 5, 0)).toEqual(['a', 'b']);
  });
  it('renumbers positions, keeping unchanged rows', () => {
    const rows = [
      { id: 'x', position: 1 },
      { id: 'y', position: 0 },
    ];
    const out = withPositions(rows);
    expect(out.map((r) => r.position)).toEqual([0, 1]);
  });
});
