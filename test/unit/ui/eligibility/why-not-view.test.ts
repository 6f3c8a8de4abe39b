import { describe, expect, it } from 'vitest';
import { countsLine, whyNotSections, type CheckLike } from '../../../../ui/src/lib/eligibility/why-not-view.js';

const check = (id: string, status: CheckLike['status'], would = false): CheckLike => ({
  rule: { id },
  applies: status === 'APPLIES',
  status,
  wouldQualifyWith: would ? { description: `with ${id}` } : null,
});

describe('whyNotSections', () => {
  it('should put the rule that grants first, then the other routes, then the neutral checks', () => {
    const s = whyNotSections([check('n1', 'NEUTRAL'), check('other', 'DOES_NOT_APPLY'), check('grant', 'APPLIES')]);
    expect(s.decisive.map((c) => c.rule.id)).toEqual(['grant']);
    expect(s.others.map((c) => c.rule.id)).toEqual(['other']);
    expect(s.neutral.map((c) => c.rule.id)).toEqual(['n1']);
  });

  it('should put the routes that would grant with one change first when none applies', () => {
    const s = whyNotSections([
      check('eea', 'DOES_NOT_APPLY'),
      check('so44', 'DOES_NOT_APPLY', true),
      check('n', 'NEUTRAL'),
    ]);
    expect(s.decisive.map((c) => c.rule.id)).toEqual(['so44']);
    expect(s.others.map((c) => c.rule.id)).toEqual(['eea']);
  });

  it('should count what it lists', () => {
    const checks = [check('a', 'APPLIES'), check('b', 'DOES_NOT_APPLY'), check('c', 'NEUTRAL'), check('d', 'NEUTRAL')];
    const s = whyNotSections(checks);
    expect(s.counts).toEqual({ listed: 4, applies: 1, doesNotApply: 1, neutral: 2 });
    expect(s.decisive.length + s.others.length + s.neutral.length).toBe(checks.length);
    expect(countsLine(s)).toBe('4 checks listed: 1 decisive, 1 other route, 2 neutral');
  });
});
