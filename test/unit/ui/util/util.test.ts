import { describe, expect, it } from 'vitest';
import { groupBy, intersectAll, toggleIn, unique } from '../../../../ui/src/lib/util/collections.js';
import { sectionOf, splitQuote } from '../../../../ui/src/lib/util/quote.js';
import { shapeOutline } from '../../../../ui/src/lib/graph/shapes.js';

describe('quote marking', () => {
  it('should find a quote across white space, case and typographic quotes', () => {
    const text = 'ENISA will  focus its\ninternational cooperation on ‘partners’ with which the Union has agreements.';
    const parts = splitQuote(text, "focus its international cooperation on 'partners'");
    expect(parts.found).toBe(true);
    expect(parts.quote).toBe('focus its\ninternational cooperation on ‘partners’');
    expect(parts.before + parts.quote + parts.after).toBe(text);
  });

  it('should leave the text whole when the quote is absent or too short', () => {
    expect(splitQuote('abc def', 'xyz')).toEqual({ before: 'abc def', quote: '', after: '', found: false });
    expect(splitQuote('abc def', null).found).toBe(false);
    expect(splitQuote('abc def', 'ab').found).toBe(false);
  });
});

describe('collections', () => {
  it('should toggle within a subset where null means all', () => {
    expect(toggleIn(null, 'b', ['a', 'b', 'c'])).toEqual(['a', 'c']);
    expect(toggleIn(['a', 'c'], 'b', ['a', 'b', 'c'])).toBeNull();
    expect(intersectAll([new Set(['a', 'b']), new Set(['b', 'c'])])).toEqual(new Set(['b']));
    expect(unique([1, 1, 2])).toEqual([1, 2]);
    expect(groupBy(['ab', 'ac', 'b'], (s) => s[0]!)).toEqual([
      ['a', ['ab', 'ac']],
      ['b', ['b']],
    ]);
  });

  it('should find the section of a locator and draw legend shapes', () => {
    expect(sectionOf('2.1 / The Commission asks ENISA to / bullet 1')).toBe('2.1');
    expect(sectionOf('principle 3')).toBe('principle 3');
    expect(shapeOutline('ellipse').kind).toBe('circle');
    expect(shapeOutline('round-rectangle')).toEqual({ kind: 'rect', rounded: true });
    expect(shapeOutline('round-triangle').points).toBe(shapeOutline('triangle').points);
  });
});
