import { describe, expect, it } from 'vitest';
import { clockFace } from './clock-face';

describe('clockFace', () => {
  it('counts down from the allotted time', () => {
    expect(clockFace(0, 300)).toEqual({ text: '5:00', phase: 'running' });
    expect(clockFace(55, 300)).toEqual({ text: '4:05', phase: 'running' });
    expect(clockFace(239, 300)).toEqual({ text: '1:01', phase: 'running' });
  });
  it('turns amber in the last minute and red at zero', () => {
    expect(clockFace(240, 300)).toEqual({ text: '1:00', phase: 'lastMinute' });
    expect(clockFace(241, 300)).toEqual({ text: '0:59', phase: 'lastMinute' });
    expect(clockFace(299, 300)).toEqual({ text: '0:01', phase: 'lastMinute' });
    expect(clockFace(300, 300)).toEqual({ text: '0:00', phase: 'over' });
  });
  it('then counts the overrun', () => {
    expect(clockFace(342, 300)).toEqual({ text: '+0:42', phase: 'over' });
    expect(clockFace(300 + 725, 300)).toEqual({ text: '+12:05', phase: 'over' });
  });
  it('counts up when nothing is allotted', () => {
    expect(clockFace(75, null)).toEqual({ text: '1:15', phase: 'running' });
    expect(clockFace(75, 0)).toEqual({ text: '1:15', phase: 'running' });
  });
});
