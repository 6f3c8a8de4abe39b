import { describe, expect, it } from 'vitest';
import { CELL_LOOK, cellLabel, cellState } from '../../../../ui/src/lib/profile/cell-state';

const cell = (eligible: boolean, kinds: string[], excluded = false, assumed = false) => ({
  eligible,
  excluded,
  assumed,
  conditions: kinds.map((kind) => ({ kind })),
});

describe('profile cell state', () => {
  it('should call a cell eligible when it qualifies with only conditions to respect', () => {
    expect(cellState(cell(true, ['FOCUS_SHARED_VALUES_PARTNERS', 'AD_HOC_BASIS']))).toBe('ELIGIBLE');
    expect(cellState(cell(true, []))).toBe('ELIGIBLE');
  });

  it('should call a cell conditional when one condition is a step to take first', () => {
    for (const kind of ['EB_NOTIFICATION', 'MB_ENDORSEMENT', 'ON_REQUEST', 'CONSULT_DG_CONNECT'])
      expect(cellState(cell(true, ['AD_HOC_BASIS', kind])), kind).toBe('CONDITIONAL');
  });

  it('should call a cell not eligible when no rule grants it or principle 4 excludes it, conditions aside', () => {
    expect(cellState(cell(false, []))).toBe('NOT_ELIGIBLE');
    expect(cellState(cell(false, ['EB_NOTIFICATION']))).toBe('NOT_ELIGIBLE');
    expect(cellState(cell(true, ['EB_NOTIFICATION'], true))).toBe('NOT_ELIGIBLE');
  });

  it('should show each state by a distinct word and shape, and mark what-ifs and exclusions in words', () => {
    const looks = Object.values(CELL_LOOK);
    expect(new Set(looks.map((l) => l.symbol)).size).toBe(3);
    expect(new Set(looks.map((l) => l.label)).size).toBe(3);
    expect(cellLabel(cell(true, ['ON_REQUEST'], false, true))).toBe('Conditional (what-if)');
    expect(cellLabel(cell(false, [], true))).toBe('Not eligible (excluded)');
    expect(cellLabel(cell(true, []))).toBe('Eligible');
  });
});
