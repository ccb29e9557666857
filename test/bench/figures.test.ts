import { describe, expect, it } from 'vitest';
import { figureLine } from '../../bench/figures';

const open = { key: 'agendaOpenMs', label: 'agenda builder opens', unit: 'ms', goal: 100 } as const;

describe('a benchmark figure on its line', () => {
  it('says whether the goal is met and what the baseline was', () => {
    expect(figureLine({ ...open, value: 90 }, 95)).toBe(
      'agenda builder opens: 90.0 ms; goal ≤ 100 ms: met; baseline 95.0 ms',
    );
    expect(figureLine({ ...open, value: 120 }, 110)).toBe(
      'agenda builder opens: 120 ms; goal ≤ 100 ms: NOT MET; baseline 110 ms',
    );
  });

  it('marks REGRESSION past 20 % worse than the baseline, not at 20 %', () => {
    expect(figureLine({ ...open, value: 120 }, 100)).not.toContain('REGRESSION');
    expect(figureLine({ ...open, value: 121 }, 100)).toContain('REGRESSION: 21 % worse than the baseline 100 ms');
    expect(figureLine({ key: 'ratio', label: 'ratio', unit: '×', value: 0.7 }, 0.45)).toBe(
      'ratio: 0.70×; REGRESSION: 56 % worse than the baseline 0.45×',
    );
  });

  it('says when there is no baseline yet', () => {
    expect(figureLine({ ...open, value: 50 }, undefined)).toBe(
      'agenda builder opens: 50.0 ms; goal ≤ 100 ms: met; no baseline',
    );
  });
});
