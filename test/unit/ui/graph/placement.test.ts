import { describe, expect, it } from 'vitest';
import { cameraOf, changedPositions, panFor, presetPositions } from '../../../../ui/src/lib/graph/placement.js';

describe('placement', () => {
  it('should keep only the nodes away from their default position, rounded', () => {
    const defaults = [
      { id: 'a', x: 10.1, y: 20 },
      { id: 'b', x: 0, y: 0 },
    ];
    const positions = [
      { id: 'a', x: 10.4, y: 19.8 },
      { id: 'b', x: 30.6, y: 0 },
      { id: 'c', x: -4.4, y: 8.5 },
    ];
    expect(changedPositions(positions, defaults)).toEqual([
      { id: 'b', x: 31, y: 0 },
      { id: 'c', x: -4, y: 9 },
    ]);
    expect(changedPositions(positions, null)).toHaveLength(3);
  });

  it('should turn a viewport into a camera and back, for any canvas size', () => {
    const camera = cameraOf(0.8, { x: 100, y: -50 }, 900, 600);
    expect(panFor(camera, 900, 600)).toEqual({ x: 100, y: -50 });
    // A wider canvas keeps the same graph point in its centre.
    const wide = panFor(camera, 1200, 600);
    expect((600 - wide.x) / 0.8).toBeCloseTo(camera.x);
  });

  it('should preset the known positions, a link’s over the defaults, and place the rest; none when most are unknown', () => {
    const edges = [{ source: 'a', target: 'new' }];
    const preset = presetPositions(
      ['a', 'b', 'new'],
      edges,
      [
        [
          { id: 'a', x: 0, y: 0 },
          { id: 'b', x: 100, y: 0 },
        ],
        [{ id: 'b', x: 200, y: 5 }],
      ],
      40,
    )!;
    expect(preset.get('b')).toEqual({ x: 200, y: 5 });
    expect(Math.hypot(preset.get('new')!.x, preset.get('new')!.y)).toBeLessThan(100);
    expect(presetPositions(['a', 'x', 'y'], edges, [[{ id: 'a', x: 0, y: 0 }]], 40)).toBeNull();
  });
});
