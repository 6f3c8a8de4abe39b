import { describe, expect, it } from 'vitest';
import { panToCentre, visibleArea } from '../../../../ui/src/lib/graph/centre.js';

const canvas = { left: 10, top: 50, right: 1010, bottom: 750 };

describe('centring the selection', () => {
  it('should take the whole canvas when nothing lies over it', () => {
    expect(visibleArea(canvas, [])).toEqual({ left: 0, top: 0, right: 1000, bottom: 700 });
  });

  it('should leave out a panel laid over the right of the canvas, and one over the left', () => {
    const panel = { left: 610, top: 50, right: 1010, bottom: 750 };
    expect(visibleArea(canvas, [panel])).toEqual({ left: 0, top: 0, right: 600, bottom: 700 });
    const leftPanel = { left: 0, top: 40, right: 210, bottom: 760 };
    expect(visibleArea(canvas, [leftPanel])).toEqual({ left: 200, top: 0, right: 1000, bottom: 700 });
  });

  it('should ignore what covers a corner only, what lies outside, and a panel that leaves nothing', () => {
    const legend = { left: 10, top: 650, right: 200, bottom: 750 };
    const beside = { left: 1010, top: 0, right: 1400, bottom: 900 };
    expect(visibleArea(canvas, [legend, beside])).toEqual({ left: 0, top: 0, right: 1000, bottom: 700 });
    const everything = { left: 20, top: 0, right: 1010, bottom: 900 };
    expect(visibleArea(canvas, [everything])).toEqual({ left: 0, top: 0, right: 1000, bottom: 700 });
  });

  it('should pan so that the model point is drawn at the middle of the area', () => {
    const area = { left: 0, top: 0, right: 600, bottom: 700 };
    const pan = panToCentre({ x: 100, y: -40 }, 0.5, area);
    expect({ x: 100 * 0.5 + pan.x, y: -40 * 0.5 + pan.y }).toEqual({ x: 300, y: 350 });
  });
});
