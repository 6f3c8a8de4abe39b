import { describe, expect, it } from 'vitest';
import { estimateLabel, makeLabelRoom, TARGET, type RoomNode } from '../../../core/graph/label-room.js';

const node = (id: string, kind: string, degree: number, x = 0, y = 0): RoomNode => ({
  id,
  x,
  y,
  size: 16,
  label: id.replace(/-/g, ' '),
  kind,
  degree,
  named: true,
});

describe('label room (the first layout makes room for the names)', () => {
  it('should wrap a long name onto lines no wider than the wrap width', () => {
    const one = estimateLabel('ENISA');
    const long = estimateLabel('Network of law enforcement bodies on child sexual abuse material online');
    expect(one.width).toBeLessThan(40);
    expect(long.width).toBeLessThanOrEqual(110);
    expect(long.height).toBeGreaterThan(3 * one.height);
  });

  it('should set unlinked actors apart in columns by kind, left of the linked ones, with no two names overlapping', () => {
    const linked = Array.from({ length: 12 }, (_, i) => node(`linked-${i}`, 'EU_AGENCY', 2, (i % 4) * 10, i * 3));
    const unlinked = [
      ...['academia', 'citizens', 'schools'].map((id) => node(id, 'OTHER_ACTOR', 0)),
      ...['eu-military-staff', 'publications-office'].map((id) => node(id, 'EU_BODY', 0)),
    ];
    const room = makeLabelRoom([...linked, ...unlinked]);
    const at = (id: string) => room.get(id)!;
    // One column per group here: same x within a kind, names in order down the column.
    expect(at('academia').x).toBe(at('schools').x);
    expect(at('academia').y).toBeLessThan(at('citizens').y);
    expect(at('eu-military-staff').x).toBe(at('publications-office').x);
    const rightmostUnlinked = Math.max(...unlinked.map((n) => at(n.id).x));
    expect(Math.min(...linked.map((n) => at(n.id).x))).toBeGreaterThan(rightmostUnlinked);
    // The linked part, on screen at the target zoom: every node's box with its name below is clear of the others'.
    const boxes = linked.map((n) => {
      const p = at(n.id);
      const label = estimateLabel(n.label);
      const w = Math.max(18, label.width) / 2;
      return {
        x1: p.x * TARGET.zoom - w,
        x2: p.x * TARGET.zoom + w,
        y1: p.y * TARGET.zoom - 9,
        y2: p.y * TARGET.zoom + 11 + label.height,
      };
    });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlap = Math.min(a.x2, b.x2) > Math.max(a.x1, b.x1) && Math.min(a.y2, b.y2) > Math.max(a.y1, b.y1);
        expect(overlap, `${linked[i]!.id} / ${linked[j]!.id}`).toBe(false);
      }
    expect(makeLabelRoom([...linked, ...unlinked])).toEqual(room);
  });
});
