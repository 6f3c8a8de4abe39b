import { describe, expect, it } from 'vitest';
import {
  decodeRules,
  encodeRules,
  InvalidRule,
  NO_RULES,
  parseRule,
  withRule,
} from '../../../../ui/src/lib/analysis/rules.js';
import { decodeState, defaultState, encodeState } from '../../../../ui/src/lib/state/url-state.js';

describe('styling rules', () => {
  it("should read the analyst's words, either spelling of colour, any case and hyphens", () => {
    expect(parseRule('colour by document')).toEqual({ aspect: 'colour', by: 'document' });
    expect(parseRule('  Color BY pillar ')).toEqual({ aspect: 'colour', by: 'pillar' });
    expect(parseRule('size-by-betweenness')).toEqual({ aspect: 'size', by: 'betweenness' });
  });

  it('should refuse what is not a rule, saying what can be written', () => {
    expect(() => parseRule('')).toThrow(InvalidRule);
    expect(() => parseRule('colour by mood')).toThrow(/Colour can go by kind, document, pillar/);
    expect(() => parseRule('size by document')).toThrow(/Size can go by degree, betweenness, closeness/);
    expect(() => parseRule('shape by kind')).toThrow(/starts with "colour by" or "size by"/);
    expect(() => parseRule('colour document')).toThrow(/is not a rule/);
    expect(() => parseRule('colour by kind please')).toThrow(/is not a rule/);
  });

  it('should keep one rule per aspect, the newest', () => {
    const rules = withRule(withRule(NO_RULES, { aspect: 'colour', by: 'kind' }), { aspect: 'colour', by: 'pillar' });
    expect(withRule(rules, { aspect: 'size', by: 'degree' })).toEqual({ colour: 'pillar', size: 'degree' });
  });

  it('should write the rules into the link and read them back, reporting what it ignores', () => {
    const state = { ...defaultState(), style: { colour: 'document' as const, size: 'betweenness' as const } };
    const search = encodeState(state);
    expect(search).toContain('style=colour-by-document,size-by-betweenness');
    expect(decodeState(search).state.style).toEqual(state.style);
    expect(encodeRules(NO_RULES)).toBe('');
    expect(encodeState(defaultState())).toBe('');
    const decoded = decodeState('?style=size-by-closeness,colour-by-mood');
    expect(decoded.state.style).toEqual({ colour: null, size: 'closeness' });
    expect(decoded.problems.join(' ')).toMatch(/Ignored style=colour-by-mood/);
    expect(decodeRules('').rules).toEqual(NO_RULES);
  });
});
