/**
 * Applies the label placement (label-placement.ts) to a live Cytoscape instance: measures each label as
 * Cytoscape lays it out, ranks the labels (the focus, selected, highlighted and assumed nodes first, then
 * actors, then the rest, by degree), and marks each node with the side or corner its label takes (`label-top`,
 * `label-right`, `label-left`, `label-bottom-right`, …; bottom is the default) or `label-off`.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { LABEL_SIDES, placeLabels, type LabelCandidate, type LabelSide } from './label-placement';

/**
 * A node with no relationship on screen (the unlinked actors, laid out in columns by kind) names itself on the
 * right first, where its column leaves room; the others start below.
 */
const UNLINKED_SIDES: readonly LabelSide[] = ['right', ...LABEL_SIDES.filter((s) => s !== 'right')];

const PLACEMENT_CLASSES =
  'label-off label-top label-right label-left label-bottom-right label-top-right label-bottom-left label-top-left';

function priority(n: NodeSingular): number {
  if (n.hasClass('focus')) return 1e7;
  if (n.selected()) return 1e6;
  if (n.hasClass('hl') || n.hasClass('assumed')) return 1e5 + Number(n.data('degree') ?? 0);
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
      size: n.renderedOuterWidth(),
      width: box.w * zoom,
      height: box.h * zoom,
      // A faded node draws no label; it is still in the way of the others.
      priority: faded || !(box.w > 0) ? -1 : priority(n),
      ...(n.degree(false) === 0 ? { sides: UNLINKED_SIDES } : {}),
    };
  });
  const placed = placeLabels(candidates, { width: cy.width(), height: cy.height() });
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
  return placed;
}
