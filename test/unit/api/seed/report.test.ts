import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readSeed } from '../../../../api/src/seed/read-seed.js';
import {
  coveredShare,
  inSection,
  provisionCoverage,
  sectionCoverage,
  seedProvisionCoverage,
} from '../../../../api/src/seed/report.js';

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

describe('coverage by provision and footnote (issue 17)', () => {
  const docs = [{ id: 'doc', name: 'Doc', footnotes: 3 }];
  const provisions = [
    { document: 'doc', locator: '1' },
    { document: 'doc', locator: '2', noFactReason: 'context' },
    { document: 'doc', locator: '3' },
    { document: 'doc', locator: 'footnote 1' },
    { document: 'doc', locator: 'footnote 3', noFactReason: 'a URL' },
  ];

  it('should count every provision and every declared footnote, with a fact or a stated reason', () => {
    const [c] = provisionCoverage(docs, provisions, [
      { document: 'doc', locator: '1' },
      { document: 'doc', locator: 'footnote 1' },
      { document: 'other', locator: '3' },
    ]);
    expect(c).toEqual({
      document: 'doc',
      name: 'Doc',
      total: 6,
      cited: 2,
      reasoned: [
        { locator: '2', reason: 'context' },
        { locator: 'footnote 3', reason: 'a URL' },
      ],
      uncovered: ['3'],
      missingFootnotes: [2],
    });
    expect(coveredShare(c!)).toBe(66);
  });

  it('should show 100% of the seed: every provision and footnote of both strategies has a fact or a reason', async () => {
    const { graph } = await readSeed(join(import.meta.dirname, '../../../../seed'));
    const coverage = seedProvisionCoverage(graph);
    expect(coverage.map((c) => c.document).sort()).toEqual([
      'enisa-international-strategy-2021',
      'eu-cybersecurity-strategy-2013',
    ]);
    for (const c of coverage) {
      expect({ document: c.document, uncovered: c.uncovered, missing: c.missingFootnotes }).toEqual({
        document: c.document,
        uncovered: [],
        missing: [],
      });
      expect(coveredShare(c)).toBe(100);
    }
    // The check can fail: without the facts citing one provision, it drops below 100%.
    const cited = graph.nodes.find((n) => n.id === 'eu-css-2013-principle-1')!;
    const without = { ...graph, nodes: graph.nodes.filter((n) => n !== cited) };
    const c2013 = seedProvisionCoverage(without).find((c) => c.document === 'eu-cybersecurity-strategy-2013')!;
    expect(c2013.uncovered).toContain('1.2 / principle 1');
  });
});
