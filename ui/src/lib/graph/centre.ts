/**
 * Centring the selected node (pure): the part of the canvas the analyst can see (the canvas less what lies over
 * it, such as the side panels over the graph in a narrow window), and the pan that puts a node at its centre.
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Point {
  x: number;
  y: number;
}

/**
 * The visible part of `canvas`, in the canvas' own pixels (0,0 at its top left corner). An occluder that covers
 * most of the canvas' height (a panel laid over the graph) narrows it from the side it lies nearer to; a
 * smaller one is ignored (a menu or a legend over a corner). All rectangles are in the same (page) coordinates.
 */
export function visibleArea(canvas: Rect, occluders: readonly Rect[]): Rect {
  let left = canvas.left;
  let right = canvas.right;
  for (const o of occluders) {
    const covered = Math.min(o.bottom, canvas.bottom) - Math.max(o.top, canvas.top);
    if (covered < 0.8 * (canvas.bottom - canvas.top) || o.right <= left || o.left >= right) continue;
    if (o.left + o.right < left + right) left = Math.max(left, o.right);
    else right = Math.min(right, o.left);
  }
  // Nothing left to centre in: the whole canvas (better than a point at an edge).
  if (right - left < 40) ({ left, right } = canvas);
  return { left: left - canvas.left, top: 0, right: right - canvas.left, bottom: canvas.bottom - canvas.top };
}

/** The pan that draws the model point `at` (zoom `zoom`) at the centre of `area` (canvas pixels). */
export function panToCentre(at: Point, zoom: number, area: Rect): Point {
  return { x: (area.left + area.right) / 2 - at.x * zoom, y: (area.top + area.bottom) / 2 - at.y * zoom };
}
