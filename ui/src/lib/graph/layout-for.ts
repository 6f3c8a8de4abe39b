/**
 * The layout options GraphCanvas runs on its Cytoscape instance: the server's positions as a preset, or the
 * chosen layout (concentric around the focus, hierarchical, force-directed), loading its extension first when
 * needed. Reads the instance, never changes it.
 */
import type { Core, LayoutOptions } from 'cytoscape';
import { isRegistered, register } from './layout-extensions';
import {
  breadthfirstLayout,
  concentricLayout,
  dagreLayout,
  forceLayout,
  ringsFrom,
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
    if (isRegistered('dagre')) return dagreLayout();
    return register('dagre').then((ok) => (ok ? dagreLayout() : breadthfirstLayout(focus)));
  }
  const force = forceLayout(core.nodes().length);
  if (isRegistered('fcose')) return force;
  // Cytoscape's own force-directed layout if fcose cannot be loaded.
  return register('fcose').then((ok) => (ok ? force : { name: 'cose', animate: false }));
}
