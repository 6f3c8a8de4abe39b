/**
 * Small reads of a live Cytoscape instance that GraphCanvas needs around its first frame: the nodes' boxes and
 * the viewport the first fit is computed from (first-view.ts), and when a first frame has been drawn.
 */
import type { Core } from 'cytoscape';
import type { NodeBox, Viewport } from './first-view';

/** Each node's centre and outer size (its size and a 1px border on each side), as first-view.ts takes them. */
export const nodeBoxes = (core: Core): NodeBox[] =>
  core.nodes().map((n) => ({ id: n.id(), ...n.position(), size: Number(n.data('size')) + 2 }));

export const viewportOf = (core: Core): Viewport => ({
  width: core.width(),
  height: core.height(),
  minZoom: core.minZoom(),
  maxZoom: core.maxZoom(),
});

/**
 * Calls `drawn` once the next frame is drawn: the canvas renderer emits `render` after drawing one; the WebGL
 * renderer emits nothing, so there it is the frame after the next (Cytoscape draws in its own animation frame).
 */
export function afterNextFrame(core: Core, webgl: boolean, drawn: () => void): void {
  if (webgl) requestAnimationFrame(() => requestAnimationFrame(drawn));
  else core.one('render', drawn);
}
