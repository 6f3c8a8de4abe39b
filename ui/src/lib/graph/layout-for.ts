/**
 * The layout options GraphCanvas runs on its Cytoscape instance: the server's positions as a preset, or the
 * chosen layout (concentric around the focus, hierarchical, force-directed), loading its extension first when
 * needed. Reads the instance, never changes it.
 */
import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import { isRegistered, register } from './layout-extensions';
import {
  breadthfirstLayout,
  concentricLayout,
  dagreLayout,
  forceLayout,
  labelRoom,
  layoutStylesheet,
  ringsFrom,
  wrapLayers,
  type LayoutName,
} from '../../../../core/graph/layouts.js';
import type { NodePosition } from '../../../../core/graph/types.js';

/**
 * The server's layout as a preset, when there is one for every node drawn (composeView keeps it for the
 * untouched network only) and the force layout is chosen; else null.
 */
export function serverPreset(
  name: LayoutName,
  core: Core,
  layout: NodePosition[] | null | undefined,
): LayoutOptions | null {
  if (name !== 'fcose' || !layout) return null;
  const positions = new Map(layout.map((p) => [p.id, { x: p.x, y: p.y }]));
  if (
    core
      .nodes()
      .map((n) => n.id())
      .some((id) => !positions.has(id))
  )
    return null;
  return { name: 'preset', positions: Object.fromEntries(positions), animate: false, fit: false };
}

/**
 * Synchronous except the first time fcose or dagre is needed (loaded on first use; GraphCanvas preloads fcose
 * once the first view is drawn).
 */
export function layoutFor(name: LayoutName, core: Core, focus: string | null): LayoutOptions | Promise<LayoutOptions> {
  if (name === 'concentric') {
    const nodes = core.nodes().map((n) => n.id());
    const edges = core.edges().map((e) => [e.source().id(), e.target().id()] as [string, string]);
    // Around the focus; without one, around the best-connected node.
    const centre =
      focus ??
      core
        .nodes()
        .max((n) => n.degree(false))
        .ele?.id() ??
      null;
    return concentricLayout(ringsFrom(centre, nodes, edges));
  }
  if (name === 'hierarchical') {
    if (isRegistered('dagre')) return hierarchicalLayout(core);
    return register('dagre').then((ok) => (ok ? hierarchicalLayout(core) : breadthfirstLayout(focus)));
  }
  const force = forceLayout(core.nodes().length);
  if (isRegistered('fcose')) return force;
  // Cytoscape's own force-directed layout if fcose cannot be loaded.
  return register('fcose').then((ok) => (ok ? force : { name: 'cose', animate: false }));
}

/**
 * The hierarchical layout: dagre's layering (ranks and the order within each), run on a headless copy of the
 * elements, then wrapped to the canvas (wrapLayers): wide ranks cut into rows, the unlinked nodes grouped by kind
 * at the end. Applied as a preset.
 */
function hierarchicalLayout(core: Core): LayoutOptions {
  const copy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: layoutStylesheet(),
    elements: [
      ...core.nodes().map((n) => ({ data: { id: n.id(), size: Number(n.data('size') ?? 20) } })),
      ...core.edges().map((e) => ({ data: { id: e.id(), source: e.source().id(), target: e.target().id() } })),
    ],
  });
  copy.layout({ ...dagreLayout(), fit: false } as LayoutOptions).run();
  const layered = core.nodes().map((n) => {
    const at = copy.$id(n.id()).position();
    const name = String(n.data('label') ?? n.data('name') ?? n.id());
    return {
      id: n.id(),
      x: at.x,
      y: at.y,
      ...labelRoom(name, Number(n.data('size') ?? 20)),
      isolated: n.degree(false) === 0,
      kind: String(n.data('kind') ?? ''),
      name,
    };
  });
  copy.destroy();
  const positions = wrapLayers(layered, { width: Math.max(1, core.width()), height: Math.max(1, core.height()) });
  return { name: 'preset', positions: Object.fromEntries(positions), animate: false, fit: false } as LayoutOptions;
}
