/**
 * Reads what Cytoscape itself draws, from the live instance behind the graph canvas (`container._cyreg.cy`):
 * rendered node boxes, label boxes, and whether each label is drawn at the current zoom (its style has a
 * label, its rendered font size reaches min-zoomed-font-size, its text is not transparent). Nothing here
 * reads a flag or attribute the app sets about itself.
 */
import type { Page } from 'playwright-core';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface ProbedNode {
  id: string;
  name: string;
  actor: boolean;
  /** Rendered position (px in the canvas). */
  x: number;
  y: number;
  /** Rendered node body, without label. */
  body: Box;
  /** Rendered label box, when the label is drawn at this zoom. */
  label: Box | null;
}

export interface Probe {
  zoom: number;
  pan: { x: number; y: number };
  width: number;
  height: number;
  nodes: ProbedNode[];
}

/** Evaluated in the page: the Cytoscape instance behind the explorer's canvas. */
export async function probe(page: Page): Promise<Probe> {
  return page.evaluate(() => {
    const el = document.querySelector('[data-testid="graph-canvas"]') as unknown as {
      _cyreg?: { cy?: unknown };
    } | null;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const cy = el?._cyreg?.cy as any;
    if (!cy) throw new Error('no Cytoscape instance on the graph canvas');
    const zoom = cy.zoom();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const nodes = cy.nodes(':visible').map((n: any) => {
      const body = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false });
      const text = String(n.pstyle('label').strValue ?? '');
      const fontPx = n.pstyle('font-size').pfValue * zoom;
      const minPx = n.pstyle('min-zoomed-font-size').pfValue;
      const drawn =
        text.trim() !== '' &&
        fontPx >= minPx &&
        n.pstyle('text-opacity').value > 0 &&
        n.effectiveOpacity() > 0 &&
        n.pstyle('visibility').value === 'visible';
      const label = drawn
        ? n.renderedBoundingBox({
            includeNodes: false,
            includeEdges: false,
            includeLabels: true,
            includeOverlays: false,
            includeUnderlays: false,
          })
        : null;
      const kind = String(n.data('nodeLabel') ?? '').toUpperCase();
      return {
        id: n.id(),
        name: String(n.data('name') ?? n.id()),
        actor: kind === 'ACTOR',
        x: n.renderedPosition().x,
        y: n.renderedPosition().y,
        body: { x1: body.x1, y1: body.y1, x2: body.x2, y2: body.y2 },
        label: label && label.w > 0 ? { x1: label.x1, y1: label.y1, x2: label.x2, y2: label.y2 } : null,
      };
    });
    return { zoom, pan: cy.pan(), width: cy.width(), height: cy.height(), nodes };
  });
}

/** Overlap area of two boxes shrunk by `inset` px on each side (a 1 px touch is not an overlap). */
export function intersects(a: Box, b: Box, inset = 1): boolean {
  return (
    Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 2 * inset && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 2 * inset
  );
}

/** Pairs of drawn labels that overlap, by name. */
export function labelOverlaps(p: Probe): string[] {
  const drawn = p.nodes.filter((n) => n.label);
  const out: string[] = [];
  for (let i = 0; i < drawn.length; i++)
    for (let j = i + 1; j < drawn.length; j++)
      if (intersects(drawn[i]!.label!, drawn[j]!.label!)) out.push(`${drawn[i]!.name} / ${drawn[j]!.name}`);
  return out;
}

/** Drawn labels that lie over another node's body. */
export function labelsOnNodes(p: Probe): string[] {
  const out: string[] = [];
  for (const n of p.nodes) {
    if (!n.label) continue;
    for (const m of p.nodes) if (m.id !== n.id && intersects(n.label, m.body)) out.push(`${n.name} on ${m.name}`);
  }
  return out;
}

/** Node bodies smaller than `min` px on screen (the smaller of width and height). */
export function smallNodes(p: Probe, min: number): string[] {
  return p.nodes
    .filter((n) => Math.min(n.body.x2 - n.body.x1, n.body.y2 - n.body.y1) < min)
    .map((n) => `${n.name} ${Math.round(n.body.x2 - n.body.x1)}px`);
}

/** Clicks a node where Cytoscape draws it (its rendered centre, in page coordinates). */
export async function clickNode(page: Page, id: string): Promise<void> {
  const at = await page.evaluate((nodeId) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const el = document.querySelector('[data-testid="graph-canvas"]') as any;
    const node = el._cyreg.cy.getElementById(nodeId);
    if (node.empty()) return null;
    const p = node.renderedPosition();
    const box = el.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  if (!at) throw new Error(`no node ${id} on the canvas`);
  await page.mouse.click(at.x, at.y);
}
