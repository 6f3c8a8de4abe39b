import { describe, expect, it } from 'vitest';
import { inSection, sectionCoverage } from '../../../../api/src/seed/report.js';

describe('seed coverage report', () => {
  it('should count a locator in its section and its sub-locators only', () => {
    expect(inSection('2.1', '2.1')).toBe(true);
    expect(inSection('2.1 / The Commission asks ENISA to / bullet 2', '2.1')).toBe(true);
    expect(inSection('2.1 / x', '2')).toBe(false);
    expect(inSection('principle 10', 'principle 1')).toBe(false);
  });

  it('should list the sections no fact cites', () => {
    const coverage = sectionCoverage(
      [{ id: 'doc', name: 'Doc', sections: ['1.1', '1.2', '2'] }],
      [
        { document: 'doc', locator: '1.1 / bullet 1' },
        { document: 'other', locator: '1.2' },
      ],
    );
    expect(coverage).toEqual([{ document: 'doc', name: 'Doc', sections: 3, covered: 1, uncovered: ['1.2', '2'] }]);
  });
});
