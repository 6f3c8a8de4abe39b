/**
 * Layout options, pure: force-directed (fcose, fast settings), concentric around the focus (rings by hop
 * distance), and hierarchical (dagre, loaded on first use; breadthfirst while it loads or if it fails). The UI
 * runs them in the browser; the API runs the force-directed one on the same elements to send a first layout.
 */
import type { LayoutOptions, StylesheetJson } from 'cytoscape';

export const LAYOUTS = ['fcose', 'concentric', 'hierarchical'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force-directed',
  concentric: 'Concentric',
  hierarchical: 'Hierarchical',
};

export const isLayoutName = (value: string): value is LayoutName => (LAYOUTS as readonly string[]).includes(value);

interface NodeLike {
  id(): string;
  degree(includeLoops: boolean): number;
}

interface EdgeLike {
  source(): NodeLike;
  target(): NodeLike;
}

/**
 * What a layout needs and nothing more (node sizes): GraphCanvas (and the API's first layout) add the elements
 * and run the layout on it; GraphCanvas then applies its buildStylesheet once, for the zoom the layout was fitted
 * at. Nothing is drawn with it.
 */
export function layoutStylesheet(): StylesheetJson {
  // The same outer size as buildStylesheet's (size and a 1px border), so the layout comes out the same.
  return [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)', 'border-width': 1 } }];
}

export function forceLayout(nodeCount: number): LayoutOptions {
  return {
    name: 'fcose',
    animate: false,
    randomize: true,
    quality: nodeCount > 1500 ? 'draft' : 'default',
    numIter: 1500,
    // The spectral step already gives a good start: the force-directed refinement starts a little cooler
    // (0.3 by default) and settles in about 480 instead of 600 iterations on the seed graph, with as few
    // overlaps and crossings (0.1 saves more, but crossings rise by a quarter).
    initialEnergyOnIncremental: 0.15,
    // Hubs push harder and keep their spokes longer, so the dense middle opens up.
    nodeRepulsion: (node: NodeLike) => 6000 + 900 * node.degree(false),
    idealEdgeLength: (edge: EdgeLike) =>
      45 + 5 * Math.sqrt(Math.max(edge.source().degree(false), edge.target().degree(false))),
    nodeSeparation: 75,
    gravity: 0.12,
    gravityRange: 4,
    packComponents: true,
    fit: true,
    padding: 30,
  } as LayoutOptions;
}

/**
 * The zoom at which Cytoscape's fit(padding) shows these nodes (centre and outer size) in a viewport of
 * width × height, before any label is measured: GraphCanvas sizes the labels for it before styling.
 */
export function fitZoom(
  nodes: Array<{ x: number; y: number; size: number }>,
  width: number,
  height: number,
  padding: number,
): number {
  if (nodes.length === 0) return 1;
  const x1 = Math.min(...nodes.map((n) => n.x - n.size / 2));
  const x2 = Math.max(...nodes.map((n) => n.x + n.size / 2));
  const y1 = Math.min(...nodes.map((n) => n.y - n.size / 2));
  const y2 = Math.max(...nodes.map((n) => n.y + n.size / 2));
  return Math.min((width - 2 * padding) / Math.max(1, x2 - x1), (height - 2 * padding) / Math.max(1, y2 - y1));
}

/** Ring of each node: hop distance from the centre (unreached nodes on the outermost ring). */
export function ringsFrom(centre: string | null, nodes: string[], edges: Array<[string, string]>): Map<string, number> {
  const rings = new Map<string, number>();
  if (!centre || !nodes.includes(centre)) return rings;
  const adjacent = new Map<string, string[]>(nodes.map((n) => [n, []]));
  for (const [s, t] of edges) {
    adjacent.get(s)?.push(t);
    adjacent.get(t)?.push(s);
  }
  rings.set(centre, 0);
  let frontier = [centre];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier)
      for (const other of adjacent.get(id) ?? [])
        if (!rings.has(other)) {
          rings.set(other, rings.get(id)! + 1);
          next.push(other);
        }
    frontier = next;
  }
  const outer = Math.max(0, ...rings.values()) + 1;
  for (const n of nodes) if (!rings.has(n)) rings.set(n, outer);
  return rings;
}

export function concentricLayout(rings: Map<string, number>): LayoutOptions {
  const deepest = Math.max(0, ...rings.values());
  return {
    name: 'concentric',
    animate: false,
    fit: true,
    padding: 30,
    minNodeSpacing: 12,
    avoidOverlap: true,
    // Without a focus the rings follow the degree: the best-connected nodes in the middle.
    concentric: (node: NodeLike) => (rings.size > 0 ? deepest - (rings.get(node.id()) ?? deepest) : node.degree(false)),
    levelWidth: () => (rings.size > 0 ? 1 : 4),
  } as unknown as LayoutOptions;
}

export function dagreLayout(): LayoutOptions {
  return {
    name: 'dagre',
    rankDir: 'TB',
    nodeSep: 12,
    rankSep: 70,
    animate: false,
    fit: true,
    padding: 30,
  } as LayoutOptions;
}

export function breadthfirstLayout(focus: string | null): LayoutOptions {
  return {
    name: 'breadthfirst',
    directed: true,
    animate: false,
    fit: true,
    padding: 30,
    spacingFactor: 0.9,
    ...(focus ? { roots: `[id = "${focus.replace(/"/g, '')}"]` } : {}),
  } as LayoutOptions;
}

/** A node of a layered drawing: where the layering put it (its rank's y, its order's x) and what it is. */
export interface LayeredNode {
  id: string;
  x: number;
  y: number;
  /** The room it takes with its label, at zoom 1 (labelRoom). */
  width: number;
  height: number;
  /** Nodes with no link are drawn as a last block, grouped by kind. */
  isolated: boolean;
  kind: string;
  name: string;
}

/**
 * The room a node of `size` and its label take at zoom 1: the label at 10 px wraps at 110 px (style.ts), about
 * 6 px a character, one line per 13 px below the node.
 */
export function labelRoom(name: string, size: number): { width: number; height: number } {
  const text = Math.min(112, name.length * 6.2);
  const lines = Math.max(1, Math.ceil((name.length * 6.2) / 112));
  return { width: Math.max(size, text), height: size + 4 + lines * 13 };
}

const GAP = { x: 16, y: 14, rank: 18 };

/** Rows of each block at row width `width`: greedy, in order. */
function pack(blocks: LayeredNode[][], width: number): LayeredNode[][][] {
  return blocks.map((block) => {
    const rows: LayeredNode[][] = [];
    let row: LayeredNode[] = [];
    let used = 0;
    for (const n of block) {
      if (row.length > 0 && used + n.width > width) {
        rows.push(row);
        row = [];
        used = 0;
      }
      row.push(n);
      used += n.width + GAP.x;
    }
    if (row.length > 0) rows.push(row);
    return rows;
  });
}

const rowHeight = (row: LayeredNode[]) => Math.max(...row.map((n) => n.height)) + GAP.y;
const packedHeight = (packed: LayeredNode[][][]) =>
  packed.reduce((sum, rows) => sum + rows.reduce((h, r) => h + rowHeight(r), 0), 0) + GAP.rank * (packed.length - 1);

/**
 * Wraps a layered drawing (dagre's: ranks by y, order by x) to a `width` × `height` canvas: each rank keeps its
 * order but is cut into rows, ranks one under the other, the nodes with no link in a last block grouped by kind.
 * Each node takes the room its label needs (labelRoom); the row width is the one at which the whole drawing
 * fits the canvas at the largest zoom, so it fills the canvas instead of lying in one wide band, and the labels
 * are drawn as large as they can be. Returns the positions, centred on 0.
 */
export function wrapLayers(
  nodes: readonly LayeredNode[],
  canvas: { width: number; height: number },
): Map<string, { x: number; y: number }> {
  const ranks = new Map<number, LayeredNode[]>();
  for (const n of nodes.filter((m) => !m.isolated)) {
    const key = Math.round(n.y);
    ranks.set(key, [...(ranks.get(key) ?? []), n]);
  }
  const blocks = [...ranks.entries()].sort(([a], [b]) => a - b).map(([, list]) => list.sort((a, b) => a.x - b.x));
  const isolated = nodes
    .filter((n) => n.isolated)
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
  if (isolated.length > 0) blocks.push(isolated);
  const positions = new Map<string, { x: number; y: number }>();
  if (nodes.length === 0) return positions;

  const widest = Math.max(...nodes.map((n) => n.width));
  const total = nodes.reduce((sum, n) => sum + n.width + GAP.x, 0);
  let best = { zoom: -Infinity, packed: pack(blocks, total) };
  for (let width = widest; width <= total + widest; width *= 1.06) {
    const packed = pack(blocks, width);
    const zoom = Math.min(canvas.width / width, canvas.height / packedHeight(packed));
    if (zoom > best.zoom) best = { zoom, packed };
  }
  let y = 0;
  for (const rows of best.packed) {
    for (const row of rows) {
      const used = row.reduce((sum, n) => sum + n.width + GAP.x, -GAP.x);
      let x = -used / 2;
      const h = rowHeight(row);
      for (const n of row) {
        // The node at the top of its room, its label below it.
        positions.set(n.id, { x: x + n.width / 2, y: y + (n.height - labelRoom(n.name, 0).height) / 2 });
        x += n.width + GAP.x;
      }
      y += h;
    }
    y += GAP.rank;
  }
  for (const p of positions.values()) p.y -= y / 2;
  return positions;
}
