import { describe, expect, it } from 'vitest';
import {
  estimateLabel,
  LABEL_HUB_FONT_PX,
  LABEL_MAX_PX,
  makeLabelRoom,
  TARGET,
  type RoomNode,
} from '../../../core/graph/label-room.js';

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
    expect(long.width).toBeLessThanOrEqual(LABEL_MAX_PX + 8);
    expect(long.height).toBeGreaterThan(3 * one.height);
  });

  it('should estimate a label within a few px of what Cytoscape measures in Chromium (Noto Sans)', () => {
    // Label boxes read from the Cytoscape instance at 1440×900 (renderedBoundingBox, labels only).
    const measured: Array<[string, boolean, number, number]> = [
      ['University students', false, 96.7, 15.2],
      ['Major global cybersecurity companies and vendors', false, 80.3, 45.5],
      ['European Cybercrime Centre (EC3)', true, 104.9, 36.0],
      ['ENISA', true, 36.0, 14.5],
    ];
    for (const [text, hub, width, height] of measured) {
      const box = hub ? estimateLabel(text, LABEL_HUB_FONT_PX, LABEL_MAX_PX - 2, true) : estimateLabel(text);
      expect(Math.abs(box.width - width), text).toBeLessThan(6);
      expect(Math.abs(box.height - height), text).toBeLessThan(3);
    }
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

  it('should make room one zoom step in (×1.25) for every name around a crowded hub, inside the canvas', () => {
    // A hub with 70 leaves, all force-laid out on top of each other: far more names than fit at the target zoom.
    const hub = { ...node('european-cybercrime-centre-hub', 'EU_AGENCY', 70), size: 40, labelled: true };
    const leaves = Array.from({ length: 70 }, (_, i) => ({
      ...node(`national-authority-number-${i}`, 'OTHER_ACTOR', 1, (i % 7) * 2, Math.floor(i / 7) * 2),
    }));
    const room = makeLabelRoom([hub, ...leaves]);
    const boxes = [hub, ...leaves].map((n) => {
      const p = room.get(n.id)!;
      const label = n.labelled
        ? estimateLabel(n.label, LABEL_HUB_FONT_PX, LABEL_MAX_PX - 2, true)
        : estimateLabel(n.label);
      const body = Math.max(18, n.size * TARGET.zoom);
      // One step in the nodes are 1.25 times further apart and the labels keep their size: at fit scale, the
      // label is 0.8 of its size.
      const w = Math.max(body, label.width * 0.8) / 2;
      const [x, y] = [p.x * TARGET.zoom, p.y * TARGET.zoom];
      return { id: n.id, x1: x - w, x2: x + w, y1: y - body / 2, y2: y + body / 2 + 2 + label.height * 0.8 };
    });
    for (const b of boxes) {
      expect(b.x1).toBeGreaterThanOrEqual(-20);
      expect(b.x2).toBeLessThanOrEqual(TARGET.width + 20);
      expect(b.y1).toBeGreaterThanOrEqual(-20);
      expect(b.y2).toBeLessThanOrEqual(TARGET.height + 20);
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const overlap = Math.min(a.x2, b.x2) > Math.max(a.x1, b.x1) && Math.min(a.y2, b.y2) > Math.max(a.y1, b.y1);
        expect(overlap, `${a.id} / ${b.id}`).toBe(false);
      }
  });
});
