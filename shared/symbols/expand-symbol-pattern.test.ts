import { describe, expect, it } from 'vitest';
import { expandSymbolPattern } from './expand-symbol-pattern';

describe('expandSymbolPattern', () => {
  it('fills the running number and the two- or four-digit year', () => {
    expect(expandSymbolPattern('CP/CAM-{n}/{yy}', 12, '2023-05-09')).toBe('CP/CAM-12/23');
    expect(expandSymbolPattern('CP/CSH/INF.{n}/{yyyy}', 457, '2016-01-31')).toBe('CP/CSH/INF.457/2016');
    expect(expandSymbolPattern('CP/OD-{n}/{yy}', 1588, '2007-12-31')).toBe('CP/OD-1588/07');
  });
});
