import { describe, expect, it } from 'vitest';
import { EXPORT_MARGIN, frameGeometry, MAX_EXPORT_ZOOM } from '../../../../ui/src/lib/graph/export-frame.js';

describe('the frame of a view export', () => {
  const view = { width: 1000, height: 700 };

  it('should take the bounds of what is drawn with a margin, at the view zoom when that fills the view', () => {
    const g = frameGeometry({ x1: -500, y1: -300, w: 2000, h: 1000 }, 0.5, view);
    expect(g.zoom).toBe(0.5);
    expect(g.width).toBe(Math.ceil(2000 * 0.5 + 2 * EXPORT_MARGIN));
    // The box's corner lands on the margin.
    expect(-500 * g.zoom + g.dx).toBeCloseTo(EXPORT_MARGIN);
    expect(-300 * g.zoom + g.dy).toBeCloseTo(EXPORT_MARGIN);
  });

  it('should zoom in on a small answer up to the cap, and never below the view zoom', () => {
    expect(frameGeometry({ x1: 0, y1: 0, w: 300, h: 100 }, 0.5, view).zoom).toBeCloseTo(
      Math.min((1000 - 2 * EXPORT_MARGIN) / 300, MAX_EXPORT_ZOOM),
    );
    expect(frameGeometry({ x1: 0, y1: 0, w: 10, h: 10 }, 0.5, view).zoom).toBe(MAX_EXPORT_ZOOM);
    expect(frameGeometry({ x1: 0, y1: 0, w: 10, h: 10 }, 3, view).zoom).toBe(3);
    expect(frameGeometry({ x1: 0, y1: 0, w: 5000, h: 5000 }, 0.5, view).zoom).toBe(0.5);
  });
});
