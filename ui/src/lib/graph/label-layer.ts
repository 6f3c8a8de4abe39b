/**
 * Applies the label placement (label-placement.ts) to a live Cytoscape instance: measures each label as
 * Cytoscape lays it out, ranks the labels (the focus, selected, highlighted and assumed nodes first, then
 * actors, then the rest, by degree), and marks each node with the side or corner its label takes (`label-top`,
 * `label-right`, `label-left`, `label-bottom-right`, …; bottom is the default) or `label-off`.
 */
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { FONT_STACK } from '../../../../core/font.js';
import { HEADING_FONT_PX, kindHeadings, type KindHeading } from './kind-headings';
import { LABEL_SIDES, placeLabels, type LabelCandidate, type LabelSide, type Rect } from './label-placement';

/**
 * A node with no relationship on screen (the unlinked actors, laid out in columns by kind) names itself on the
 * right first, where its column leaves room; the others start below.
 */
const UNLINKED_SIDES: readonly LabelSide[] = ['right', ...LABEL_SIDES.filter((s) => s !== 'right')];

const PLACEMENT_CLASSES =
  'label-off label-top label-right label-left label-bottom-right label-top-right label-bottom-left label-top-left';

/** The label Cytoscape draws for a node (its parsed style; `pstyle` is missing from the typings). */
const labelText = (n: NodeSingular): string =>
  String((n as unknown as { pstyle(p: string): { strValue?: string } }).pstyle('label').strValue ?? '');

function priority(n: NodeSingular): number {
  if (n.hasClass('focus')) return 1e7;
  if (n.selected()) return 1e6;
  if (n.hasClass('hl') || n.hasClass('assumed') || n.hasClass('removed')) return 1e5 + Number(n.data('degree') ?? 0);
  const actor = String(n.data('nodeLabel') ?? '').toUpperCase() === 'ACTOR';
  return (actor ? 1e4 : 0) + Number(n.data('degree') ?? 0);
}

const classFor = (side: LabelSide | undefined): string =>
  side ? (side === 'bottom' ? '' : `label-${side}`) : 'label-off';

export function applyLabelPlacement(cy: Core): Map<string, LabelSide> {
  const zoom = cy.zoom();
  const nodes = cy.nodes(':visible');
  const candidates: LabelCandidate[] = nodes.map((n) => {
    const p = n.renderedPosition();
    const size = n.renderedOuterWidth();
    const sides = n.degree(false) === 0 ? { sides: UNLINKED_SIDES } : {};
    // No text to draw (a large view's plain labels below their zoom, large-view.ts): only in the way of the
    // others, as a measured empty label would be; measuring thousands of them was most of the placement.
    if (!labelText(n)) return { id: n.id(), x: p.x, y: p.y, size, width: 0, height: 0, priority: -1, ...sides };
    const box = n.boundingBox({
      includeNodes: false,
      includeEdges: false,
      includeLabels: true,
      includeOverlays: false,
      includeUnderlays: false,
    } as never);
    const faded = n.hasClass('faded');
    return {
      id: n.id(),
      x: p.x,
      y: p.y,
      size,
      width: box.w * zoom,
      height: box.h * zoom,
      // A faded node draws no label; it is still in the way of the others.
      priority: faded || !(box.w > 0) ? -1 : priority(n),
      ...sides,
    };
  });
  const view = { width: cy.width(), height: cy.height() };
  const headings = headingsFor(nodes, candidates, view);
  const placed = placeLabels(
    candidates,
    view,
    headings.map((h) => h.rect),
  );
  cy.batch(() => {
    nodes.forEach((n) => {
      const wanted = classFor(placed.get(n.id()));
      const current = n
        .classes()
        .filter((c) => c.startsWith('label-'))
        .join(' ');
      if (current === wanted) return;
      n.removeClass(PLACEMENT_CLASSES);
      if (wanted) n.addClass(wanted);
    });
  });
  renderHeadings(cy.container(), headings);
  return placed;
}

/**
 * The unlinked actors' kind headings (kind-headings.ts), drawn as text over the canvas (not part of the
 * graph: no node, nothing to select or export). They come before the labels, clear of every node and of the
 * label on the right of the node under them; the labels then keep clear of them.
 */
function headingsFor(
  nodes: NodeCollection,
  candidates: LabelCandidate[],
  view: { width: number; height: number },
): KindHeading[] {
  const bodies: Rect[] = candidates.map((c) => ({
    x1: c.x - c.size / 2,
    y1: c.y - c.size / 2,
    x2: c.x + c.size / 2,
    y2: c.y + c.size / 2,
  }));
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const unlinked = nodes
    .filter((n) => n.degree(false) === 0 && isActor(n) && !n.hasClass('faded'))
    .map((n) => {
      const c = byId.get(n.id())!;
      const labelHeight = c.priority >= 0 ? c.height : 0;
      return { id: c.id, kind: String(n.data('kind') ?? ''), x: c.x, y: c.y, size: c.size, labelHeight };
    });
  return kindHeadings(unlinked, bodies, view);
}

const isActor = (n: NodeSingular) => String(n.data('nodeLabel') ?? '').toUpperCase() === 'ACTOR';

function renderHeadings(container: HTMLElement | null, headings: KindHeading[]): void {
  if (!container) return;
  let layer = container.querySelector<HTMLElement>(':scope > .kind-headings');
  if (headings.length === 0) {
    layer?.replaceChildren();
    return;
  }
  if (!layer) {
    if (getComputedStyle(container).position === 'static') container.style.position = 'relative';
    layer = document.createElement('div');
    layer.className = 'kind-headings';
    // Read on the canvas by sight; the table view and the legend give the kinds to everyone else.
    layer.setAttribute('aria-hidden', 'true');
    Object.assign(layer.style, {
      position: 'absolute',
      inset: '0',
      pointerEvents: 'none',
      overflow: 'hidden',
      zIndex: '1',
    });
    container.append(layer);
  }
  layer.replaceChildren(
    ...headings.map((h) => {
      const el = document.createElement('span');
      el.textContent = h.text;
      el.dataset.testid = 'kind-heading';
      el.dataset.kind = h.kind;
      Object.assign(el.style, {
        position: 'absolute',
        left: `${h.rect.x1}px`,
        top: `${h.rect.y1}px`,
        font: `600 ${HEADING_FONT_PX}px/${h.rect.y2 - h.rect.y1}px ${FONT_STACK}`,
        color: '#3d4752',
        whiteSpace: 'nowrap',
      });
      return el;
    }),
  );
}
