/**
 * The explorer's first view, drawn as the server laid it out (pure, testable headless): the elements placed at
 * the server's positions, and the zoom the canvas will fit them at, known before any style is applied or any
 * label measured. GraphCanvas creates Cytoscape with both at once: one style pass and no layout run, which is
 * most of the first frame's work.
 */
import type { ElementDefinition } from 'cytoscape';
import { fitZoom } from '../../../../core/graph/layouts.js';
import type { Decorations } from '../../../../core/graph/to-elements.js';
import type { NodePosition } from '../../../../core/graph/types.js';

/** Fit padding around the whole graph, and around an answer (highlighted nodes and the focus). */
export const WHOLE_PADDING = 30;
export const ANSWER_PADDING = 90;

/** A node's centre and outer size (its size and a 1px border on each side). */
export interface NodeBox {
  id: string;
  x: number;
  y: number;
  size: number;
}

export interface Viewport {
  width: number;
  height: number;
  minZoom: number;
  maxZoom: number;
}

/** The nodes a fit shows: the answer when there is one on the canvas, else every node (null). */
export function answerIds(decorations: Decorations): Set<string> | null {
  if (!decorations.highlighted?.size) return null;
  return new Set([...decorations.highlighted, ...(decorations.focus ? [decorations.focus] : [])]);
}

/** The zoom GraphCanvas' fit picks for these nodes: an answer is never zoomed in beyond 1. */
export function expectedZoom(boxes: NodeBox[], decorations: Decorations, viewport: Viewport): number {
  const ids = answerIds(decorations);
  const answer = ids ? boxes.filter((b) => ids.has(b.id)) : [];
  const padding = answer.length > 0 ? ANSWER_PADDING : WHOLE_PADDING;
  const zoom = fitZoom(answer.length > 0 ? answer : boxes, viewport.width, viewport.height, padding);
  return Math.min(answer.length > 0 ? 1 : viewport.maxZoom, Math.max(viewport.minZoom, zoom));
}

/**
 * The elements with every node at the server's position, and the nodes' boxes; null when the server sent no
 * layout, or none for one of the nodes (then the browser lays the graph out).
 */
export function placeAsLaidOut(
  elements: ElementDefinition[],
  layout: NodePosition[] | null | undefined,
): { elements: ElementDefinition[]; boxes: NodeBox[] } | null {
  if (!layout) return null;
  const positions = new Map(layout.map((p) => [p.id, { x: p.x, y: p.y }]));
  const boxes: NodeBox[] = [];
  const placed: ElementDefinition[] = [];
  for (const element of elements) {
    if (element.group !== 'nodes') {
      placed.push(element);
      continue;
    }
    const id = String(element.data.id);
    const position = positions.get(id);
    if (!position) return null;
    boxes.push({ id, ...position, size: Number(element.data.size) + 2 });
    placed.push({ ...element, position });
  }
  return boxes.length > 0 ? { elements: placed, boxes } : null;
}
