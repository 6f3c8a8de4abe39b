import { describe, expect, it } from 'vitest';
import { slideLayout } from '../../../../ui/src/lib/graph/slide.js';
import { kindStyle } from '../../../../core/palette.js';

const measure = (s: string) => s.length * 7;

describe("the exported slide's legend under a colour rule", () => {
  it('should list the kinds in their colours without a rule', () => {
    const layout = slideLayout({ title: 'T', subtitle: 'S', kinds: ['THIRD_COUNTRY'] }, 800, 400, 1, measure);
    expect(layout.texts.map((t) => t.text)).toContain(kindStyle('THIRD_COUNTRY').legend);
    expect(layout.swatches.map((s) => s.color)).toEqual([kindStyle('THIRD_COUNTRY').color]);
  });

  it("should list the rule's categories instead, the colours the picture shows", () => {
    const categories = [
      { label: 'Both strategies', color: '#009E73' },
      { label: 'Law enforcement', color: '#D55E00' },
    ];
    const layout = slideLayout(
      { title: 'T', subtitle: 'S', kinds: ['THIRD_COUNTRY'], categories },
      800,
      400,
      1,
      measure,
    );
    expect(layout.texts.map((t) => t.text)).toEqual(expect.arrayContaining(['Both strategies', 'Law enforcement']));
    expect(layout.texts.map((t) => t.text)).not.toContain(kindStyle('THIRD_COUNTRY').legend);
    expect(layout.swatches.map((s) => s.color)).toEqual(['#009E73', '#D55E00']);
  });
});
