import { describe, expect, it } from 'vitest';
import { CELL_LOOK, cellLabel, cellState } from '../../../../ui/src/lib/profile/cell-state';

/** One route (rule `r`) with these conditions, all its own. */
const cell = (eligible: boolean, kinds: string[], excluded = false, assumed = false) => ({
  eligible,
  excluded,
  assumed,
  reasons: eligible ? [{ rule: { id: 'r' } }] : [],
  conditions: kinds.map((kind) => ({ kind, rule: { id: 'r' } })),
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

  it('should call a cell eligible when one route needs no step, and conditional when a general rule sets one', () => {
    const twoRoutes = {
      eligible: true,
      excluded: false,
      reasons: [{ rule: { id: 'section-4' } }, { rule: { id: 'principle-2' } }],
      conditions: [
        { kind: 'MB_ENDORSEMENT', rule: { id: 'section-4' } },
        { kind: 'WITHIN_AGREEMENT_LIMITS', rule: { id: 'principle-2' } },
      ],
    };
    expect(cellState(twoRoutes)).toBe('ELIGIBLE');
    expect(cellState({ ...twoRoutes, reasons: twoRoutes.reasons.slice(0, 1) })).toBe('CONDITIONAL');
    const general = { kind: 'CONSULT_DG_CONNECT', rule: { id: 'general' } };
    expect(cellState({ ...twoRoutes, conditions: [...twoRoutes.conditions, general] })).toBe('CONDITIONAL');
    // The API's own status wins when the answer carries it.
    expect(cellState({ ...twoRoutes, status: 'CONDITIONAL' })).toBe('CONDITIONAL');
  });
});
