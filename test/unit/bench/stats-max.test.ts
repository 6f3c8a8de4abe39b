/**
 * The benchmark's largest-value helper (bench/lib/stats.ts maxOf) takes arrays of any length: the cold pass at
 * 1M counted 103,224 probes, and `Math.max(...probes)` overflowed the stack on the next target's longer list.
 */
import { describe, expect, it } from 'vitest';
import { maxOf } from '../../../bench/lib/stats.js';

describe('maxOf', () => {
  it('gives the largest of a million values, where spreading them overflows the stack', () => {
    const values = Array.from({ length: 1_000_000 }, (_, i) => (i * 7919) % 1_000_003);
    expect(() => Math.max(...values)).toThrow(RangeError);
    expect(maxOf(values)).toBe(values.reduce((m, v) => (v > m ? v : m), -Infinity));
  });
  it('gives -Infinity for no values, as Math.max does', () => {
    expect(maxOf([])).toBe(-Infinity);
  });
});
