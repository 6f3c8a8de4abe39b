/**
 * Where the canvas drew the scene, as the URL keeps it (pure): every node's position and the camera, reduced to
 * the nodes that are not where the first layout puts them, so that a permalink stays short.
 */
import type { NodePosition } from '../../../../core/graph/types.js';
import { placeIncrementally } from './incremental';
import type { Camera, PlacedNode } from '../state/url-state';

export interface Placement {
  /** Every node drawn, in the graph's coordinates. */
  positions: PlacedNode[];
  camera: Camera;
  /** True while the camera is the one the canvas fitted (then the URL leaves it out). */
  fitted: boolean;
}

/** Half a unit: a position rounded for the URL is still where its default is. */
const SAME = 0.5;

/** The nodes away from their default position (all of them when there are no defaults), rounded. */
export function changedPositions(
  positions: readonly PlacedNode[],
  defaults: readonly NodePosition[] | null,
): PlacedNode[] {
  const home = new Map((defaults ?? []).map((p) => [p.id, p]));
  return positions
    .filter((p) => {
      const d = home.get(p.id);
      return !d || Math.abs(d.x - p.x) > SAME || Math.abs(d.y - p.y) > SAME;
    })
    .map((p) => ({ id: p.id, x: Math.round(p.x), y: Math.round(p.y) }));
}

/** The camera of a Cytoscape viewport: its zoom, and the graph point at the canvas' centre. */
export function cameraOf(zoom: number, pan: { x: number; y: number }, width: number, height: number): Camera {
  return { zoom, x: (width / 2 - pan.x) / zoom, y: (height / 2 - pan.y) / zoom };
}

/** The pan that puts the camera's point at the centre of a canvas of this size. */
export function panFor(camera: Camera, width: number, height: number): { x: number; y: number } {
  return { x: width / 2 - camera.x * camera.zoom, y: height / 2 - camera.y * camera.zoom };
}

/**
 * Positions for every node from what is known (the first layout's defaults, then a link's own positions over
 * them); nodes without one are placed next to their neighbours (incremental.ts). Null when fewer than half the
 * nodes are known: then the scene is laid out afresh.
 */
export function presetPositions(
  nodes: readonly string[],
  edges: ReadonlyArray<{ source: string; target: string }>,
  known: ReadonlyArray<readonly PlacedNode[] | null | undefined>,
  spacing: number,
): Map<string, { x: number; y: number }> | null {
  const wanted = new Set(nodes);
  const placed = new Map<string, { x: number; y: number }>();
  for (const list of known) for (const p of list ?? []) if (wanted.has(p.id)) placed.set(p.id, { x: p.x, y: p.y });
  if (nodes.length === 0 || placed.size < nodes.length / 2) return null;
  const fresh = nodes.filter((id) => !placed.has(id)).sort();
  for (const [id, p] of placeIncrementally({ placed, fresh, edges, spacing })) placed.set(id, p);
  return placed;
}
