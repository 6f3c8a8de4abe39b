/**
 * The headings of the unlinked actors' groups (pure, in rendered pixels). The server's first layout sets the
 * actors with no relationship apart in columns, one group per kind with a heading row above it
 * (core/graph/label-room.ts); this finds those columns again from where the nodes are drawn and gives each
 * group's heading a box above its first node and the label beside it. The headings are placed before the
 * labels (label-layer.ts keeps the labels clear of them); one that would lie over a node, another heading or
 * the edge of the view is left out.
 */
import { textWidth } from '../../../../core/graph/label-metrics.js';
import { kindStyle } from '../../../../core/palette.js';
import type { Rect } from './label-placement';

export interface ColumnNode {
  id: string;
  kind: string;
  /** Rendered centre and outer size. */
  x: number;
  y: number;
  size: number;
  /** Rendered height of its label (0 when none), centred on the node when the label is on the right. */
  labelHeight: number;
}

export interface KindHeading {
  kind: string;
  text: string;
  rect: Rect;
}

export const HEADING_FONT_PX = 10;
const HEADING_LINE_PX = 13;
/** Left edges within this many px are one column. */
const SAME_COLUMN_PX = 4;
/** Gap between a heading and the node (or its label) under it, and kept around it (px). */
const HEADING_GAP = 2;

const overlaps = (a: Rect, b: Rect) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * One heading per run of a kind's nodes down one column (a group that goes on in the next column gets its
 * heading there too). Only where the nodes do stand in columns: at least two nodes of the run line up.
 * `taken` are the boxes already drawn (the nodes); headings avoid them and each other.
 */
export function kindHeadings(
  unlinked: ColumnNode[],
  taken: Rect[],
  view: { width: number; height: number },
): KindHeading[] {
  const byKind = new Map<string, ColumnNode[]>();
  for (const n of unlinked) byKind.set(n.kind, [...(byKind.get(n.kind) ?? []), n]);
  const runs: ColumnNode[][] = [];
  for (const members of byKind.values()) {
    const columns: ColumnNode[][] = [];
    for (const n of members) {
      const left = n.x - n.size / 2;
      const column = columns.find((c) => Math.abs(c[0]!.x - c[0]!.size / 2 - left) <= SAME_COLUMN_PX);
      if (column) column.push(n);
      else columns.push([n]);
    }
    runs.push(...columns);
  }
  // Nodes in columns: most of the unlinked actors share their column with another of their kind.
  const inColumns = runs.filter((r) => r.length > 1).reduce((s, r) => s + r.length, 0);
  if (unlinked.length < 2 || inColumns < unlinked.length / 2) return [];
  const headings: KindHeading[] = [];
  const placed: Rect[] = [];
  for (const run of runs.sort((a, b) => a[0]!.x - b[0]!.x || a[0]!.y - b[0]!.y)) {
    const first = run.reduce((top, n) => (n.y < top.y ? n : top));
    const text = kindStyle(first.kind).legend;
    const left = first.x - first.size / 2;
    const bottom = first.y - Math.max(first.size, first.labelHeight) / 2 - HEADING_GAP;
    const rect = {
      x1: left,
      x2: left + textWidth(text, HEADING_FONT_PX, true) + 2,
      y1: bottom - HEADING_LINE_PX,
      y2: bottom,
    };
    if (rect.x1 < 0 || rect.y1 < 0 || rect.x2 > view.width || rect.y2 > view.height) continue;
    const padded = { x1: rect.x1 - HEADING_GAP, y1: rect.y1, x2: rect.x2 + HEADING_GAP, y2: rect.y2 };
    if (taken.some((t) => overlaps(padded, t)) || placed.some((p) => overlaps(padded, p))) continue;
    placed.push(rect);
    headings.push({ kind: first.kind, text, rect });
  }
  return headings;
}
