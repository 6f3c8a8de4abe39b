/**
 * How large the diagram and its legend print on the A4 page. A diagram is drawn in points at its own font
 * sizes (to-dot.ts: 14 pt names, 12 pt edge labels; legend-dot.ts: 11 pt); the page prints it at one scale.
 * The scale keeps a small diagram from printing huge and a large one inside the width and, where it can, the
 * usual height; but never so small that its smallest text prints below MIN_TEXT_PT: then the diagram takes
 * more height (the page holds less, a long answer runs on). Pure.
 */

/** The page's text column: A4 less the @page margins (html-style.ts), in points. */
export const COLUMN_WIDTH_PT = ((210 - 2 * 10) * 72) / 25.4;
/** The smallest text a briefing prints, in points (issue 19: nothing below 7 pt; a margin for rounding). */
export const MIN_TEXT_PT = 7.2;

export interface PrintBox {
  /** Natural size of the drawing in points. */
  width: number;
  height: number;
  /** The smallest font size used in it, in points. */
  minFont: number;
}

export interface PrintSize {
  scale: number;
  width: number;
  height: number;
}

/**
 * The scale: at most `largest`, within the column and `maxHeight` points when it can be, never with its
 * smallest text below MIN_TEXT_PT unless the column is too narrow for the drawing even then.
 */
export function printSize(box: PrintBox, maxHeight: number, largest = 0.75): PrintSize {
  const fitWidth = COLUMN_WIDTH_PT / Math.max(1, box.width);
  const legible = MIN_TEXT_PT / box.minFont;
  const fit = Math.min(largest, fitWidth, maxHeight / Math.max(1, box.height));
  const scale = Math.min(fitWidth, Math.max(fit, legible));
  return { scale, width: box.width * scale, height: box.height * scale };
}

/** `width: 300.5pt; height: 120pt`: a drawing's printed size for its style attribute. */
export const sizeStyle = (size: PrintSize) => `width: ${size.width.toFixed(1)}pt; height: ${size.height.toFixed(1)}pt`;
