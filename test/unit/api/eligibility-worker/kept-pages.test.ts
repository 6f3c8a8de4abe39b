/**
 * The pages an answer keeps (eligibility-worker/kept-pages.ts): within a number of pages and of items (each page
 * counted at its `first`), the least recently asked dropped first; a page too large to fit alone, or one that
 * failed, is not kept.
 */
import { describe, expect, it } from 'vitest';
import { KeptPages } from '../../../../api/src/eligibility-worker/kept-pages.js';

describe('the pages an answer keeps', () => {
  it('should keep pages within both bounds, dropping the least recently asked first', () => {
    const kept = new KeptPages<string>({ pages: 3, items: 250 });
    kept.keep('a', 'A', 100);
    kept.keep('b', 'B', 100);
    expect(kept.get('a')).toBe('A'); // a is now the most recently asked
    kept.keep('c', 'C', 100); // 300 items: b goes
    expect([kept.get('b'), kept.get('c'), kept.get('a')]).toEqual([undefined, 'C', 'A']);
    expect(kept.items).toBe(200);
    kept.keep('d', 'D', 10);
    kept.keep('e', 'E', 10); // four pages: c goes (a was asked after it)
    expect(kept.size).toBe(3);
    expect(kept.get('c')).toBeUndefined();
    expect([kept.get('a'), kept.get('d'), kept.get('e')]).toEqual(['A', 'D', 'E']);
    expect(kept.items).toBe(120);
  });

  it('should hold the bounds whatever is asked', () => {
    const kept = new KeptPages<number>({ pages: 5, items: 300 });
    for (let i = 0; i < 500; i++) {
      kept.keep(`p${i % 37}`, i, 1 + ((i * 7) % 100));
      expect(kept.size).toBeLessThanOrEqual(5);
      expect(kept.items).toBeLessThanOrEqual(300);
      expect(kept.items).toBeGreaterThan(0);
    }
  });

  it('should not keep a page larger than the items bound, nor any page when it keeps none', () => {
    const small = new KeptPages<string>({ pages: 10, items: 50 });
    small.keep('big', 'BIG', 51);
    expect(small.get('big')).toBeUndefined();
    expect(small.items).toBe(0);
    const none = new KeptPages<string>({ pages: 0, items: 1_000 });
    none.keep('a', 'A', 1);
    expect(none.size).toBe(0);
  });

  it('should drop a page that fails, so that the next asker asks again', async () => {
    const kept = new KeptPages<string>({ pages: 4, items: 400 });
    const failing = Promise.reject(new Error('worker gone'));
    kept.keep('a', failing, 100);
    await failing.catch(() => undefined);
    expect(kept.get('a')).toBeUndefined();
    expect(kept.items).toBe(0);
  });
});
